with a, b:
    pass
with a as (b, c), d as [e]:
    pass
with (a as b):
    pass
with (a, b,):
    pass
with (yield):
    pass
with a() as b.c, d[0] as e:
    pass
