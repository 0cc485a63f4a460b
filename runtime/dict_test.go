package runtime

import (
	"math/rand"
	"testing"
)

// TestDictModel checks Dict against a Go map plus an insertion-order list under random
// inserts, updates and deletes, with int and str keys.
func TestDictModel(t *testing.T) {
	th := newTestThread()
	r := rand.New(rand.NewSource(7))
	d := NewDict()
	model := map[any]int{}
	var order []any
	key := func(k any) Value {
		switch x := k.(type) {
		case int:
			return Int(x)
		default:
			return Str(x.(string))
		}
	}
	for step := 0; step < 20000; step++ {
		var k any = r.Intn(300)
		if r.Intn(2) == 0 {
			k = "s" + decimalString(r.Intn(300))
		}
		switch r.Intn(3) {
		case 0, 1:
			if _, ok := model[k]; !ok {
				order = append(order, k)
			}
			model[k] = step
			if err := d.Set(th, key(k), Int(step)); err != nil {
				t.Fatal(err)
			}
		case 2:
			_, had := model[k]
			_, ok, err := d.Delete(th, key(k))
			if err != nil || ok != had {
				t.Fatalf("delete %v: %v %v", k, ok, had)
			}
			if had {
				delete(model, k)
				for i, o := range order {
					if o == k {
						order = append(order[:i], order[i+1:]...)
						break
					}
				}
			}
		}
		if step%997 == 0 {
			if d.Len() != len(model) {
				t.Fatalf("len %d != %d", d.Len(), len(model))
			}
			keys := d.Keys()
			for i, o := range order {
				if eq, _ := Equal(th, keys[i], key(o)); !eq {
					t.Fatalf("order differs at %d", i)
				}
				v, ok, _ := d.Get(th, key(o))
				if !ok || v.(Int) != Int(model[o]) {
					t.Fatalf("get %v", o)
				}
			}
		}
	}
	// 1 == 1.0 == True share a slot
	d2 := NewDict()
	d2.Set(th, Int(1), Str("a"))
	d2.Set(th, Float(1), Str("b"))
	d2.Set(th, True, Str("c"))
	if s, _ := Repr(th, d2); s != "{1: 'c'}" {
		t.Errorf("got %s", s)
	}
}
