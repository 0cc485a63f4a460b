x = 1
if x is 1:
    pass
assert (x, "m")
y = [1, 2] [0, 1]
z = (1, 2)(3)
w = "a" "b" (1)
print(x is not "s", x is None, x is ())
v = 5 [0]
u = {1, 2}[0]
t = (i for i in x)[0]
s = "abc"[1.5]
r = f"{x}"(2)
q = x is -1
p = [x for x in y](1)
assert ()
assert x, (1, 2)
print(x is True, x is ..., x is not False)
o = "s"["k"]
n = [1][(1, 2)]
