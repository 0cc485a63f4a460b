if h[8:12 == 1:
    pass
