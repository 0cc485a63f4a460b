import os.path
for i in range(3):
    total += i
a, b = pair
first, *rest = items
obj.x = 1
obj.y += 2
lst[0] = 3
lst[1] *= 4
del lst[0]
def f(x, y=1):
    return x.y(y)[0] + g(*x, **y)
class C:
    def m(self):
        return self.n() is None or 3 in self.v
try:
    f()
except KeyError as e:
    print(e)
finally:
    g()
with cm() as v:
    v.use()
assert x > 0, "bad"
s = f"{x!r} {y:{w}}"
print([v * 2 for v in range(4) if v])
g = lambda q: q.attr
