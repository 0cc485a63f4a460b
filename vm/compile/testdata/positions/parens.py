class P:
    def dist(self, other):
        return ((self.x - other.x) ** 2
                + (self.y - other.y) ** 2) ** 0.5
