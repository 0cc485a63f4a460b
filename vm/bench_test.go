package vm_test

import (
	"io"
	"testing"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm"
)

// benchProgram compiles src (which defines bench(n)) once and times calls of bench(b.N).
func benchProgram(b *testing.B, src string) {
	in := vm.New(vm.Options{Stdout: io.Discard, Stderr: io.Discard})
	if rc := in.RunString("bench.aio", src); rc != 0 {
		b.Fatalf("setup failed: exit %d", rc)
	}
	fn, _ := in.GetGlobal("bench")
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := runtime.Call(in.Thread(), fn, []runtime.Value{runtime.Int(b.N)}, nil); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkFibCall measures one Python→Python call (recursive fib, per call).
func BenchmarkFibCall(b *testing.B) {
	benchProgram(b, `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def bench(n):
    # fib(k) makes about 1.6**k calls; run enough of them for n calls in total
    calls = 0
    while calls < n:
        fib(15)
        calls += 1973
`)
}

// BenchmarkLoop measures one iteration of a for loop with integer arithmetic.
func BenchmarkLoop(b *testing.B) {
	benchProgram(b, `
def bench(n):
    total = 0
    for i in range(n):
        total += i % 7 - 3
    return total
`)
}

// BenchmarkMethodCall measures obj.method(arg) on a user class instance.
func BenchmarkMethodCall(b *testing.B) {
	benchProgram(b, `
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v

def bench(n):
    a = Acc()
    for i in range(n):
        a.add(1)
    return a.total
`)
}

// BenchmarkGenerator measures one item of a generator consumed by a for loop.
func BenchmarkGenerator(b *testing.B) {
	benchProgram(b, `
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1

def bench(n):
    s = 0
    for v in gen(n):
        s += 1
    return s
`)
}

// BenchmarkAwaitChain measures awaiting a coroutine that returns at once (driven from a
// generator-based trampoline, without an event loop).
func BenchmarkAwaitChain(b *testing.B) {
	benchCoroutine(b, `
async def leaf(i):
    return i

async def main(n):
    s = 0
    for i in range(n):
        s += await leaf(1)
    return s
`)
}

// BenchmarkGlobalLoad measures reading globals and builtins in a loop.
func BenchmarkGlobalLoad(b *testing.B) {
	benchProgram(b, `
K = 3
def bench(n):
    t = 0
    for i in range(n):
        t = K
        f = len
    return t
`)
}

// BenchmarkRaiseCatch measures raising a user exception in a call and catching it in the
// caller (construction, traceback entry, handler lookup).
func BenchmarkRaiseCatch(b *testing.B) {
	benchProgram(b, `
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

def check(i):
    raise AppError(i)

def bench(n):
    total = 0
    for i in range(n):
        try:
            check(i)
        except AppError as e:
            total += e.code
    return total
`)
}

// BenchmarkFString measures building an f-string with an int, a formatted float and a
// padded field.
func BenchmarkFString(b *testing.B) {
	benchProgram(b, `
def bench(n):
    size = 0
    for i in range(n):
        s = f"item {i}: {i * 2.5:.2f} [{i % 7:>3}]"
        size += len(s)
    return size
`)
}

// BenchmarkConstructAttr measures making a two-attribute instance and reading both
// attributes back.
func BenchmarkConstructAttr(b *testing.B) {
	benchProgram(b, `
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def bench(n):
    t = 0
    for i in range(n):
        v = V(i, 1)
        t += v.x + v.y
    return t
`)
}
