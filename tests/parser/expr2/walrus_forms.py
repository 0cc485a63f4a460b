if (n := len(a)) > 10:
    pass
[y for x in z if (y := f(x))]
print((x := 1), x)
while (line := f()) != "":
    pass
