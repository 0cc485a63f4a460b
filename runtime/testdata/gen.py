# Generates the expectation files of the runtime tests with CPython 3.11:
#   python3 gen.py
# Operands are encoded as TAG:TEXT (i int, f float, s JSON str, b bool, n None, c complex).
import json, math, operator

def enc(v):
    if isinstance(v, bool): return "b:" + str(v)
    if v is None: return "n:"
    if isinstance(v, int): return "i:" + str(v)
    if isinstance(v, float): return "f:" + repr(v)
    if isinstance(v, complex): return "c:%r,%r" % (v.real, v.imag)
    if isinstance(v, str): return "s:" + json.dumps(v)
    raise TypeError(v)

def res(f):
    try:
        return repr(f())
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)

ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "<<": operator.lshift,
       ">>": operator.rshift, "&": operator.and_, "|": operator.or_, "^": operator.xor}
vals = [0, 1, -1, 7, -7, 3, 2**62, -2**63, 2**64 + 3, -(2**70), 0.5, -2.5, 1e308, 0.0, -0.0,
        float("inf"), float("nan"), True, False, "ab", None, 2j, 1.5 + 2j]
with open("arith.txt", "w") as out:
    for a in vals:
        for b in vals:
            for sym, f in ops.items():
                if sym == "**" and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 1000:
                    continue
                if sym == "<<" and isinstance(b, int) and b > 1000:
                    continue
                if sym == "*" and isinstance(a, str) and isinstance(b, int) and b > 100:
                    continue
                if sym == "*" and isinstance(b, str) and isinstance(a, int) and a > 100:
                    continue
                out.write("%s\t%s\t%s\t%s\n" % (enc(a), sym, enc(b), res(lambda: f(a, b))))

cmps = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne, ">": operator.gt, ">=": operator.ge}
cvals = [0, 1, -1, 2**64, 0.5, 1.0, float("nan"), float("inf"), True, "a", "b", "", None, 1j, 2**53 + 1, float(2**53)]
with open("compare.txt", "w") as out:
    for a in cvals:
        for b in cvals:
            for sym, f in cmps.items():
                out.write("%s\t%s\t%s\t%s\n" % (enc(a), sym, enc(b), res(lambda: f(a, b))))

fvals = [0, 1, -42, 1234567, 2**70, 3.14159, -0.0, 1e16, 1e-7, 123456.789, float("inf"), float("nan"), "abc", "héllo", True, 1 + 2j]
specs = ["", "10", "<10", ">10", "^10", "*^11", "=+10", "+", " ", "-", "010", ",", "_", ".2", ".0", "10.3f", ".3e",
         "E", "g", ".3g", "G", "%", ".1%", "x", "#x", "X", "#o", "b", "#b", "_b", "c", "d", "n", "s", ".2s", "#010x",
         ",.2f", "015,.2f", "z.1f", "#.0f", "#g", ".10g", "e", "08.3f", ",d", "x<8", "\u00e9>6"]
with open("format.txt", "w") as out:
    for v in fvals:
        for s in specs:
            out.write("%s\t%s\t%s\n" % (enc(v), json.dumps(s), res(lambda: format(v, s))))

rvals = [0, -5, 2**100, -2**100, 0.1 + 0.2, 1e16, 1e22, 1.5e-10, 123.0, float("inf"), -float("inf"), float("nan"),
         -0.0, "a'b", 'a"b', "a'\"b", "\n\t\\", "\x00\x7f\u00e9\u2028\U0001F600", True, None, 1j, -1.5 - 0j, complex(0, -0.0),
         2**62 * 4]
with open("repr.txt", "w") as out:
    for v in rvals:
        out.write("%s\t%s\t%s\n" % (enc(v), res(lambda: repr(v)), res(lambda: str(v))))

pvals = [("%s", ("a",)), ("%d", (42,)), ("%5.2f|%-5d|%05d", (3.14159, 42, -42)), ("%x %X %#x %#o", (255, 255, 255, 8)),
         ("%c%c", (65, "b")), ("%r", ("a",)), ("%.3s", ("abcdef",)), ("%+d % d", (5, 5)), ("%e %g %G", (12345.678, 0.0001, 1e-10)),
         ("%i%%", (7,)), ("%d", ("x",)), ("%s %s", (1,)), ("%s", (1, 2)), ("%d", (1.5,)), ("%x", (1.5,)), ("%z", (1,)),
         ("%*d|%-*d", (5, 1, 4, 2)), ("%.*f", (2, 3.14159)), ("%s", (None,)), ("%10.4s|", ("abcdefgh",)), ("%o", (-8,)),
         ("%5s|%-5s|", ("ab", "cd")), ("%.0f %.0f", (0.5, 1.5)), ("%g", (100000.0,)), ("%g", (1000000.0,)), ("%#g", (1.0,))]
with open("percent.txt", "w") as out:
    for f, a in pvals:
        out.write("%s\t%s\t%s\n" % (json.dumps(f), "\x1f".join(enc(x) for x in a), res(lambda: f % a)))
