#!/usr/bin/env python3
"""gen.py — write NAME.warn for each NAME.py here: CPython's compile-time SyntaxWarnings,
one "line: message" a line."""
import glob, os, warnings
here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen.py":
        continue
    with open(path) as f:
        src = f.read()
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        compile(src, os.path.basename(path), "exec")
    with open(path[:-3] + ".warn", "w") as f:
        for w in ws:
            if issubclass(w.category, SyntaxWarning):
                f.write("%d: %s\n" % (w.lineno, w.message))
