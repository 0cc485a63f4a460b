from __future__ import annotations
async def f():
    y: await g() = 1
