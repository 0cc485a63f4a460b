#!/usr/bin/env python3
"""scopes.py SEED — print a random program (closures, global/nonlocal, walrus, lambdas,
comprehensions, generators and yield from, super) for TestRandomPrograms."""
import random, sys
R = random.Random(int(sys.argv[1]))
V = ["x", "y", "z"]
def e(d=0):
    r = R.random()
    if d > 2 or r < 0.3:
        return R.choice(V + [str(R.randint(0, 5))])
    if r < 0.5:
        return "(%s %s %s)" % (e(d+1), R.choice("+-*"), e(d+1))
    if r < 0.6:
        return "(%s := %s)" % (R.choice(V), e(d+1))
    if r < 0.7:
        return "sum(%s for %s in range(%s))" % (e(d+1), R.choice(V), R.randint(0, 3))
    if r < 0.8:
        return "(lambda %s=%s: %s)()" % (R.choice(V), e(d+1), e(d+1))
    if r < 0.9:
        return "[*range(%d), %s][-1]" % (R.randint(0, 3), e(d+1))
    return "{%s: %s for %s in range(2)}.get(1, 0)" % (R.choice(V), e(d+1), R.choice(V))
def block(d, ind, in_loop=False, in_gen=False):
    pad = "    " * ind
    out = []
    for _ in range(R.randint(1, 4)):
        r = R.random()
        if d > 2 or r < 0.35:
            out.append("%s%s = %s" % (pad, R.choice(V), e()))
            out.append("%slog(%s)" % (pad, R.choice(V)))
        elif r < 0.45:
            name = "fn%d" % R.randint(0, 99)
            out.append("%sdef %s():" % (pad, name))
            v = R.choice(V)
            if R.random() < 0.5:
                out.append("%s    nonlocal %s" % (pad, v) if ind > 1 else "%s    global %s" % (pad, v))
            out += block(d+1, ind+1)
            out.append("%s    return %s" % (pad, e()))
            out.append("%slog(%s())" % (pad, name))
        elif r < 0.55:
            out.append("%sfor %s, *%s in [(1, 2, 3), (4,)]:" % (pad, R.choice(V), "rest"))
            out += block(d+1, ind+1, True)
            out.append("%s    log(rest)" % pad)
        elif r < 0.65 and in_loop:
            out.append("%sif %s %% 2: %s" % (pad, e(), R.choice(["break", "continue"])))
        elif r < 0.75:
            out.append("%stry:" % pad)
            out += block(d+1, ind+1, in_loop)
            out.append("%s    if %s > 3: raise KeyError(%s)" % (pad, e(), e()))
            out.append("%sexcept KeyError as err:" % pad)
            out.append("%s    log('ke', err)" % pad)
            out.append("%selse:" % pad)
            out.append("%s    log('else')" % pad)
            out.append("%sfinally:" % pad)
            out.append("%s    log('finally')" % pad)
        elif r < 0.85:
            out.append("%sdef gen():" % pad)
            out.append("%s    for i in range(3):" % pad)
            out.append("%s        got = yield %s" % (pad, e()))
            out.append("%s        log('got', got)" % pad)
            out.append("%s    return 'done'" % pad)
            out.append("%sg = gen()" % pad)
            out.append("%slog(next(g), g.send(1))" % pad)
            out.append("%sdef outer():" % pad)
            out.append("%s    r = yield from gen()" % pad)
            out.append("%s    log('r', r)" % pad)
            out.append("%slog(list(outer()))" % pad)
        else:
            out.append("%sclass K%d(Base):" % (pad, d))
            out.append("%s    attr = %s" % (pad, e()))
            out.append("%s    def m(self):" % pad)
            out.append("%s        return super().m() + [self.attr]" % pad)
            out.append("%slog(K%d().m())" % (pad, d))
    return out
prog = ["LOG = []", "def log(*a):\n    LOG.append(a)", "x, y, z = 1, 2, 3",
        "class Base:\n    def m(self):\n        return ['base']", "def main():", "    x = y = z = 0"]
prog += block(0, 1)
prog += ["    return x, y, z", "try:\n    log(main())\nexcept Exception as exc:\n    log('top', type(exc).__name__, str(exc))", "for entry in LOG:\n    print(*entry)"]
print("\n".join(prog))
