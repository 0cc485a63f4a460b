x = a if f(b else c
