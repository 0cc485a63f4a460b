package vm_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm"
)

// run runs src as __main__ and returns stdout, stderr and the exit status.
func run(t testing.TB, filename, src string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: &errb})
	rc := in.RunString(filename, src)
	return out.String(), errb.String(), rc
}

// TestGolden runs testdata/NAME.aio and compares its stdout with NAME.out (made by
// python3).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.aio")
	if len(files) == 0 {
		t.Fatal("no test programs")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".aio")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".aio") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			got, stderr, rc := run(t, file, string(src))
			if rc != 0 || got != string(want) {
				t.Errorf("exit %d\n--- got\n%s\n--- want\n%s\n--- stderr\n%s", rc, got, want, stderr)
			}
		})
	}
}

func TestExitStatus(t *testing.T) {
	for _, tc := range []struct {
		src     string
		rc      int
		lastErr string
	}{
		{"print(1)", 0, ""},
		{"raise ValueError('x')", 1, "ValueError: x"},
		{"raise SystemExit", 0, ""},
		{"raise SystemExit(3)", 3, ""},
		{"raise SystemExit('bye')", 1, "bye"},
		{"def f(): f()\nf()", 1, "RecursionError: maximum recursion depth exceeded"},
		{"x = (", 1, "SyntaxError: '(' was never closed"},
		{"def f():\n    yield 1\n    raise StopIteration\nlist(f())", 1, "RuntimeError: generator raised StopIteration"},
	} {
		_, stderr, rc := run(t, "t.aio", tc.src)
		lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
		last := lines[len(lines)-1]
		if rc != tc.rc || last != tc.lastErr {
			t.Errorf("%q: exit %d, last stderr line %q; want %d, %q", tc.src, rc, last, tc.rc, tc.lastErr)
		}
	}
}

func TestTraceback(t *testing.T) {
	src := "def f():\n    raise ValueError('bad')\n\ndef g():\n    f()\n\ng()\n"
	_, stderr, rc := run(t, "tb.aio", src)
	want := `Traceback (most recent call last):
  File "tb.aio", line 7, in <module>
    g()
  File "tb.aio", line 5, in g
    f()
  File "tb.aio", line 2, in f
    raise ValueError('bad')
ValueError: bad
`
	if rc != 1 || stderr != want {
		t.Errorf("exit %d, stderr\n%s\nwant\n%s", rc, stderr, want)
	}
}

func TestNeverAwaited(t *testing.T) {
	src := "async def c():\n    pass\nc()\nx = c()\nprint('end')\n"
	out, stderr, rc := run(t, "w.aio", src)
	want := "w.aio:3: RuntimeWarning: coroutine 'c' was never awaited\n  c()\n" +
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n" +
		"sys:1: RuntimeWarning: coroutine 'c' was never awaited\n"
	if rc != 0 || out != "end\n" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr\n%s\nwant\n%s", rc, out, stderr, want)
	}
}

// TestTwoInterpreters checks that interpreters share no state.
func TestTwoInterpreters(t *testing.T) {
	var o1, o2 bytes.Buffer
	a := vm.New(vm.Options{Stdout: &o1})
	b := vm.New(vm.Options{Stdout: &o2})
	a.SetGlobal("x", runtime.Int(1))
	b.SetGlobal("x", runtime.Int(2))
	a.RunString("a", "print(x)")
	b.RunString("b", "print(x)")
	if o1.String() != "1\n" || o2.String() != "2\n" {
		t.Errorf("got %q and %q", o1.String(), o2.String())
	}
}

func TestEmbedding(t *testing.T) {
	var out bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out})
	in.RegisterFunc("double", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		n, _ := runtime.AsInt64(args[0])
		return runtime.Int(2 * n), nil
	})
	if rc := in.RunString("e", "y = double(21)\ndef sq(v): return v * v\n"); rc != 0 {
		t.Fatalf("exit %d", rc)
	}
	if v, ok := in.GetGlobal("y"); !ok || v != runtime.Int(42) {
		t.Errorf("y = %v", v)
	}
	v, err := in.Eval("sq(y) + 1")
	if err != nil || v != runtime.Int(1765) {
		t.Errorf("eval: %v, %v", v, err)
	}
	if err := in.Exec("z = [i for i in range(3)]"); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := in.Exec("z[1] + 41"); err != nil || out.String() != "42\n" {
		t.Errorf("interactive echo: %q, %v", out.String(), err)
	}
	if err := in.Exec("for i in range(2):\n    i\n"); err != nil || out.String() != "42\n0\n1\n" {
		t.Errorf("interactive loop echo: %q, %v", out.String(), err)
	}
	sq, _ := in.GetGlobal("sq")
	r, err := runtime.Call(in.Thread(), sq, []runtime.Value{runtime.Int(9)}, nil)
	if err != nil || r != runtime.Int(81) {
		t.Errorf("call from Go: %v, %v", r, err)
	}
}

