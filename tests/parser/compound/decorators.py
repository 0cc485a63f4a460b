@a
def f(): pass
@a.b
@c(d)
class C: pass
@x
async def g(): pass
@(lambda f: f)
def h(): pass
@a[0].b
def i(): pass
