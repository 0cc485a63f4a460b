package compile_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/stdlib"
	"github.com/aiolang/aio/vm"
	"github.com/aiolang/aio/vm/compile"
)

// TestRun runs the programs of testdata/run through the whole pipeline (parser, compiler, vm)
// and compares their output with CPython's (NAME.out, written by gen.py there). They exercise
// the compiler's control flow: finally blocks, unwinding, handlers, closures, classes, async.
func TestRun(t *testing.T) {
	for _, f := range compile.Programs("testdata/run") {
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

// TestRandomPrograms runs random programs (seeded, so the same every time) written by
// testdata/random/driver.py, with CPython's results, through aio and compares: stdout, or the
// SyntaxError message (python3 needed; fewer programs with -short).
func TestRandomPrograms(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	n := 150
	if testing.Short() {
		n = 15
	}
	data, err := exec.Command(py, "testdata/random/driver.py", strconv.Itoa(n)).Output()
	if err != nil {
		t.Fatalf("driver.py: %v", err)
	}
	blocks := strings.Split(string(data), "=== ")[1:]
	if len(blocks) != 6*n {
		t.Fatalf("driver.py wrote %d blocks, want %d", len(blocks), 6*n)
	}
	for i := 0; i < len(blocks); i += 2 {
		name, prog, _ := strings.Cut(blocks[i], "\n")
		want := strings.TrimPrefix(blocks[i+1], "output\n")
		if want == "SKIP\n" {
			continue
		}
		got := runProgram(t, name, []byte(prog))
		if got != want {
			t.Errorf("%s: output differs from CPython's\n%s\nprogram:\n%s", name, diffLines(got, want), prog)
		}
	}
}

// runProgram compiles and runs src, returning its stdout or "SyntaxError: msg".
func runProgram(t *testing.T, name string, src []byte) string {
	mod, err := parser.ParseFile("prog.py", src)
	if err == nil {
		_, err = compile.Module(mod, "prog.py", compile.Options{Source: src})
	}
	if err != nil {
		var se *ast.SyntaxError
		if errors.As(err, &se) {
			return "SyntaxError: " + se.Msg + "\n"
		}
		t.Fatalf("%s: %v", name, err)
	}
	var out bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: io.Discard, VirtualClock: true, Modules: stdlib.Modules(), Argv: []string{"prog.py"}})
	in.RunString("prog.py", string(src))
	return out.String()
}
