#!/usr/bin/env python3
"""gen_incomplete.py writes incomplete.json: REPL inputs (lines joined with "\\n", as
code.InteractiveConsole joins them) and whether CPython's codeop.compile_command asks for
more input. Inputs whose compilation fails are recorded as complete."""
import codeop, json, warnings

warnings.simplefilter("ignore")
INPUTS = [
    "x = 1", "x = 1\n", "if x:", "if x:\n    y", "if x:\n    y\n", "if x: pass", "if x: pass\n",
    "def f(): pass", "for i in x: print(i)", "x = (1,", "x = (1,\n 2)", "x = '''abc",
    "x = '''abc\ndef'''", "x = 1 + \\", "@dec", "@dec\ndef f(): pass",
    "class A:\n  def f(self):\n    pass\n", "x = )", "match x:", "async def f():",
    "while True:\n    pass\n  ", "if x:\n  y\nelse:", "try:\n  x\nexcept E:\n  y", "", "# c",
    "x = \"abc", "if x:\n    y\n    ", "with a:\n  pass\n\n", "lambda: (yield)", "x = [\n",
    "async with a:", "async for x in y:", "while x:", "print(f'{x}')", "x = f'''{",
    "d = {\n  'a': 1,", "d = {\n  'a': 1,\n}", "class A: pass", "x = 1 if y else \\",
    "if x:\n    y = (1,\n", "try:", "async def f():\n    await g()",
]
res = []
for s in INPUTS:
    try:
        r = codeop.compile_command(s, "<input>", "single")
        res.append([s, r is None])
    except (SyntaxError, ValueError, OverflowError):
        res.append([s, False])
with open("incomplete.json", "w") as f:
    f.write("[\n" + ",\n".join(json.dumps(x, ensure_ascii=False) for x in res) + "\n]\n")
