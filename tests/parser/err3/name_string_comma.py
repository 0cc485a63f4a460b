f(x"s" y=1)
