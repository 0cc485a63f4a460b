def cellparam(a, b):
    def inner():
        return a + b
    a = a * 10
    return inner()
print(cellparam(1, 2))
def outer_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(4):
        add(i)
        yield total
print(list(x for x in outer_gen()))
for i, (a, *b) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, b)
lst = [1, 2, 3, 4]
lst[1:3] += [9]
print(lst)
a = b = c = [0]
print(a is b is c)
def ret():
    t = (1, 2)
    return *t, 3
print(ret())
d1 = {"a": 1}
d2 = {"b": 2}
print({**d1, "x": 0, **d2})
print({*[1, 2], 3} == {1, 2, 3}, [*range(3), *"ab"], (*"xy",))
w = 10
print(f"{'nested ' + f'{w:>{w // 2}}'}|{w!s:<4}|{w:#x}|{3.5:{'.'}{2}f}")
if w > 5:
    import math as m
else:
    m = None
print(m.floor(2.7))
glob_var = 1
def kill():
    global glob_var
    del glob_var
kill()
try:
    glob_var
except NameError as e:
    print(e)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
def gen_with():
    class R:
        def __enter__(self):
            print("enter")
        def __exit__(self, *a):
            print("exit", a[0])
    with R():
        yield 1
        yield 2
g = gen_with()
print(next(g))
g.close()
def thrower():
    while True:
        try:
            x = yield
            print("got", x)
        except KeyError as e:
            print("handled", e)
t = thrower()
next(t)
t.send(1)
t.throw(KeyError("k"))
t.send(2)
x = [[1, 2], [3, 4]]
x[0][1] *= 5
print(x)
class Obj:
    pass
o = Obj()
o.attr = [1]
o.attr += [2]
print(o.attr)
s = "abc"
print(s[::-1], s[1:], s[:-1], s[::2])
n = 0
while (n := n + 1) < 5:
    pass
print(n)
print([y for x in [[1, 2], [3]] for y in x if y != 2])
def default_eval(k=[]):
    k += [1]
    return len(k)
print(default_eval(), default_eval())
print(*[1, 2], sep="-", end="!\n")
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))
print((lambda: (yield 5))().__next__())
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
print({(i, j): i + j for i in range(2) for j in range(2)})
def closure_loop():
    fs = []
    for i in range(3):
        def f():
            return i
        fs += [f]
    return [f() for f in fs]
print(closure_loop())
