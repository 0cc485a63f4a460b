def f():
    while True:
        pass
    with x:
        if y:
            break
