package runtest

import (
	"bytes"
	"fmt"
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
	files, _ := filepath.Glob("testdata/*.py")
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

// diffLines shows the lines of got and want side by side from the first difference.
func diffLines(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	for j := i; j < i+12 && (j < len(g) || j < len(w)); j++ {
		var gl, wl string
		if j < len(g) {
			gl = g[j]
		}
		if j < len(w) {
			wl = w[j]
		}
		mark := " "
		if gl != wl {
			mark = "!"
		}
		fmt.Fprintf(&b, "%s got %-40s want %s\n", mark, gl, wl)
	}
	return b.String()
}
