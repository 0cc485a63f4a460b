#!/usr/bin/env python3
"""gen.py — write exprs.want: for each line of exprs.txt, CPython's value as "type value"
(floats as hex, complex as two hex floats), or "error" when evaluating raises."""
import os
here = os.path.dirname(os.path.abspath(__file__))
def fmt(v):
    if isinstance(v, bool): return "bool %r" % v
    if isinstance(v, int): return "int %d" % v
    if isinstance(v, float): return "float %s" % v.hex()
    if isinstance(v, complex): return "complex %s %s" % (v.real.hex(), v.imag.hex())
    if isinstance(v, str): return "str %r" % v
    if isinstance(v, tuple): return "tuple " + ", ".join(fmt(x) for x in v)
    return "other"
out = []
for line in open(os.path.join(here, "exprs.txt")):
    line = line.strip()
    try:
        out.append(fmt(eval(line)))
    except Exception:
        out.append("error")
open(os.path.join(here, "exprs.want"), "w").write("\n".join(out) + "\n")
