async def f():
    async with a as b, c as d:
        pass
    async for x, y in z:
        pass
    else:
        pass
    async with (a as b, c):
        pass
