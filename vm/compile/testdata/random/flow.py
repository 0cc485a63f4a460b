#!/usr/bin/env python3
"""flow.py SEED — print a random program (expressions, branches, loops, break/continue,
try/except/finally, with) for the differential test of the compiler (TestRandomPrograms)."""
import random, sys
seed = int(sys.argv[1])
R = random.Random(seed)
VARS = ["a", "b", "c", "d"]
def expr(depth=0):
    r = R.random()
    if depth > 3 or r < 0.25:
        return R.choice(VARS + [str(R.randint(-5, 9)), "True", "None" if R.random() < 0.05 else "0", "(1, 2)", "[3]", "'s'"])
    if r < 0.45:
        return "(%s %s %s)" % (expr(depth+1), R.choice(["+", "-", "*", "//", "%", "&", "|", "^", "<<" if R.random() < 0.2 else "+", "/"]), expr(depth+1))
    if r < 0.55:
        return "(%s %s %s)" % (expr(depth+1), R.choice(["<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"]), expr(depth+1))
    if r < 0.6:
        return "(%s < %s <= %s)" % (expr(depth+1), expr(depth+1), expr(depth+1))
    if r < 0.67:
        return "(%s %s %s)" % (expr(depth+1), R.choice(["and", "or"]), expr(depth+1))
    if r < 0.72:
        return "(not %s)" % expr(depth+1)
    if r < 0.77:
        return "(%s if %s else %s)" % (expr(depth+1), expr(depth+1), expr(depth+1))
    if r < 0.82:
        return "[%s for %s in range(%d) if %s]" % (expr(depth+1), R.choice(VARS), R.randint(0, 4), expr(depth+1))
    if r < 0.86:
        return "f(%s)" % expr(depth+1)
    if r < 0.9:
        return "(-%s)" % expr(depth+1)
    if r < 0.94:
        return "len(%s)" % R.choice(["[1, 2]", "'abc'", "(%s,)" % expr(depth+1)])
    return "g(%s, k=%s)" % (expr(depth+1), expr(depth+1))
def stmts(depth, indent):
    out = []
    for _ in range(R.randint(1, 4)):
        r = R.random()
        pad = "    " * indent
        if depth > 2 or r < 0.4:
            v = R.choice(VARS)
            op = R.choice(["=", "+=", "-=", "*=", "|="]) if R.random() < 0.5 else "="
            out.append("%s%s %s %s" % (pad, v, op, expr()))
            out.append("%sout.append(%s)" % (pad, v))
        elif r < 0.5:
            out.append("%sif %s:" % (pad, expr()))
            out += stmts(depth+1, indent+1)
            out.append("%selse:" % pad)
            out += stmts(depth+1, indent+1)
        elif r < 0.6:
            out.append("%sfor %s in range(%d):" % (pad, R.choice(VARS), R.randint(0, 3)))
            out += stmts(depth+1, indent+1)
            if R.random() < 0.3:
                out.append("%s    if %s: break" % (pad, expr()))
            if R.random() < 0.3:
                out.append("%s    if %s: continue" % (pad, expr()))
        elif r < 0.7:
            out.append("%stry:" % pad)
            out += stmts(depth+1, indent+1)
            out.append("%sexcept (TypeError, ZeroDivisionError, ValueError) as e:" % pad)
            out.append("%s    out.append(type(e).__name__)" % pad)
            if R.random() < 0.5:
                out.append("%sfinally:" % pad)
                out.append("%s    out.append('fin')" % pad)
        elif r < 0.8:
            out.append("%swith CM() as cm:" % pad)
            out += stmts(depth+1, indent+1)
        elif r < 0.9:
            out.append("%swhile %s:" % (pad, "n < 3"))
            out.append("%s    n += 1" % pad)
            out += stmts(depth+1, indent+1)
        else:
            out.append("%sout.append(h(%s))" % (pad, expr()))
    return out
prog = ["out = []", "a, b, c, d = 1, 2, 3, 4", "n = 0",
        "def f(x):\n    return x * 2 if isinstance(x, int) else x",
        "def g(x, k=0):\n    return (x, k)",
        "def h(x):\n    try:\n        return x + 1\n    except TypeError:\n        return 'te'\n    finally:\n        out.append('hf')",
        "class CM:\n    def __enter__(self):\n        out.append('enter')\n        return 1\n    def __exit__(self, *e):\n        out.append(('exit', e[0] is not None))\n        return True",
        "def main():\n    global a, b, c, d, n"]
body = stmts(0, 1)
prog += body
prog.append("try:\n    main()\nexcept Exception as e:\n    out.append(('top', type(e).__name__))")
prog.append("print(out)")
print("\n".join(prog))