// TestCoroutineFromGo drives a coroutine through runtime.Resumable, as a Task does.
func TestCoroutineFromGo(t *testing.T) {
	var out bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out})
	src := `
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def inner():
    return await Suspend()

async def outer():
    v = await inner()
    print("outer got", v)
    return v * 2
`
	if rc := in.RunString("c", src); rc != 0 {
		t.Fatalf("exit %d", rc)
	}
	fn, _ := in.GetGlobal("outer")
	th := in.Thread()
	co, err := runtime.Call(th, fn, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if co.Type().Name != "coroutine" {
		t.Fatalf("type %s", co.Type().Name)
	}
	r := co.(runtime.Resumable)
	v, st, err := r.Send(th, runtime.None)
	if err != nil || st != runtime.Yielded || v != runtime.Str("suspended") {
		t.Fatalf("first send: %v %v %v", v, st, err)
	}
	v, st, err = r.Send(th, runtime.Int(21))
	if err != nil || st != runtime.Returned || v != runtime.Int(42) {
		t.Fatalf("second send: %v %v %v", v, st, err)
	}
	if out.String() != "outer got 21\n" {
		t.Errorf("stdout %q", out.String())
	}
	_, _, err = r.Send(th, runtime.None)
	if err == nil || !strings.Contains(err.Error(), "cannot reuse already awaited coroutine") {
		t.Errorf("reuse: %v", err)
	}

	// throw into a suspended coroutine reaches the innermost await
	co, _ = runtime.Call(th, fn, nil, nil)
	r = co.(runtime.Resumable)
	r.Send(th, runtime.None)
	_, _, err = r.Throw(th, runtime.NewException(runtime.ValueErrorType, "thrown"))
	if err == nil || err.Error() != "ValueError: thrown" {
		t.Errorf("throw: %v", err)
	}
	co, _ = runtime.Call(th, fn, nil, nil)
	r = co.(runtime.Resumable)
	r.Send(th, runtime.None)
	if err := r.Close(th); err != nil {
		t.Errorf("close: %v", err)
	}
}

func TestRecursionLimit(t *testing.T) {
	_, stderr, rc := run(t, "r", "import_ok = 1\ndef f(n): return f(n + 1)\nf(0)\n")
	if rc != 1 || !strings.HasSuffix(stderr, "RecursionError: maximum recursion depth exceeded\n") {
		t.Errorf("exit %d, stderr tail %q", rc, stderr[max(0, len(stderr)-200):])
	}
	if !strings.Contains(stderr, "[Previous line repeated") {
		t.Errorf("no repeated-line summary in traceback")
	}
}

func TestAsyncFunc(t *testing.T) {
	var out, errb bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: &errb})
	in.RegisterAsyncFunc("slow_double", func(ctx context.Context, args []runtime.Value) (runtime.Value, error) {
		n, _ := runtime.AsInt64(args[0])
		time.Sleep(10 * time.Millisecond)
		if n < 0 {
			return nil, errors.New("negative")
		}
		return runtime.Int(2 * n), nil
	})
	src := `
async def main():
    print(await slow_double(21))
    try:
        await slow_double(-1)
    except OSError as e:
        print("error:", e)
await main()
`
	if rc := in.RunString("a", src); rc != 0 {
		t.Fatalf("exit %d: %s", rc, errb.String())
	}
	if out.String() != "42\nerror: negative\n" {
		t.Errorf("stdout %q", out.String())
	}
}

func TestInterrupt(t *testing.T) {
	var out, errb bytes.Buffer
	in := vm.New(vm.Options{Stdout: &out, Stderr: &errb})
	go func() {
		time.Sleep(20 * time.Millisecond)
		in.Interrupt()
	}()
	rc := in.RunString("i.aio", "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('interrupted')\n")
	if rc != 0 || out.String() != "interrupted\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", rc, out.String(), errb.String())
	}
}
