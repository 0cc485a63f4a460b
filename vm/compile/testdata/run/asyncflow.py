import asyncio

class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen finally")

class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def find(target):
    async for v in Count(5):
        if v == target:
            return v
    return None

async def loops():
    out = []
    for i in range(3):
        try:
            async with ACM(f"w{i}"):
                if i == 0:
                    continue
                if i == 2:
                    break
                out += [i]
        finally:
            print("loop finally", i)
    async for v in Count(5):
        try:
            if v == 1:
                continue
            if v == 3:
                break
        finally:
            print("inner finally", v)
    return out

async def nested_return():
    async with ACM("outer"):
        try:
            async with ACM("inner"):
                return "value"
        finally:
            print("between")

async def raising():
    try:
        async with ACM("r"):
            raise ValueError("inside")
    except ValueError as e:
        return "caught " + str(e)

async def main():
    print(await find(2))
    print(await loops())
    print(await nested_return())
    print(await raising())
    results = [x async for x in agen() if x % 2 == 0]
    print(results)

asyncio.run(main())
