a = [*x, *y, 1]
b = {*x, *y}
c = {**x, **y, "k": 1}
d = (*x,)
e = *x, *y
print(*x, *y)
