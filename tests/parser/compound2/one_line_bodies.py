if a: b; c
while a: break
for a in b: continue
with a: pass
try: pass
except: pass
class A: x = 1; y = 2
def f(): return 1;
