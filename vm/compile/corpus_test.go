package compile_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/compile"
)

// TestCorpus compiles, with the strict internal checks, every program of the project's golden
// tests (../../tests) that parses, and checks the code objects' invariants. Programs whose
// expected result is a SyntaxError must fail to parse or to compile.
func TestCorpus(t *testing.T) {
	var files []string
	filepath.Walk("../../tests", func(path string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(path, ".aio") {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	compiled := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		errWant, _ := os.ReadFile(strings.TrimSuffix(f, ".aio") + ".err")
		wantSyntax := strings.HasPrefix(string(errWant), "SyntaxError") || strings.HasPrefix(string(errWant), "IndentationError")
		mod, err := parser.ParseFile(f, src)
		if err != nil {
			continue
		}
		co, err := compile.ModuleStrict(mod, f, compile.Options{Source: src, TopLevelAwait: true})
		if err != nil {
			if !wantSyntax || strings.Contains(err.Error(), "internal compiler error") {
				t.Errorf("%s: %v", f, err)
			}
			continue
		}
		if wantSyntax {
			t.Errorf("%s: compiled, want %s", f, strings.TrimSpace(string(errWant)))
		}
		checkCode(t, f, co)
		compiled++
	}
	t.Logf("%d of %d programs compiled", compiled, len(files))
}

// TestCPythonStdlib compiles, with the strict internal checks, the modules of the CPython
// standard library installed on this machine (when there is one; skipped with -short): real
// code the compiler must accept whenever the parser does.
func TestCPythonStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	files, _ := filepath.Glob("/usr/lib/python3.11/*.py")
	more, _ := filepath.Glob("/usr/lib/python3.11/*/*.py")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no CPython standard library")
	}
	parsed := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		mod, err := parser.ParseFile(f, src)
		if err != nil {
			continue
		}
		parsed++
		co, err := compile.ModuleStrict(mod, f, compile.Options{Source: src})
		if err != nil {
			t.Errorf("%s: %v", f, strings.SplitN(err.Error(), "\n", 2)[0])
			continue
		}
		checkCode(t, f, co)
	}
	t.Logf("%d of %d modules parsed and compiled", parsed, len(files))
}
