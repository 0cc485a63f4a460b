def f():
    """Doc."""
    return 1

class A:
    "doc"
