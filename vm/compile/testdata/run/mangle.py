__hidden = "module hidden"
class A:
    __x = 1
    _A__y = 2
    def get(self):
        return self.__x, self._A__y, A.__dict__.get("_A__x")
    def glob(self):
        try:
            return __hidden
        except NameError as e:
            return str(e)
    def setter(self):
        self.__z = 3
        return sorted(k for k in vars(self))
    def kw(self, **kw):
        return kw
    def call_kw(self):
        return self.kw(__secret=1)
    class __Inner:
        pass
    def inner_name(self):
        return self.__Inner.__name__
    def lam(self):
        f = lambda __q=5: __q
        return f()
    def comp(self):
        return [self.__x for _ in range(2)]
class B(A):
    def get_b(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
print(A().get(), A().glob(), A().setter(), A().call_kw(), A().inner_name(), A().lam(), A().comp())
print(B().get_b())
class G:
    global gvar
    gvar = "set in class"
print(gvar)
def outer():
    v = 1
    class K:
        def m(self):
            nonlocal v
            v += 10
            return v
    K().m()
    return v
print(outer())
class _Under:
    __n = "under"
    def g(self):
        return self.__n
print(_Under().g(), [k for k in vars(_Under) if "n" in k and k.startswith("_")])
