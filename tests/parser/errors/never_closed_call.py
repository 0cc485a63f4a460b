print("a"

