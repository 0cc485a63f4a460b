a.def = 1
