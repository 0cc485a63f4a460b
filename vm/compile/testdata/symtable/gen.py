#!/usr/bin/env python3
"""gen.py — for each NAME.py here write NAME.sym: every scope of CPython's symbol table
("scope PATH") and its symbols with their resolution, from CPython's symtable module."""
import glob, os, symtable
names = {1: "local", 2: "global_explicit", 3: "global_implicit", 4: "free", 5: "cell"}
here = os.path.dirname(os.path.abspath(__file__))
def walk(t, path, out):
    out.append("scope %s" % path)
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        sc = s._Symbol__scope
        if sc:
            out.append("  %s %s" % (s.get_name(), names[sc]))
    seen = {}
    for ch in t.get_children():
        n = ch.get_name()
        seen[n] = seen.get(n, 0) + 1
        if seen[n] > 1:
            n = "%s#%d" % (n, seen[n])
        walk(ch, path + "/" + n, out)
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen.py":
        continue
    out = []
    walk(symtable.symtable(open(path).read(), os.path.basename(path), "exec"), "top", out)
    open(path[:-3] + ".sym", "w").write("\n".join(out) + "\n")
