#!/usr/bin/env python3
"""Regenerate parser/testdata/*.want from CPython 3.11 for every tests/parser/**/*.py.

Run from the repository root:  python3 parser/testdata/gen.py
Each .want file holds either ast.dump(ast.parse(src)) or, for a syntax error,
"Kind: msg" on the first line and "line L col C" on the second (CPython's lineno/offset).
"""
import ast
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "tests", "parser")
OUT = os.path.join(ROOT, "parser", "testdata")


def want(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        return ast.dump(ast.parse(src, filename=path)) + "\n"
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg}\nline {e.lineno} col {e.offset}\n"


def main():
    n = 0
    for dirpath, _, files in os.walk(SRC):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, SRC)
            out = os.path.join(OUT, rel[:-3] + ".want")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w") as f:
                f.write(want(path))
            n += 1
    print(f"{n} expectations written", file=sys.stderr)


if __name__ == "__main__":
    main()
