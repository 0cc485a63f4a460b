None, True, False
