package vm

import (
	"testing"

	"github.com/aiolang/aio/vm/code"
	"github.com/aiolang/aio/vm/compile"
)

// TestOwnership checks which local slots of a function own their boxes (owned.go) and
// how the quickener marks their loads and stores.
func TestOwnership(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		owned     []string // the owned slots
		disowning []string // the slots loaded by an opLoadFastDisown
	}{
		{"accumulator", "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n",
			[]string{"t", "i"}, []string{"t"}},
		{"accumulator awaited", "async def f(n):\n    t = 0\n    for i in range(n):\n        t += await g(i)\n    print(t)\n",
			[]string{"t"}, []string{"t"}},
		{"loop variable kept", "def f(xs):\n    out = []\n    for x in xs:\n        out.append(x)\n    return out\n",
			nil, nil},
		{"loop variable used after the loop", "def f(n):\n    for i in range(n):\n        i * 2\n    return i\n",
			nil, nil},
		{"loop variable compared", "def f(n):\n    c = 0\n    for i in range(n):\n        if i % 3 == 0:\n            c += 1\n    return c\n",
			[]string{"c", "i"}, []string{"c"}},
		{"generator", "def f(n):\n    for i in range(n):\n        yield i\n",
			[]string{"i"}, nil},
		{"generator accumulator", "def f(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n",
			[]string{"i"}, nil},
		{"async for", "async def f(g):\n    t = 0\n    async for x in g:\n        t += x\n    return t\n",
			[]string{"t", "x"}, []string{"t"}},
		{"attribute of the item", "def f(xs):\n    for x in xs:\n        x.real + 1\n",
			nil, nil},
	} {
		vc, err := Compile("t.aio", []byte(tc.src), compile.Options{TopLevelAwait: true})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var c *code.Code
		for _, k := range vc.Code.Consts {
			if cc, ok := k.(*code.Code); ok {
				c = cc
			}
		}
		o := ownershipOf(c)
		var owned []string
		for i, name := range c.VarNames {
			if o.isSlot(uint32(i)) {
				owned = append(owned, name)
			}
		}
		disowning := map[string]bool{}
		for _, in := range quicken(c) {
			if in.Op() == opLoadFastDisown {
				disowning[c.VarNames[in.Arg()]] = true
			}
		}
		if !sameNames(owned, tc.owned) {
			t.Errorf("%s: owned slots %v, want %v", tc.name, owned, tc.owned)
		}
		if len(disowning) != len(tc.disowning) {
			t.Errorf("%s: disowning loads of %v, want %v", tc.name, disowning, tc.disowning)
		}
		for _, name := range tc.disowning {
			if !disowning[name] {
				t.Errorf("%s: no disowning load of %s (%v)", tc.name, name, disowning)
			}
		}
	}
}

// sameNames reports whether a and b hold the same names, in any order.
func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]bool{}
	for _, x := range a {
		seen[x] = true
	}
	for _, x := range b {
		if !seen[x] {
			return false
		}
	}
	return true
}
