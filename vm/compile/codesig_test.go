package compile_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/code"
	"github.com/aiolang/aio/vm/compile"
)

// TestCodeSignatures compares the metadata of every code object — qualified name, first
// line, parameter counts, kind flags, local variable names in slot order, cell and free
// variables — with CPython's, for the test programs and the CPython standard library
// installed here. It needs python3 (skipped without it, and with -short).
func TestCodeSignatures(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	var files []string
	for _, pattern := range []string{"testdata/*/*.py", "testdata/run/*.py", "/usr/lib/python3.11/*.py", "/usr/lib/python3.11/*/*.py"} {
		m, _ := filepath.Glob(pattern)
		for _, f := range m {
			if !strings.HasSuffix(f, "gen.py") && !strings.Contains(f, "testdata/errors") && !strings.Contains(f, "testdata/fuzz") {
				files = append(files, f)
			}
		}
	}
	out, err := exec.Command(py, append([]string{"testdata/codesig.py"}, files...)...).Output()
	if err != nil {
		t.Fatalf("codesig.py: %v", err)
	}
	want := map[string]string{}
	for _, block := range strings.Split(string(out), "FILE ")[1:] {
		name, body, _ := strings.Cut(block, "\n")
		want[name] = body
	}
	compared := 0
	for _, f := range files {
		w, ok := want[f]
		if !ok {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		mod, err := parser.ParseFile(f, src)
		if err != nil {
			continue
		}
		co, err := compile.Module(mod, f, compile.Options{})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var lines []string
		signatures(co, &lines)
		if got := strings.Join(lines, "\n") + "\n"; got != w {
			t.Errorf("%s: code objects differ from CPython's\n%s", f, diffLines(got, w))
		}
		compared++
	}
	t.Logf("%d files compared", compared)
}

func signatures(c *code.Code, out *[]string) {
	var flags []string
	for _, p := range []struct {
		f code.Flags
		n string
	}{{code.FlagGenerator, "gen"}, {code.FlagCoroutine, "coro"}, {code.FlagAsyncGenerator, "agen"},
		{code.FlagVarargs, "varargs"}, {code.FlagVarKeywords, "varkw"}} {
		if c.Flags&p.f != 0 {
			flags = append(flags, p.n)
		}
	}
	sorted := func(s []string) string {
		c := append([]string(nil), s...)
		sort.Strings(c)
		return strings.Join(c, " ")
	}
	*out = append(*out, fmt.Sprintf("%s|%s|%d|%d,%d,%d|%s|%s|%s|%s", c.QualName, c.Name, c.FirstLine,
		c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, strings.Join(flags, ","),
		strings.Join(c.VarNames, " "), sorted(c.CellVars), sorted(c.FreeVars)))
	for _, k := range c.Consts {
		if s, ok := k.(*code.Code); ok {
			signatures(s, out)
		}
	}
}
