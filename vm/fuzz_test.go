package vm_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiolang/aio/vm"
	"github.com/aiolang/aio/vm/compile"
)

// FuzzRun compiles and runs arbitrary programs with a step limit: whatever the input, the
// interpreter must not panic (a Go panic would be reported as an internal error) and must
// stop.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.aio")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err == nil {
			f.Add(string(src))
		}
	}
	for _, s := range []string{
		"x = 1\nwhile True:\n    try:\n        x += 1\n    except:\n        pass\n",
		"def f(n): return f(n) + f(n)\nf(1)",
		"async def f():\n    await f()\nf().send(None)",
		"def g():\n    yield from g()\nlist(g())",
		"class A:\n    def __eq__(s, o): return s == o\nA() == A()",
		"[*range(3)][5:1:-1]",
		"def f(n):\n    t = 0.5\n    for i in range(n):\n        t += i * 0.25\n        l = [t]\n    t -= n\n    return t, l\nf(3)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !compiles(src) {
			t.Skip("the parser or compiler panics (their fuzzers' business)")
		}
		var out, errb bytes.Buffer
		in := vm.New(vm.Options{Stdout: &out, Stderr: &errb, MaxSteps: 20000})
		in.RunString("fuzz.aio", src)
		if strings.Contains(errb.String(), "internal error") {
			t.Fatalf("internal error for %q:\n%s", src, errb.String())
		}
	})
}

func TestStepLimit(t *testing.T) {
	var out, errb bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: &errb, MaxSteps: 1000})
	rc := in.RunString("loop.aio", "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n")
	if rc != 1 || !strings.HasSuffix(errb.String(), "RuntimeError: step limit exceeded\n") {
		t.Errorf("exit %d, stderr %q", rc, errb.String())
	}
}

// compiles reports whether compiling src returns (with or without an error) rather than
// panicking.
func compiles(src string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	vm.Compile("fuzz.aio", []byte(src), compile.Options{TopLevelAwait: true})
	return true
}
