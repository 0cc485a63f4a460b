package lexer

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// testCase is one case of a testdata file (see testdata/gen.py for the format).
type testCase struct {
	file, name string
	line       int
	flags      []string
	src        string
	want       []string
}

func (c testCase) has(flag string) bool {
	for _, f := range c.flags {
		if f == flag {
			return true
		}
	}
	return false
}

// readCases parses the cases of testdata/*.txt.
func readCases(t testing.TB) []testCase {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test data: %v", err)
	}
	var cases []testCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cur *testCase
		inSrc := false
		var src strings.Builder
		for i, line := range strings.SplitAfter(string(data), "\n") {
			switch {
			case strings.HasPrefix(line, "=== "):
				if cur != nil {
					cases = append(cases, *cur)
				}
				fields := strings.Fields(line[4:])
				cur = &testCase{file: f, name: fields[0], line: i + 1, flags: fields[1:]}
				inSrc = true
				src.Reset()
			case cur == nil:
			case inSrc && strings.TrimRight(line, "\n") == "---":
				inSrc = false
				cur.src = src.String()
				if cur.has("noeol") {
					cur.src = strings.TrimSuffix(cur.src, "\n")
				}
			case inSrc:
				src.WriteString(line)
			default:
				if l := strings.TrimRight(line, "\n"); l != "" {
					cur.want = append(cur.want, l)
				}
			}
		}
		if cur != nil {
			cases = append(cases, *cur)
		}
	}
	return cases
}

// format renders a token as in the test data: L:C Type "value".
func format(tok lexer.Token) string {
	pos := fmt.Sprintf("%d:%d %s", tok.Pos.Line, tok.Pos.Column, TypeName(tok.Type))
	switch tok.Type {
	case Newline, Indent, Dedent, lexer.EOF:
		return pos
	}
	return pos + " " + strconv.Quote(tok.Value)
}

func TestData(t *testing.T) {
	for _, c := range readCases(t) {
		toks := Tokenize("<test>", []byte(c.src))
		got := make([]string, len(toks))
		for i, tok := range toks {
			got[i] = format(tok)
		}
		want := c.want
		cmp := got
		if len(want) > 0 && want[0] == "..." {
			want = want[1:]
			if len(cmp) > len(want) {
				cmp = cmp[len(cmp)-len(want):]
			}
		}
		if strings.Join(cmp, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:%d: %s: source %q\ngot:\n%s\nwant:\n%s", c.file, c.line, c.name, c.src,
				strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
