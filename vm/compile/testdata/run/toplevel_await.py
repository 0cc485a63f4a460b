import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
r = [[x async for x in agen(i)] for i in range(3)]
print(r)
g = (x * 2 async for x in agen(3))
print([y async for y in g])
async with asyncio.timeout(1):
    print("ok")
async for v in agen(2):
    print("v", v)
print({k: await asyncio.sleep(0, k) for k in "ab"})
