class C:
    r = [x async for x in y]
