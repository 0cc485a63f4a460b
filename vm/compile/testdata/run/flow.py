def f1():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out += [i]
        finally:
            out += [-i]
    else:
        out += [99]
    return out
print(f1())

def f2():
    try:
        return "try"
    finally:
        print("finally runs")
print(f2())

def f3():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f3())

def f4(n):
    total = 0
    while n > 0:
        n -= 1
        if n % 2:
            continue
        total += n
    else:
        total += 1000
    return total
print(f4(10))

def f5():
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if i == 2:
                return (i, j)
    return None
print(f5())

def f6():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            print("caught", type(e).__name__)
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no")
    try:
        e
    except NameError:
        print("e unbound")
f6()

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

def f7():
    with CM("a") as a, CM("b", True) as b:
        print("body", a, b)
        raise ValueError
    print("after with")
    for i in range(3):
        with CM("loop"):
            if i == 1:
                break
    with CM("ret"):
        return "returned"
print(f7())

def f8():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc()
print(f8())

def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop")

def deleg():
    r = yield from gen(2)
    print("r =", r)
    yield "end"
print(list(deleg()))

a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
d = {"k": 1}
d["k"] += 5
print(d)
lst = [1, 2, 3]
lst[1:] = [9]
print(lst)
del lst[0]
print(lst)
print(1 < 2 < 3, 1 < 3 < 2, (n := 5) * 2, n)
print([i * j for i in range(3) for j in range(3) if i != j])
print({k: v for k, v in zip("ab", "cd")})
print(sorted({x % 3 for x in range(10)}))
print(sum(x for x in range(10) if x % 2))
def kw(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(kw(1, c=3))
print(kw(1, 2, 3, 4, c=5, e=6))
print(kw(*[1, 2], **{"c": 3}))
print(kw(1, *[2, 3], c=1, **{"z": 0}))
def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper
@deco
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
class Base:
    def who(self):
        return "base"
class Child(Base):
    def who(self):
        return "child/" + super().who()
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def st():
        return __class__.__name__
print(Child().who(), Child.make().who(), Child.st())
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
print(f"{3.14159:.2f}|{'x'!r}|{42:>5}|{'nest':{'^'}{8}}|")
assert counter == 2
try:
    assert counter == 3, "bad counter"
except AssertionError as e:
    print("assert:", e)
print((lambda *a, **k: (a, k))(1, 2, z=3))
s = 0
for i in range(100):
    if i > 10 and not i % 7 or i == 3:
        s += i
print(s)
x = 5
print("big" if x > 3 else "small", x is None, x is not None)
def outer():
    v = "outer"
    class K:
        v = "class"
        def get(self):
            return v
        w = [v for _ in range(1)]
    return K().get(), K.v, K.w
print(outer())
