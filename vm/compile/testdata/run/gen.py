#!/usr/bin/env python3
"""gen.py — write NAME.out (CPython's stdout) for each NAME.py here."""
import glob, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen.py":
        continue
    r = subprocess.run([sys.executable, os.path.basename(path)], cwd=here, capture_output=True, text=True)
    open(path[:-3] + ".out", "w").write(r.stdout)
