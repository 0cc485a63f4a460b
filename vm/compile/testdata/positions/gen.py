#!/usr/bin/env python3
"""gen.py — for each NAME.py here write NAME.pos: for every code object (depth first), the
operations that can raise and whose position tracebacks show, with CPython 3.11's start line
and column. Comparisons (COMPARE_OP, IS_OP, CONTAINS_OP) are all written COMPARE_OP, calls CALL."""
import dis, glob, os, types
OPS = {"BINARY_OP", "BINARY_SUBSCR", "LOAD_ATTR", "STORE_ATTR", "STORE_SUBSCR", "LOAD_METHOD",
       "COMPARE_OP", "IS_OP", "CONTAINS_OP", "RAISE_VARARGS", "CALL", "CALL_FUNCTION_EX",
       "FOR_ITER", "GET_ITER", "UNPACK_SEQUENCE", "UNPACK_EX", "IMPORT_NAME", "DELETE_SUBSCR"}
here = os.path.dirname(os.path.abspath(__file__))
def walk(co, out):
    for ins in dis.get_instructions(co):
        if ins.opname in OPS:
            name = ins.opname
            if name in ("IS_OP", "CONTAINS_OP"):
                name = "COMPARE_OP"
            if name == "CALL_FUNCTION_EX":
                name = "CALL"
            p = ins.positions
            out.append("%s: %s %d:%d-%d:%d" % (co.co_qualname, name, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset))
    for k in co.co_consts:
        if isinstance(k, types.CodeType):
            walk(k, out)
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    if os.path.basename(path) == "gen.py":
        continue
    out = []
    walk(compile(open(path).read(), os.path.basename(path), "exec"), out)
    open(path[:-3] + ".pos", "w").write("\n".join(out) + "\n")
