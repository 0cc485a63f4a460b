def f():
    return
    return 1
    return 1, 2
    return *a, b
