async def f():
    return [await x for x in y]
    return [x async for x in aiter() if await x]
    return {await k: await v for k, v in d}
