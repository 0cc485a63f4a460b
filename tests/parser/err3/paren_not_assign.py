if (not a) = (b):
    pass
