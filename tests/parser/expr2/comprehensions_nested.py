[[y for y in x if y] for x in z if x for w in x]
{k: [v for v in vs] for k, vs in d.items()}
{x for x in (y for y in z)}
[x if x else y for x in z]
[(a, b) for a in x for b in y if a != b]
