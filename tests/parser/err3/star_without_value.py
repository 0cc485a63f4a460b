f(a=None, *, b)
