package compile_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiolang/aio/stdlib"
	"github.com/aiolang/aio/vm"
)

// TestRun runs the programs of testdata/run through the whole pipeline (parser, compiler, vm)
// and compares their output with CPython's (NAME.out, written by gen.py there). They exercise
// the compiler's control flow: finally blocks, unwinding, handlers, closures, classes, async.
func TestRun(t *testing.T) {
	files, _ := filepath.Glob("testdata/run/*.py")
	for _, f := range files {
		if strings.HasSuffix(f, "gen.py") {
			continue
		}
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
		if err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		in := vm.New(vm.Options{Stdout: &out, Stderr: &errOut, VirtualClock: true, Modules: stdlib.Modules(), Argv: []string{f}})
		in.RunFile(f)
		if out.String() != string(want) {
			t.Errorf("%s: output differs from CPython's\n%s\nstderr:\n%s", f, diffLines(out.String(), string(want)), errOut.String())
		}
	}
}
