def f(a, b, /, c, *, d):
    pass
def g(a=1, /, b=2):
    pass
