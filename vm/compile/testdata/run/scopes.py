x = "global"
def f():
    x = "enclosing"
    class C:
        x = "class"
        y = x
        def m(self):
            return x
        z = [x for _ in range(1)]
        w = (lambda: x)()
    return C.y, C().m(), C.z, C.w
print(f())
class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    try:
        c = [a for i in range(2)]
    except NameError as e:
        c = str(e)
print(D.c)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
def g():
    res = [y := i * 2 for i in range(3)]
    return res, y
print(g())
total = [s := 0]
print(total, s)
def h():
    def inner():
        global x
        x = "changed by inner"
    inner()
h()
print(x)
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(shadow_builtin(), len("abc"))
def late():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(late())
def nested_comp():
    return [[(i, j) for j in range(i)] for i in range(3)]
print(nested_comp())
def uses_before_def():
    def a():
        return b()
    def b():
        return "b"
    return a()
print(uses_before_def())
def sub():
    yield 1
    try:
        yield 2
    except ValueError:
        yield "sub caught"
    return "sub ret"
def deleg():
    r = yield from sub()
    yield ("deleg got", r)
d = deleg()
print(next(d), next(d), d.throw(ValueError), next(d))
d2 = deleg()
next(d2)
d2.close()
print("closed")
class E:
    def __init__(self):
        self.items = [1, 2]
    def __iter__(self):
        yield from self.items
print(list(E()))
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(b=1, a=2, **{"c": 3}))
