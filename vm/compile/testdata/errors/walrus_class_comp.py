class C:
    y = [(z := i) for i in range(3)]
