x: int
x: int = 1
(x): int
x.y: int = 2
x[0]: int
x: list[int] = []
x: int = yield
