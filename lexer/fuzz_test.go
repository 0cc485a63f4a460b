package lexer

import (
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// FuzzTokenize checks that tokenizing never panics or hangs, that the stream ends with a
// single EOF, that only EOF follows an Error, and that positions never go backwards.
func FuzzTokenize(f *testing.F) {
	for _, c := range readCases(f) {
		f.Add(c.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks := Tokenize("fuzz.py", []byte(src))
		if len(toks) == 0 || toks[len(toks)-1].Type != lexer.EOF {
			t.Fatalf("stream does not end with EOF: %v", toks)
		}
		for i, tok := range toks[:len(toks)-1] {
			if tok.Type == lexer.EOF {
				t.Fatalf("EOF at %d of %d", i, len(toks))
			}
			if tok.Type == Error && i != len(toks)-2 {
				t.Fatalf("tokens after Error %q", tok.Value)
			}
			if tok.Pos.Line < 1 || tok.Pos.Offset < 0 || tok.Pos.Offset > len(src) {
				t.Fatalf("bad position %v of %q", tok.Pos, tok.Value)
			}
		}
		_ = Incomplete(src)
	})
}
