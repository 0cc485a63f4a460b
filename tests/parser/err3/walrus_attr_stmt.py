self.x := f()
