f(x=1, from=1)
