[x for x in y]
[x for x in y if x if z for w in x]
