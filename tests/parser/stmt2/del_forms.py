del a[0], a.b
del (a), [b]
del a[1:2]
