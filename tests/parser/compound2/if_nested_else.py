if a:
    if b:
        pass
    else:
        pass
elif c:
    pass
