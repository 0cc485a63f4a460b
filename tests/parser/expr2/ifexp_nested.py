a = b if c else d if e else f
g = (b if c else d) if e else f
h = lambda: b if c else d
