package lexer

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"
)

func TestDecodeString(t *testing.T) {
	tests := []struct {
		raw, want string
		bytes     bool
		err       string
	}{
		{`'abc'`, "abc", false, ""},
		{`"a\tb\n"`, "a\tb\n", false, ""},
		{`'''x\
y'''`, "xy", false, ""},
		{`'\x41\101\u00e9\U0001F600\N{BULLET}\N{latin small letter a}'`, "AAé😀•a", false, ""},
		{`'\d\ '`, `\d\ `, false, ""},
		{`'\777'`, "\u01ff", false, ""},
		{`r'\n\''`, `\n\'`, false, ""},
		{`u"x"`, "x", false, ""},
		{`b'\x00\xff\777a\d'`, "\x00\xff\xffa\\d", true, ""},
		{`Rb'\x'`, `\x`, true, ""},
		{`'\x4'`, "", false, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`},
		{`'ab\xg'`, "", false, `(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \xXX escape`},
		{`'é\x4'`, "", false, `(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape`},
		{`'\u12'`, "", false, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape`},
		{`'\U0011ffff'`, "", false, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character`},
		{`'\N{foo}'`, "", false, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name`},
		{`'\N'`, "", false, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape`},
		{`b'\x4'`, "", true, `(value error) invalid \x escape at position 0`},
		{`b'é'`, "", true, `bytes can only contain ASCII literal characters`},
	}
	for _, tt := range tests {
		v, b, isBytes, err := DecodeString(tt.raw)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("DecodeString(%s) error = %v, want %s", tt.raw, err, tt.err)
			}
			continue
		}
		if err != nil || isBytes != tt.bytes {
			t.Errorf("DecodeString(%s) = err %v, isBytes %v", tt.raw, err, isBytes)
			continue
		}
		got := v
		if isBytes {
			got = string(b)
		}
		if got != tt.want {
			t.Errorf("DecodeString(%s) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	tests := []struct {
		text string
		want any
	}{
		{"0", int64(0)}, {"00", int64(0)}, {"1_000", int64(1000)}, {"0x_ff", int64(255)},
		{"0o17", int64(15)}, {"0b101", int64(5)}, {"9223372036854775807", int64(9223372036854775807)},
		{"123456789012345678901234567890", big1}, {"1.5", 1.5}, {"1.", 1.0}, {".5", 0.5},
		{"1e3", 1000.0}, {"1_0.5e-1", 1.05}, {"1e400", inf()}, {"2j", complex(0, 2)}, {"1.5J", complex(0, 1.5)},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.text)
		if err != nil || fmt.Sprint(got) != fmt.Sprint(tt.want) || fmt.Sprintf("%T", got) != fmt.Sprintf("%T", tt.want) {
			t.Errorf("ParseNumber(%q) = %T %v, %v; want %T %v", tt.text, got, got, err, tt.want, tt.want)
		}
	}
}

func inf() float64 {
	f, _ := ParseNumber("1e999")
	return f.(float64)
}

// TestIncomplete checks the answers of CPython's codeop.compile_command recorded in
// testdata/incomplete.json (see testdata/gen_incomplete.py).
func TestIncomplete(t *testing.T) {
	data, err := os.ReadFile("testdata/incomplete.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][2]any
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		src, want := c[0].(string), c[1].(bool)
		if got := Incomplete(src); got != want {
			t.Errorf("Incomplete(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestParticiple checks that Definition works as a participle lexer.
func TestParticiple(t *testing.T) {
	type Stmt struct {
		Target string   `parser:"@Name '='"`
		Values []string `parser:"@(Number | String | Name) ('+' @(Number | String | Name))* Newline"`
	}
	type File struct {
		Stmts []*Stmt `parser:"@@* EOF"`
	}
	p, err := participle.Build[File](participle.Lexer(Definition{}), participle.Elide("Indent", "Dedent"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := p.ParseString("x.py", "a = 1 + b\nc = 'd' + \"e\"\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range f.Stmts {
		got = append(got, s.Target+"="+strings.Join(s.Values, "+"))
	}
	if strings.Join(got, ";") != `a=1+b;c='d'+"e"` {
		t.Errorf("got %v", got)
	}
	syms := Definition{}.Symbols()
	if syms["EOF"] != plex.EOF || syms["Keyword"] != Keyword || syms["Error"] != Error {
		t.Errorf("bad symbols %v", syms)
	}
}

func TestErrorKindOf(t *testing.T) {
	tests := []struct {
		src  string
		want ErrorKind
	}{
		{"x = 1\n", ErrNone},
		{"x = 1_\n", ErrLexical},
		{"x = 'abc\n", ErrLexical},
		{"x = (1,\n", ErrUnclosed},
		{"if x:\n    a\n  b\n", ErrReached},
		{"if x:\n\ta\n        b\n", ErrReached},
		{"x = 1 + \\", ErrReached},
		{"f'{}'\n", ErrReached},
		{"f'{}'\nx = 1_\n", ErrLexical},
	}
	for _, tt := range tests {
		if got := ErrorKindOf(Tokenize("t.py", []byte(tt.src))); got != tt.want {
			t.Errorf("ErrorKindOf(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestUnicodeNames(t *testing.T) {
	// Expected characters from CPython's unicodedata.lookup.
	tests := map[string]rune{
		"HANGUL SYLLABLE GAG": 0xAC01, "HANGUL SYLLABLE HIH": 0xD7A3, "HANGUL SYLLABLE A": 0xC544,
		"HANGUL SYLLABLE SSANG": 0xC30D, "CJK UNIFIED IDEOGRAPH-4E00": 0x4E00, "snake": 0x1F40D,
		"EM DASH": 0x2014, "greek small letter alpha": 0x3B1,
	}
	for name, want := range tests {
		if got, ok := lookupUnicodeName(name); !ok || got != want {
			t.Errorf("lookupUnicodeName(%q) = %U, %v; want %U", name, got, ok, want)
		}
	}
	if _, ok := lookupUnicodeName("NO SUCH NAME"); ok {
		t.Error("unknown name found")
	}
}
