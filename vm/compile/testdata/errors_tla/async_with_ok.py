async with y as z:
    pass
