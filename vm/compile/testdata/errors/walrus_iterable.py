def f():
    return [i for i in (j := range(3))]
