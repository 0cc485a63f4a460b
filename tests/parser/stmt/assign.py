a = 1
a = b = c
a.b = 1
a[0] = 1
a, b = 1, 2
(a, b) = c
[a, b] = c
a, = b
