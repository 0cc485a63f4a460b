package runtime

import "testing"

func ints(xs ...int) []Value {
	out := make([]Value, len(xs))
	for i, x := range xs {
		out[i] = Int(x)
	}
	return out
}

// Orders from python3.
func TestSetOrder(t *testing.T) {
	th := newTestThread()
	add := func(xs ...int) Value {
		s := NewSet()
		for _, x := range ints(xs...) {
			s.Add(th, x)
		}
		return s
	}
	cs := func(xs ...int) Value {
		s, err := ConstSet(th, ints(xs...))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	cases := []struct {
		v    Value
		want string
	}{
		{add(5, 13, 21, 8), "{8, 13, 21, 5}"},
		{cs(5, 13, 21, 8), "{8, 21, 5, 13}"},
		{cs(-1, -2, 100, 7), "{100, -2, -1, 7}"},
		{add(3, 1, 2), "{1, 2, 3}"},
		{add(), "set()"},
	}
	for _, c := range cases {
		if got, _ := Repr(th, c.v); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
	s := add(1, 2, 3)
	r, err := Binary(th, OpXor, s, add(2, 7))
	if got := result(th, r, err); got != "{1, 3, 7}" {
		t.Errorf("^ = %s", got)
	}
	r, err = Binary(th, OpOr, add(2, 3), add(9))
	if got := result(th, r, err); got != "{9, 2, 3}" {
		t.Errorf("| = %s", got)
	}
	big := add(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 33, 65)
	if got, _ := Repr(th, big); got != "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 33, 65}" {
		t.Errorf("big = %s", got)
	}
}
