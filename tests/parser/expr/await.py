async def f():
    await x
    await x.y()
    return await a ** 2
