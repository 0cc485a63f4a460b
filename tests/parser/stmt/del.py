del a
del a, b
del a.b, a[0]
del (a, b)
del [a, b]
del (a)
del a,
