class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta, tag="x"):
    __secret = 42
    def peek(self):
        return self.__secret, A._A__secret
    def cls_name(self):
        return __class__.__name__
print(A.tag, A().peek(), A().cls_name())
bases = (A,)
kws = {"tag": "y"}
class B(*bases, **kws):
    def peek(self):
        return ("B",) + super().peek()
print(B.tag, B().peek(), B.__qualname__, B.peek.__qualname__)
def factory():
    class Local:
        def m(self):
            def inner():
                return __class__
            return inner()
    return Local
L = factory()
print(L.__qualname__, L().m() is L, L.m.__qualname__)
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
p = P()
p.v = 5
print(p.v)
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("gen finally")
it = g()
print(next(it), it.throw(ValueError("boom")))
it.close()
def h():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
h()
def unb():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
unb()
class Ann:
    a: int
    b: str = "s"
print(Ann.__annotations__, Ann.b)
def annf(x: int, *a: str, k: float = 1.0, **kw: bool) -> list:
    pass
print(annf.__annotations__, annf.__defaults__, annf.__kwdefaults__)
x: int = 5
print(__annotations__)
print(A.__doc__, P.__init__.__doc__)
class D:
    "doc of D"
print(D.__doc__, D.__module__)
import sys as system, math
from math import sqrt as root, pi
print(root(16), round(pi, 2), system.version_info[0] >= 3)
