package parser

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/aiolang/aio/ast"
)

// FuzzParse checks that every input yields a tree or a SyntaxError: no panic, no hang.
func FuzzParse(f *testing.F) {
	for _, path := range corpusFiles(f) {
		src, err := os.ReadFile(path)
		if err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := ParseFile("fuzz.py", src)
		if err != nil {
			var se *ast.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("non-SyntaxError %T: %v", err, err)
			}
			if se.Line < 1 && !strings.Contains(se.Msg, "null bytes") {
				t.Fatalf("error without a line: %v", se)
			}
			_ = se.Format()
			return
		}
		_ = ast.Dump(mod)
		if _, err := ParseExpr("fuzz.py", src); err != nil {
			var se *ast.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ParseExpr: non-SyntaxError %T: %v", err, err)
			}
		}
	})
}
