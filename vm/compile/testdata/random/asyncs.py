#!/usr/bin/env python3
"""asyncs.py SEED — print a random asyncio program (awaits, async with, async for over async
generators, try/finally, gather, tasks with sleep(0) hops) for TestRandomPrograms."""
import random, sys
R = random.Random(int(sys.argv[1]))
def e(d=0):
    r = R.random()
    if d > 2 or r < 0.4:
        return R.choice(["x", "y", str(R.randint(0, 4))])
    if r < 0.6:
        return "(%s %s %s)" % (e(d + 1), R.choice("+-*"), e(d + 1))
    if r < 0.75:
        return "(await co%d(%s))" % (R.randint(0, 2), e(d + 1))
    if r < 0.85:
        return "sum([v async for v in agen(%d)])" % R.randint(0, 3)
    return "(await asyncio.gather(co0(%s), co1(%s)))[1]" % (e(d + 1), e(d + 1))
def block(d, ind, in_afor=False):
    pad = "    " * ind
    out = []
    for _ in range(R.randint(1, 4)):
        r = R.random()
        if d > 2 or r < 0.35:
            out.append("%s%s = %s" % (pad, R.choice(["x", "y"]), e()))
            out.append("%slog(x, y)" % pad)
        elif r < 0.45:
            out.append("%sasync with ACM(%d) as m:" % (pad, R.randint(0, 9)))
            out += block(d + 1, ind + 1, in_afor)
            if R.random() < 0.3 and not in_afor:
                # (not inside async for: CPython finalizes the abandoned async generator
                # when it is garbage collected, at a moment aio does not reproduce)
                out.append("%s    raise ValueError(m)" % pad)
        elif r < 0.55:
            out.append("%sasync for v in agen(%d):" % (pad, R.randint(0, 4)))
            out.append("%s    if v == %d: continue" % (pad, R.randint(0, 3)))
            out += block(d + 1, ind + 1, True)
        elif r < 0.65:
            out.append("%stry:" % pad)
            out += block(d + 1, ind + 1, in_afor)
            out.append("%s    await asyncio.sleep(0)" % pad)
            out.append("%sexcept ValueError as err:" % pad)
            out.append("%s    log('caught', err)" % pad)
            out.append("%sfinally:" % pad)
            out.append("%s    log('finally')" % pad)
        elif r < 0.75:
            out.append("%st = asyncio.create_task(co%d(%s))" % (pad, R.randint(0, 2), e()))
            out.append("%sawait asyncio.sleep(0)" % pad)
            out.append("%slog('task', await t)" % pad)
        elif r < 0.85:
            out.append("%sfor i in range(%d):" % (pad, R.randint(0, 3)))
            out += block(d + 1, ind + 1, in_afor)
            out.append("%s    if i == 1: continue" % pad)
        else:
            out.append("%slog([await co0(i) for i in range(%d)], {await co1(k): k async for k in agen(2)})" % (pad, R.randint(0, 3)))
    return out
prog = ["import asyncio", "LOG = []", "def log(*a):\n    LOG.append(a)",
        "async def co0(v):\n    await asyncio.sleep(0)\n    return v",
        "async def co1(v):\n    log('co1', v)\n    return v + 1",
        "async def co2(v):\n    try:\n        return await co0(v) * 2\n    finally:\n        log('co2 done')",
        "async def agen(n):\n    try:\n        for i in range(n):\n            yield i\n            await asyncio.sleep(0)\n    finally:\n        log('agen closed', n)",
        "class ACM:\n    def __init__(self, k):\n        self.k = k\n    async def __aenter__(self):\n        log('enter', self.k)\n        return self.k\n    async def __aexit__(self, t, v, tb):\n        await asyncio.sleep(0)\n        log('exit', self.k, t.__name__ if t else None)\n        return self.k % 2 == 0",
        "async def main():", "    x = y = 1"]
prog += block(0, 1)
prog += ["    return x, y", "try:\n    log(asyncio.run(main()))\nexcept Exception as exc:\n    log('top', type(exc).__name__, str(exc))", "for entry in LOG:\n    print(*entry)"]
print("\n".join(prog))
