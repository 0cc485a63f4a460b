(a := 1)
f(a := 1)
[y := 1, y**2]
if (n := len(a)) > 10: pass
while chunk := f(): pass
x[a := 1]
