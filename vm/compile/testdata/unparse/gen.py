#!/usr/bin/env python3
"""gen.py — write exprs.want: for each annotation expression of exprs.txt, the string CPython
3.11 stores for it under `from __future__ import annotations`."""
import os
here = os.path.dirname(os.path.abspath(__file__))
out = []
for line in open(os.path.join(here, "exprs.txt"), encoding="utf-8").read().splitlines():
    ns = {}
    exec("from __future__ import annotations\ndef f(x: %s): pass\n" % line, ns)
    out.append(ns["f"].__annotations__["x"])
with open(os.path.join(here, "exprs.want"), "w", encoding="utf-8") as f:
    f.write("\n".join(s.replace("\\", "\\\\").replace("\n", "\\n") for s in out) + "\n")
