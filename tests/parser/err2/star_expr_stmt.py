*a, *b
