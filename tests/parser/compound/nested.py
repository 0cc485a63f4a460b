def f():
    def g():
        class A:
            def h(self):
                if x:
                    for y in z:
                        while w:
                            pass
