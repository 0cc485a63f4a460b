x = 1
def f(a, b):
    c = a
    def g():
        nonlocal c
        c += b
        return c, x, len
    h = lambda y: y + a
    return [c * i for i in range(b) if i != a]
class C:
    attr = 1
    __priv = 2
    def m(self):
        return super().m(self.__priv, attr)
    def n(self):
        def inner():
            return __class__
        return inner
    lst = [attr for _ in range(3)]
def gl():
    global x
    x = 2
    def sub():
        return x
def walrus():
    if any((w := i) > 2 for i in range(5)):
        return w
def shadow(p):
    def q():
        p = 1
        return p
    return q
def param_cell(s):
    return lambda: s
def deep():
    v = 0
    def a():
        def b():
            def c():
                return v
            return c
        return b
    return a
class Outer:
    def meth(self):
        class Inner:
            def im(self):
                return super().im()
        return Inner
def classfree():
    z = 1
    class K:
        z = 2
        def get(self):
            return z
    return K
[(mw := j) for j in range(2)]
