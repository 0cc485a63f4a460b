await f()
yield 1
