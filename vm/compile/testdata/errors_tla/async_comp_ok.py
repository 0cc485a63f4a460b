r = [x async for x in y]
s = [await x for x in y]
