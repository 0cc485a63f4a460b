package runtime

import (
	"math/rand"
	"testing"
)

func TestSortStable(t *testing.T) {
	th := newTestThread()
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200; n += 7 {
		items := make([]Value, n)
		for i := range items {
			items[i] = Tuple{Int(r.Intn(10)), Int(i)}
		}
		key := NewBuiltin("k", func(th *Thread, args []Value, kw []string) (Value, error) {
			return args[0].(Tuple)[0], nil
		})
		for _, rev := range []bool{false, true} {
			cp := append([]Value(nil), items...)
			if err := SortValues(th, cp, key, rev); err != nil {
				t.Fatal(err)
			}
			for i := 1; i < len(cp); i++ {
				a, b := cp[i-1].(Tuple), cp[i].(Tuple)
				if rev {
					if a[0].(Int) < b[0].(Int) || a[0] == b[0] && a[1].(Int) > b[1].(Int) {
						t.Fatalf("not stable reversed at %d: %v", i, cp)
					}
				} else if a[0].(Int) > b[0].(Int) || a[0] == b[0] && a[1].(Int) > b[1].(Int) {
					t.Fatalf("not stable at %d", i)
				}
			}
			// the general path (tuples compared with <)
			cp2 := append([]Value(nil), items...)
			if err := SortValues(th, cp2, nil, rev); err != nil {
				t.Fatal(err)
			}
			for i := 1; i < len(cp2); i++ {
				lt, _ := Less(th, cp2[i], cp2[i-1])
				if lt != rev && lt {
					t.Fatalf("general sort wrong at %d", i)
				}
			}
		}
	}
	_, err := builtinSorted(th, []Value{&List{Items: []Value{Int(3), Int(1), Str("a")}}}, nil)
	if got := result(th, nil, err); got != "!TypeError: '<' not supported between instances of 'str' and 'int'" {
		t.Errorf("sorted mixed: %s", got)
	}
}
