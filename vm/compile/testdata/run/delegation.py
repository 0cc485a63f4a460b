def sub():
    try:
        yield 1
    except ValueError:
        return "handled"
    yield 2

def outer():
    r = yield from sub()
    yield ("outer got", r)

g = outer()
print(next(g))
print(g.throw(ValueError))

def sub2():
    try:
        yield "a"
    finally:
        print("sub2 closing")

def outer2():
    try:
        yield from sub2()
    finally:
        print("outer2 closing")

h = outer2()
print(next(h))
h.close()

def echo():
    got = []
    while True:
        x = yield got
        if x is None:
            return got
        got = got + [x]

def relay():
    res = yield from echo()
    yield ("relay", res)

r = relay()
next(r)
r.send(1)
r.send(2)
print(r.send(None))

class Wrap:
    def __init__(self, it):
        self.it = iter(it)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.it) * 10

def from_iter():
    yield from Wrap([1, 2])
    yield from [3, 4]
    yield from (5, 6)
print(list(from_iter()))

import asyncio

class Fut:
    def __await__(self):
        yield
        return "custom awaited"

async def main():
    print(await Fut())
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.1)
    except TimeoutError:
        print("timeout propagated through delegation")
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")

asyncio.run(main())
