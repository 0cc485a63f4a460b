@a
async def f():
    pass
