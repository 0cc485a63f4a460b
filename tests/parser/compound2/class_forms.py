class A(*bases, **kw): pass
class B(object, metaclass=M): pass
class C:
    """doc"""
class D:
    ...
