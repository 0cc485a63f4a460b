def f():
    global a, b, c
    a = 1
def g():
    x = 1
    def h():
        nonlocal x
        x = 2
