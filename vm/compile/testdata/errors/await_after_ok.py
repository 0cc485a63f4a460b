async def f():
    x = [y async for y in z]
    return x
class A:
    def m(self):
        return super().m()
await f()
