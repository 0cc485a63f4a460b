@a
@b.c
@d(e, f=1)
@g[0]
@(h)
@i if j else k
@x := y
def f(): pass
@dec
class A: pass
