#!/usr/bin/env python3
"""driver.py N — for seeds 1..N of each generator here (flow.py, scopes.py, asyncs.py), print the random
program and CPython's result: its stdout, "SyntaxError: msg" when it does not compile, or
"SKIP" when an exception escapes it.
Blocks are "=== NAME SEED", the program, "=== output", the result (TestRandomPrograms)."""
import contextlib, io, os, subprocess, sys, warnings
here = os.path.dirname(os.path.abspath(__file__))
n = int(sys.argv[1])
warnings.simplefilter("ignore")
for gen in ("flow", "scopes", "asyncs"):
    ns = {}
    src = open(os.path.join(here, gen + ".py")).read()
    for seed in range(1, n + 1):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            sys.argv = [gen, str(seed)]
            exec(compile(src, gen + ".py", "exec"), {"__name__": "__main__"})
        prog = buf.getvalue()
        out = io.StringIO()
        try:
            code = compile(prog, "prog.py", "exec")
        except SyntaxError as e:
            result = "SyntaxError: %s\n" % e.msg
        else:
            try:
                with contextlib.redirect_stdout(out):
                    exec(code, {"__name__": "__main__"})
                result = out.getvalue()
            except Exception:
                result = "SKIP\n"  # escaped the program (e.g. printing a huge int)
        sys.stdout.write("=== %s %d\n%s=== output\n%s" % (gen, seed, prog, result))
