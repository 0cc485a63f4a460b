lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: 0
lambda *, a: a
lambda a, /, b: 0
