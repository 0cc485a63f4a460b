exec "a" in d
