async def f():
    class C:
        await g()
