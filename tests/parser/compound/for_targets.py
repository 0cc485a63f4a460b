for a, b in c: pass
for (a, b) in c: pass
for [a, *b] in c: pass
for a.b in c: pass
for a[0] in c: pass
for x, in y: pass
for x in *a, b: pass
