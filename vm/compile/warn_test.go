package compile_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/compile"
)

// TestWarnings compares the SyntaxWarnings reported through Options.Warn with CPython's
// (testdata/warnings/NAME.warn, written by gen.py there).
func TestWarnings(t *testing.T) {
	for _, f := range compile.Programs("testdata/warnings") {
		src, mod := compile.ParseProgram(t, f)
		var got strings.Builder
		warn := func(w *ast.SyntaxError) {
			if w.Kind != "SyntaxWarning" {
				t.Errorf("warning of kind %s", w.Kind)
			}
			fmt.Fprintf(&got, "%d: %s\n", w.Line, w.Msg)
		}
		if _, err := compile.Module(mod, f, compile.Options{Source: src, Warn: warn}); err != nil {
			t.Fatal(err)
		}
		want, _ := os.ReadFile(strings.TrimSuffix(f, ".py") + ".warn")
		if got.String() != string(want) {
			t.Errorf("%s: warnings differ from CPython's\n%s", f, diffLines(got.String(), string(want)))
		}
	}
}
