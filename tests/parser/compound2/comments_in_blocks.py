if x:
    # c
    pass
# d
    # e
else:
        # f
    pass
