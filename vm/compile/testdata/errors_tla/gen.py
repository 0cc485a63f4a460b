#!/usr/bin/env python3
"""gen.py — as ../errors/gen.py, compiling with PyCF_ALLOW_TOP_LEVEL_AWAIT (aio's
compile.Options.TopLevelAwait)."""
import ast, glob, os
here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen.py":
        continue
    src = open(path, encoding="utf-8").read()
    try:
        compile(src, os.path.basename(path), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        out = "ok"
    except SyntaxError as e:
        out = "%s: %s (line %d, col %d)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    with open(path[:-3] + ".err", "w") as f:
        f.write(out + "\n")
