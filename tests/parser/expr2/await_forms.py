async def f():
    await a
    await a.b
    await a()
    await a[0]
    x = await a + await b
    -await a
    await (await a)
