def f():
    x = yield 1
    x += yield
