package vm

import (
	"io"
	"testing"

	"github.com/aiolang/aio/runtime"
)

// TestStoreAttrCached checks STORE_ATTR's inline cache against the general path: hits
// store by position, and a __setattr__ or a property added to the class later is obeyed.
func TestStoreAttrCached(t *testing.T) {
	in := New(Options{Stdout: io.Discard, Stderr: io.Discard})
	if rc := in.RunString("c.aio", `
class V:
    def __init__(self):
        self.x = 1
        self.y = 2
v = V()
w = V()
`); rc != 0 {
		t.Fatalf("setup failed: exit %d", rc)
	}
	th := in.Thread()
	vv, _ := in.GetGlobal("v")
	ww, _ := in.GetGlobal("w")
	v, w := vv.(*runtime.Object), ww.(*runtime.Object)
	co := &Code{methodCache: make([]methodCacheEntry, 2)}
	get := func(o *runtime.Object, name string) runtime.Value {
		x, err := runtime.GetAttr(th, o, name)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	if !storeAttrCached(co, 0, v, "y", runtime.Int(20)) || !storeAttrCached(co, 0, w, "y", runtime.Int(30)) {
		t.Fatal("store of an existing attribute missed the cache")
	}
	if get(v, "y") != runtime.Int(20) || get(w, "y") != runtime.Int(30) || get(v, "x") != runtime.Int(1) {
		t.Fatalf("wrong values: %v %v %v", get(v, "y"), get(w, "y"), get(v, "x"))
	}
	if storeAttrCached(co, 1, v, "z", runtime.Int(3)) {
		t.Fatal("a name the class has never seen hit the cache")
	}
	// a real __dict__ out of shape: the general path decides
	d := v.Dict()
	d.DeleteStr("x")
	if storeAttrCached(co, 0, v, "y", runtime.Int(4)) {
		if got, _ := d.GetStr("y"); got != runtime.Int(4) {
			t.Fatal("cached store missed the dict")
		}
	}
	// a property added to the class later takes precedence
	if rc := in.RunString("p.aio", `
V.y = property(lambda self: "prop", lambda self, v: None)
`); rc != 0 {
		t.Fatal("property setup failed")
	}
	if storeAttrCached(co, 0, w, "y", runtime.Int(5)) {
		t.Fatal("store hit the cache past a data descriptor")
	}
	if get(w, "y") != runtime.Str("prop") {
		t.Fatalf("w.y = %v", get(w, "y"))
	}
}
