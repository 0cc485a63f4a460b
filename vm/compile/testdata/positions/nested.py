import functools

@functools.lru_cache(
    maxsize=None)
@decorate
def fib(n):
    if n < 2:
        return n
    return (fib(n - 1) +
            fib(n - 2))

class Point(Base,
            metaclass=Meta):
    x: int = 0
    def __init__(self, x, y):
        super().__init__()
        self.x, self.y = x, y
    def dist(self, other):
        dx = self.x - other.x
        return sqrt(dx ** 2
                    + self.y * other.y)

def chain(a, b, c):
    return a < b <= c != None

def calls(obj):
    obj.method(
        1,
        key=2,
    ).other(
        *args,
        **kwargs,
    )
    return [
        item.value
        for item in obj.items
        if item.ok()
    ]

async def coro(session):
    async with session.get(
            "url") as resp:
        data = await resp.json()
    async for row in session.rows():
        yield row.x
    return

def fmt(a, b):
    return f"{a.name!r:>{b.width}} {a + b}"

def aug(d, k):
    d[k] += (1 +
             2)
    d.attr -= d.other
    x, *y = d
    del d[k], d.attr
    return {k: v for k, v in d.items()}, {*d}, (*d,), [*d, 1]
