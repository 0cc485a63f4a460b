x = lambda:
