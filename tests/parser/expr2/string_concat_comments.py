x = ("a"  # one
     "b"  # two
     f"{c}"
     "d")
