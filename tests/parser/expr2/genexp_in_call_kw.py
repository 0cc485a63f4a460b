f((x for x in y), key=1)
sum(x for x in y)
any(x > 0 for x in y)
