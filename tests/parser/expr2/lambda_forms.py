f = lambda *args, **kwargs: 0
g = lambda a, b=1, *, c=2, d: 0
h = lambda a=lambda: 1: a
i = lambda: (yield)
j = lambda x: x if x else lambda: 0
