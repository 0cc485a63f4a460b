...
None
x
"doc"
f"x"
1 + 2
(yield)
