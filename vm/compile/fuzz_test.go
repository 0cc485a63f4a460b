package compile_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/compile"
)

// FuzzCompile compiles whatever the parser accepts: the compiler must return code or a
// SyntaxError, never fail internally, and its code must satisfy the vm's invariants.
func FuzzCompile(f *testing.F) {
	for _, pattern := range []string{"testdata/*/*.py", "testdata/run/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := parse(src)
		if err != nil || mod == nil {
			return
		}
		for _, tla := range []bool{false, true} {
			co, err := compile.ModuleStrict(mod, "fuzz.py", compile.Options{TopLevelAwait: tla, Source: src})
			if err != nil {
				if strings.Contains(err.Error(), "internal compiler error") {
					t.Fatalf("%v\nsource:\n%s", err, src)
				}
				continue
			}
			checkCode(t, "fuzz", co)
		}
	})
}

// parse parses src, treating a parser panic as a parse failure: parser bugs are not the
// compiler's to find here.
func parse(src []byte) (mod *ast.Module, err error) {
	defer func() {
		if recover() != nil {
			mod, err = nil, nil
		}
	}()
	return parser.ParseFile("fuzz.py", src)
}
