from __future__ import annotations
def f():
    x = 1
    def g(a: x, b: undefined) -> Later:
        pass
    y: Nope = 2
    return g
class C:
    a: Missing
    (b): Other = 1
