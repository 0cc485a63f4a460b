sorted(x, key=lambda t: (t[1], -t[0]), reverse=True)
