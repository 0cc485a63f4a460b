if x:
    # c
