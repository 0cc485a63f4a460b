def f(a, /): pass
def g(a, /, *, b): pass
def h(a=1, /, b=2, *c, d=3, **e): pass
def i(*, a): pass
def j(a: "int" = None) -> list[dict[str, int]]: pass
def k(**kw): pass
def l(a,): pass
def m(*a,): pass
def n(a, *, b,): pass
