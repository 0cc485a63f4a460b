#!/usr/bin/env python3
"""gen.py — write NAME.out for each NAME.py here: its stdout under CPython, run by pyref (the
shared tool that gives CPython aio's virtual clock and top-level await), found through $PYREF
or at /work/shared/tools/pyref."""
import glob, os, subprocess
here = os.path.dirname(os.path.abspath(__file__))
pyref = os.environ.get("PYREF", "/work/shared/tools/pyref")
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen.py":
        continue
    r = subprocess.run([pyref, os.path.abspath(path)], cwd=here, capture_output=True, text=True)
    with open(path[:-3] + ".out", "w") as f:
        f.write(r.stdout)
