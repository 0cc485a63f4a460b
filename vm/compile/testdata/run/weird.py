x = "module"
def f():
    x = "f local"
    class C:
        global x
        y = x
        def m(self):
            return x
    return C.y, C().m()
print(f())
def g():
    x = "g local"
    class C:
        x = "class"
        def m(self):
            return x
        def n(self):
            nonlocal x
            x = "changed"
    C().n()
    return C().m(), x, C.x
print(g())
def h():
    class C:
        def m(self):
            return __class__
        __class__ = "shadow"
    return C().m() is C, C.__dict__.get("__class__")
print(h())
