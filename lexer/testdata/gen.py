#!/usr/bin/env python3
"""gen.py FILE... rewrites the expected token streams of the test cases in FILE using
CPython (3.11) itself: the tokenize module for valid input, compile() for errors.

A case is:
    === NAME [noeol] [manual] [tail]
    source lines
    ---
    expected tokens (L:C Type "value"), one per line
Cases marked "err" are compiled to get CPython's error; cases marked "manual" keep their hand-written expectations (f-strings: 3.11's tokenize
module does not split them). "noeol" drops the source's final line break. For errors only
the Error token and EOF are generated, after a "..." line (the test compares the tail).
"""
import io, keyword, sys, tokenize, warnings

warnings.simplefilter("ignore")

def parse_cases(text):
    cases, cur, part = [], None, None
    head = []
    for line in text.splitlines(keepends=True):
        if line.startswith("=== "):
            cur = {"header": line, "src": [], "exp": []}
            cases.append(cur)
            part = "src"
            continue
        if cur is None:
            head.append(line)
            continue
        if part == "src" and line.rstrip("\n") == "---":
            part = "exp"
            continue
        cur[part].append(line)
    return head, cases

def source(case):
    src = "".join(case["src"])
    if "noeol" in case["header"].split()[2:]:
        src = src[:-1] if src.endswith("\n") else src
    return src

def bytecol(line, col):
    return len(line[:col].encode()) + 1

def q(s):
    # Go-compatible quoting (strconv.Quote) for the values used in tests.
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ch == '\r': out.append('\\r')
        elif ch == '\f': out.append('\\f')
        elif ch == '\v': out.append('\\v')
        elif o < 0x20 or o == 0x7f: out.append('\\x%02x' % o)
        elif ch.isprintable(): out.append(ch)
        elif o < 0x10000: out.append('\\u%04x' % o)
        else: out.append('\\U%08x' % o)
    out.append('"')
    return "".join(out)

def expected(src, err):
    try:
        if err:
            compile(src, "<test>", "exec", dont_inherit=True)
    except SyntaxError as e:
        lines = src.splitlines(keepends=True)
        line = lines[e.lineno - 1] if e.lineno and e.lineno <= len(lines) else ""
        off = e.offset or 1
        col = bytecol(line, off - 1) if off >= 1 else 0
        msg = "%s: %s" % (type(e).__name__, e.msg)
        return ["...", "%d:%d Error %s" % (e.lineno, col, q(msg)), "%d:%d EOF" % (e.lineno, col)]
    out = []
    lines = src.splitlines(keepends=True)
    comment = None
    for t in tokenize.generate_tokens(io.StringIO(src, newline="").readline):
        ln, c = t.start
        if t.type == tokenize.COMMENT:
            comment = t.start
        elif t.type == tokenize.NEWLINE and comment and comment[0] == ln:
            # CPython's NEWLINE token starts at the comment before it.
            ln, c = comment
        if t.type != tokenize.COMMENT:
            comment = None
        line = lines[ln - 1] if ln <= len(lines) else ""
        pos = "%d:%d" % (ln, bytecol(line, c))
        if t.type in (tokenize.NL, tokenize.COMMENT):
            continue
        if t.type == tokenize.NAME:
            out.append("%s %s %s" % (pos, "Keyword" if keyword.iskeyword(t.string) else "Name", q(t.string)))
        elif t.type == tokenize.NUMBER:
            out.append("%s Number %s" % (pos, q(t.string)))
        elif t.type == tokenize.STRING:
            out.append("%s String %s" % (pos, q(t.string)))
        elif t.type == tokenize.OP:
            out.append("%s Op %s" % (pos, q(t.string)))
        elif t.type == tokenize.NEWLINE:
            out.append("%s Newline" % pos)
        elif t.type == tokenize.INDENT:
            out.append("%s Indent" % pos)
        elif t.type == tokenize.DEDENT:
            out.append("%s Dedent" % pos)
        elif t.type == tokenize.ENDMARKER:
            out.append("%s EOF" % pos)
        else:
            out.append("%s ?%s %s" % (pos, tokenize.tok_name[t.type], q(t.string)))
    return out

def main():
    for path in sys.argv[1:]:
        head, cases = parse_cases(open(path, encoding="utf-8", newline="").read())
        res = ["".join(head)]
        for c in cases:
            flags = c["header"].split()[2:]
            res.append(c["header"])
            res.append("".join(c["src"]))
            res.append("---\n")
            if "manual" in flags:
                res.append("".join(c["exp"]))
            else:
                res.append("\n".join(expected(source(c), "err" in flags)) + "\n\n")
        text = "".join(res)
        text = text.rstrip("\n") + "\n"
        open(path, "w", encoding="utf-8", newline="").write(text)

main()
