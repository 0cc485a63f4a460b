a[b if c else d : e]
a[lambda: 1:]
