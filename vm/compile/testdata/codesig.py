#!/usr/bin/env python3
"""codesig.py FILE... — print, for each file CPython compiles, a line per code object (depth
first): qualname|name|firstlineno|argcount,posonly,kwonly|flags|varnames|cellvars|freevars.
Used by TestCodeSignatures to compare aio's code objects with CPython's."""
import sys, types
def flags(co):
    f = co.co_flags
    out = []
    for bit, name in [(0x20, "gen"), (0x80, "coro"), (0x200, "agen"), (0x4, "varargs"), (0x8, "varkw")]:
        if f & bit: out.append(name)
    return ",".join(out)
def walk(co, out):
    out.append("%s|%s|%d|%d,%d,%d|%s|%s|%s|%s" % (co.co_qualname, co.co_name, co.co_firstlineno,
        co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, flags(co),
        " ".join(co.co_varnames), " ".join(sorted(co.co_cellvars)), " ".join(sorted(co.co_freevars))))
    for k in co.co_consts:
        if isinstance(k, types.CodeType):
            walk(k, out)
for path in sys.argv[1:]:
    try:
        src = open(path, encoding="utf-8").read()
        co = compile(src, path, "exec")
    except (SyntaxError, ValueError, UnicodeDecodeError):
        continue
    out = []
    walk(co, out)
    print("FILE " + path)
    print("\n".join(out))
