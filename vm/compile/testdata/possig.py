#!/usr/bin/env python3
"""possig.py FILE... — print, for each file CPython compiles, the source positions of the
operations tracebacks point at (see TestCPythonPositions), code object by code object."""
import dis, sys, types
OPS = {"BINARY_OP", "BINARY_SUBSCR", "LOAD_ATTR", "STORE_ATTR", "STORE_SUBSCR", "LOAD_METHOD",
       "COMPARE_OP", "IS_OP", "CONTAINS_OP", "RAISE_VARARGS", "CALL", "CALL_FUNCTION_EX",
       "FOR_ITER", "GET_ITER", "UNPACK_SEQUENCE", "UNPACK_EX", "IMPORT_NAME", "DELETE_SUBSCR"}
def walk(co, out):
    for ins in dis.get_instructions(co):
        if ins.opname in OPS:
            name = ins.opname
            if name in ("IS_OP", "CONTAINS_OP"): name = "COMPARE_OP"
            if name == "CALL_FUNCTION_EX": name = "CALL"
            p = ins.positions
            out.append("%s: %s %d:%d-%d:%d" % (co.co_qualname, name, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset))
    for k in co.co_consts:
        if isinstance(k, types.CodeType): walk(k, out)
for path in sys.argv[1:]:
    try:
        co = compile(open(path).read(), path, "exec")
    except (SyntaxError, ValueError, UnicodeDecodeError): continue
    out = []
    walk(co, out)
    print("FILE " + path)
    print("\n".join(out))
