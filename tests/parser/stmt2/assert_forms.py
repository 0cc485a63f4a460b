assert x, (y, z)
assert (x, y)
assert not x, "m"
