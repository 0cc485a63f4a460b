def g():
    x = yield
    y = yield 1, 2
    z = yield from w
    a, b = yield
