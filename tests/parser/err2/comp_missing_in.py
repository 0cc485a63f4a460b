[x for y]
