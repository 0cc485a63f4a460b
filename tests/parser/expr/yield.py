def f():
    yield
    yield x
    yield x, y
    x = yield
    y = yield from z
    await_ = (yield)
