package vm_test

import "testing"

// The await and async-generator paths, driven by send(None) from a plain function (no
// event loop): the figures are the vm's own cost per await or per item.

// BenchmarkAwaitDeep measures one await of a chain of three coroutines that return at
// once (three awaits per op).
func BenchmarkAwaitDeep(b *testing.B) {
	benchCoroutine(b, `
async def leaf(i):
    return i

async def mid(i):
    return await leaf(i)

async def top(i):
    return await mid(i)

async def main(n):
    s = 0
    for i in range(n):
        s += await top(1)
    return s
`)
}

// BenchmarkAwaitMethod measures awaiting a coroutine method that returns at once.
func BenchmarkAwaitMethod(b *testing.B) {
	benchCoroutine(b, `
class Box:
    async def get(self, i):
        return i

async def main(n):
    box = Box()
    s = 0
    for i in range(n):
        s += await box.get(1)
    return s
`)
}

// BenchmarkAsyncFor measures one item of an async generator consumed by async for.
func BenchmarkAsyncFor(b *testing.B) {
	benchCoroutine(b, `
async def numbers(n):
    for i in range(n):
        yield i

async def main(n):
    s = 0
    async for x in numbers(n):
        s += 1
    return s
`)
}

// BenchmarkAsyncForAwaiting measures one item of an async generator that awaits a
// coroutine for each item, consumed by async for.
func BenchmarkAsyncForAwaiting(b *testing.B) {
	benchCoroutine(b, `
async def double(i):
    return 2 * i

async def numbers(n):
    for i in range(n):
        yield await double(i)

async def main(n):
    s = 0
    async for x in numbers(n):
        s += 1
    return s
`)
}

// BenchmarkAnextManual measures one item taken with await agen.__anext__() (the
// awaitable object CPython allocates per item must exist here too).
func BenchmarkAnextManual(b *testing.B) {
	benchCoroutine(b, `
async def numbers(n):
    for i in range(n):
        yield i

async def main(n):
    g = numbers(n)
    s = 0
    for i in range(n):
        s += await g.__anext__()
    return s
`)
}

// driveMain defines bench(n), which runs the coroutine main(n) to completion by sending
// into it once, without an event loop (main must never suspend on a future).
const driveMain = `
def bench(n):
    c = main(n)
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
`

// benchCoroutine benchmarks src, which defines the coroutine function main(n), driven by
// driveMain.
func benchCoroutine(b *testing.B, src string) {
	b.Helper()
	benchProgram(b, src+driveMain)
}
