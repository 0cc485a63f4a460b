def f(a: int, b: str = "x", *args: int, c: float, **kw: dict) -> bool:
    pass
