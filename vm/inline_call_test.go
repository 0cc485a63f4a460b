package vm

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// inlineStateSrc leaves inline frames in every way: returns, exceptions caught a few
// frames up, RecursionError, generators finished, broken out of and raising, awaits that
// return, raise and suspend, async for loops.
const inlineStateSrc = `
class Pause:
    def __await__(self):
        yield "paused"

def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value

def down(n):
    return down(n + 1)

def boom(n):
    if n == 0:
        raise KeyError(n)
    return boom(n - 1)

class C:
    def __init__(self, v):
        self.v = boom(-v) if v < 0 else v

def gen(n):
    for i in range(n):
        yield i
    raise ValueError("end")

async def leaf(x):
    if x < 0:
        raise ValueError(x)
    if x == 1:
        await Pause()
    return x

async def agen(n):
    for i in range(n):
        yield await leaf(i)

async def main():
    s = 0
    for i in range(3):
        s += await leaf(i)
    try:
        await leaf(-1)
    except ValueError:
        pass
    async for x in agen(3):
        s += x
    return s

for _ in range(3):
    try:
        down(0)
    except RecursionError:
        pass
    try:
        boom(20)
    except KeyError:
        pass
    try:
        C(-3)
    except KeyError:
        pass
    try:
        for x in gen(5):
            pass
    except ValueError:
        pass
    for x in gen(5):
        break
    print(C(2).v, run(main()))
`

// TestInlineStateBalanced checks that leaving inline frames in every way restores the
// thread: no frame left in the pool, recursion depth, current frame and handled
// exception as before the program.
func TestInlineStateBalanced(t *testing.T) {
	var out, errb bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &errb})
	th := in.Thread()
	depth := th.Depth
	if rc := in.RunString("balanced.aio", inlineStateSrc); rc != 0 {
		t.Fatalf("exit %d: %s", rc, errb.String())
	}
	if want := strings.Repeat("2 6\n", 3); out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	ts := th.Local.(*threadState)
	if ts.nframes != 0 || th.Depth != depth || th.Frame != nil || th.Handling != nil {
		t.Errorf("after the run: %d pooled frames in use, depth %d (want %d), frame %v, handling %v",
			ts.nframes, th.Depth, depth, th.Frame, th.Handling)
	}
}

// TestInlineStepLimit checks that the step limit counts inline calls: infinite mutual
// recursion under a raised recursion limit stops with the step limit.
func TestInlineStepLimit(t *testing.T) {
	var out, errb bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &errb, MaxSteps: 5000})
	in.Thread().Interp.RecursionLimit = 100000
	src := "def f(n):\n    return f(n + 1)\nf(0)\n"
	rc := in.RunString("steps.aio", src)
	if rc != 1 || !strings.HasSuffix(errb.String(), "RuntimeError: step limit exceeded\n") {
		t.Errorf("exit %d, stderr tail %q", rc, errb.String()[max(0, errb.Len()-200):])
	}
}

// TestInlineInterrupt checks that an interrupt reaches a program that only makes calls
// (no loop back edge): the calls check for it.
func TestInlineInterrupt(t *testing.T) {
	var out, errb bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &errb})
	go func() {
		time.Sleep(20 * time.Millisecond)
		in.Interrupt()
	}()
	src := `
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

try:
    fib(60)
except KeyboardInterrupt:
    print("interrupted")
`
	rc := in.RunString("intr.aio", src)
	if rc != 0 || out.String() != "interrupted\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", rc, out.String(), errb.String())
	}
}
