async def f():
    return lambda: [x async for x in y]
