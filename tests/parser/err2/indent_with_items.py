with a, b:
x
