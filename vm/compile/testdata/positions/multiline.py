result = compute(
    a,
    b / 0,
)
x = (obj
     .attr
     .method(1,
             2))
y = data[
    key
]
z = (a +
     b *
     c)
if (p <
        q):
    pass
raise ValueError(
    "msg"
)
