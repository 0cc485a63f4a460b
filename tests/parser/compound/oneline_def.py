def f(): return 1
class A: x = 1; y = 2
