async def f():
    return f"{await x}"
