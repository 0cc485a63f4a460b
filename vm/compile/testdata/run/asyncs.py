import asyncio

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        await asyncio.sleep(0)
        return self.name
    async def __aexit__(self, t, v, tb):
        await asyncio.sleep(0)
        print("aexit", self.name, t.__name__ if t else None)
        return self.suppress

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10

async def work(x):
    await asyncio.sleep(0.1)
    return x * 2

async def main():
    async with ACM("a") as a:
        print("inside", a)
    async with ACM("s", True):
        raise ValueError("suppressed")
    print("after suppress")
    async for i in Counter(3):
        print("counter", i)
    else:
        print("counter else")
    async for v in agen(3):
        if v == 10:
            continue
        print("agen", v)
    print([x async for x in agen(4) if x > 0])
    print({x: await work(x) async for x in agen(2)})
    print([await work(i) for i in range(3)])
    g = (x + 1 async for x in agen(3))
    print([y async for y in g])
    r = await asyncio.gather(*(work(i) for i in range(4)))
    print(r)
    try:
        async with ACM("err"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    for i in range(2):
        async with ACM("loop"):
            if i == 0:
                continue
            break
    return "main done"

print(asyncio.run(main()))
