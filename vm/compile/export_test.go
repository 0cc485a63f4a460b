package compile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/code"
)

// ModuleStrict is Module with internal consistency checks that panic (tests only).
func ModuleStrict(mod *ast.Module, filename string, opts Options) (*code.Code, error) {
	return module(mod, filename, opts, true)
}

// Programs returns the test programs of dir (testdata/NAME): its .py files but the generator
// gen.py, which writes their expected results from CPython.
func Programs(dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	programs := files[:0]
	for _, f := range files {
		if filepath.Base(f) != "gen.py" {
			programs = append(programs, f)
		}
	}
	return programs
}

// exprCases returns the expressions of dir/exprs.txt and their expected results in
// dir/exprs.want (written by dir/gen.py from CPython), one a line, failing t unless both
// files are there with as many lines.
func exprCases(t *testing.T, dir string) (exprs, want []string) {
	t.Helper()
	var lines [2][]string
	for i, name := range []string{"exprs.txt", "exprs.want"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		lines[i] = strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	}
	if len(lines[0]) != len(lines[1]) {
		t.Fatalf("%s: %d expressions, %d expectations", dir, len(lines[0]), len(lines[1]))
	}
	return lines[0], lines[1]
}

// ParseProgram reads and parses a test program, failing t if it cannot.
func ParseProgram(t testing.TB, path string) ([]byte, *ast.Module) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := parser.ParseFile(path, src)
	if err != nil {
		t.Fatalf("%s: parse: %v", path, err)
	}
	return src, mod
}
