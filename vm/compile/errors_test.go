package compile_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/compile"
)

// TestErrors checks the compile-time errors of testdata/errors/NAME.py against NAME.err,
// which testdata/errors/gen.py writes from CPython: "Kind: message (line L, col C)" or "ok".
func TestErrors(t *testing.T) {
	testErrors(t, "testdata/errors", compile.Options{})
}

// TestErrorsTopLevelAwait is TestErrors for testdata/errors_tla, compiled with TopLevelAwait.
func TestErrorsTopLevelAwait(t *testing.T) {
	testErrors(t, "testdata/errors_tla", compile.Options{TopLevelAwait: true})
}

func testErrors(t *testing.T, dir string, opts compile.Options) {
	for _, f := range compile.Programs(dir) {
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".err")
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		got, display := compileError(f, opts)
		if got != strings.TrimSpace(string(want)) {
			t.Errorf("%s:\n got  %s\n want %s", f, got, strings.TrimSpace(string(want)))
		}
		if disp, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".disp"); err == nil && display != "" {
			if display != string(disp) {
				t.Errorf("%s: displayed as\n%s\nCPython displays\n%s", f, display, disp)
			}
		}
	}
}

func compileError(path string, opts compile.Options) (string, string) {
	src, err := os.ReadFile(path)
	if err != nil {
		return err.Error(), ""
	}
	name := filepath.Base(path)
	mod, err := parser.ParseFile(name, src)
	if err == nil {
		opts.Source = src
		_, err = compile.Module(mod, name, opts)
	}
	if err == nil {
		return "ok", ""
	}
	var se *ast.SyntaxError
	if errors.As(err, &se) {
		lines := strings.Split(strings.TrimRight(se.Format(), "\n"), "\n")
		display := ""
		if len(lines) >= 3 {
			display = strings.Join(lines[len(lines)-3:], "\n") + "\n"
		}
		return fmt.Sprintf("%s: %s (line %d, col %d)", se.Kind, se.Msg, se.Line, se.Col), display
	}
	return "error: " + err.Error(), ""
}

func TestErrorsCount(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.py")
	if len(files) < 50 {
		t.Fatalf("only %d error cases", len(files))
	}
}
