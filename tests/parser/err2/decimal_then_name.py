x = 3in [1]
