package vm_test

import "testing"

// BenchmarkAttrLoad measures reading instance attributes (LOAD_ATTR on self and on
// another instance).
func BenchmarkAttrLoad(b *testing.B) {
	benchProgram(b, `
class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

def bench(n):
    v = V(1, 2, 3)
    w = V(4, 5, 6)
    t = 0
    for i in range(n):
        t += v.x + w.y + v.z
    return t
`)
}

// BenchmarkAttrStore measures assigning existing instance attributes (STORE_ATTR).
func BenchmarkAttrStore(b *testing.B) {
	benchProgram(b, `
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def bench(n):
    v = V(1, 2)
    for i in range(n):
        v.x = i
        v.y = i
    return v.x
`)
}
