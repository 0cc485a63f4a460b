#!/usr/bin/env python3
"""gen.py — write NAME.err for each NAME.py here with CPython's compile error:
"Kind: message (line L, col C)", or "ok" when CPython compiles it."""
import glob, os, sys
here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen.py":
        continue
    src = open(path, encoding="utf-8").read()
    try:
        compile(src, os.path.basename(path), "exec")
        out = "ok"
    except SyntaxError as e:
        out = "%s: %s (line %d, col %d)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    with open(path[:-3] + ".err", "w") as f:
        f.write(out + "\n")

# NAME.disp: the last three lines CPython prints for the uncaught error (source line, carets,
# message), as `python3 NAME.py` shows them.
import subprocess, sys
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen.py":
        continue
    r = subprocess.run([sys.executable, os.path.basename(path)], cwd=here, capture_output=True, text=True)
    lines = r.stderr.rstrip("\n").split("\n")
    if "Error" in lines[-1] and len(lines) >= 3:
        with open(path[:-3] + ".disp", "w") as f:
            f.write("\n".join(lines[-3:]) + "\n")
