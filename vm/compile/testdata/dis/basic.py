x = 1
for i in range(3):
    print(i, x)
def f(a, b=2, *args, c, d=4, **kw):
    "doc"
    return a + b
class C(Base, metaclass=M):
    y: int = 3
    def m(self):
        return super().m() + self.y
    def g(self):
        def inner():
            return __class__
        return inner
try:
    f(1)
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
else:
    print("else")
finally:
    print("fin")
with open("f") as fh, open("g"):
    data = fh.read()
a, *b, c = [1, 2, 3, 4]
print(f"{x!r:>{10}} and {y}")
l = [i * 2 for i in range(10) if i % 2]
d = {k: v for k, v in d.items()}
g = (i for i in l)
z = lambda q, *, r=1: q + r
x.y.z += 1
x[1:2] = 3
del x[0], x.y
assert x, "msg"
import os.path as p, sys
from collections import OrderedDict as OD, deque
if a < b < c and not d or e is None:
    pass
while True:
    if x:
        break
    continue
def gen():
    yield 1
    x = yield from other()
    return x
async def coro():
    await sleep(1)
    async with lock as l:
        pass
    async for i in aiter():
        print(i)
    return [await i async for i in y]
async def agen():
    yield 1
def outer():
    v = 1
    def mid():
        nonlocal v
        v += 1
        return v
    return mid
def ret_in_finally():
    for i in range(3):
        try:
            return i
        finally:
            print("f")
    while True:
        with ctx:
            break
try:
    pass
except* ValueError as eg:
    print(eg)
f(*a, **k)
f(1, *a, x=2, **k)
o.m(1, k=2)
result = await coro()
