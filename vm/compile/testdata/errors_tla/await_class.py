class C:
    x = await f()
