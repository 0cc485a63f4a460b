package structseq

import (
	"testing"

	"github.com/aiolang/aio/runtime"
)

func TestStructSeq(t *testing.T) {
	th := runtime.NewInterp(runtime.Options{}).NewThread()
	typ, err := NewType(th, "demo", "point", []string{"x", "y"}, "label")
	if err != nil {
		t.Fatal(err)
	}
	v := New(typ, runtime.Tuple{runtime.Int(1), runtime.Int(2)}, runtime.Str("p"))
	if items := Items(v); len(items) != 2 || items[1] != runtime.Int(2) {
		t.Errorf("Items = %v", items)
	}
	for name, want := range map[string]runtime.Value{"x": runtime.Int(1), "y": runtime.Int(2), "label": runtime.Str("p")} {
		got, err := runtime.GetAttr(th, v, name)
		if err != nil || got != want {
			t.Errorf("%s = %v, %v; want %v", name, got, err, want)
		}
	}
	if r, err := runtime.Repr(th, v); err != nil || r != "demo.point(x=1, y=2)" {
		t.Errorf("repr = %q, %v", r, err)
	}
	if n, _ := runtime.GetAttr(th, typ, "n_sequence_fields"); n != runtime.Int(2) {
		t.Errorf("n_sequence_fields = %v", n)
	}
}
