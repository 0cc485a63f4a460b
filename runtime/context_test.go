package runtime

import "testing"

// A copy shares nothing mutable with its original; reset restores the value before the
// set (even after later sets); a token is single use.
func TestContextVarSetResetCopy(t *testing.T) {
	th := newTestThread()
	v := NewContextVar("v", Int(0))
	if got, _ := v.Get(th, nil); got != Int(0) {
		t.Fatalf("default: %v", got)
	}
	tok := v.Set(th, Int(1))
	snap := CopyContext(th)
	v.Set(th, Int(2))
	if got, _ := snap.lookup(v); got != Int(1) {
		t.Errorf("copy sees %v, want 1", got)
	}
	if err := v.Reset(th, tok); err != nil {
		t.Fatal(err)
	}
	if got, _ := v.Get(th, nil); got != Int(0) {
		t.Errorf("after reset: %v, want the default (no value before the set)", got)
	}
	if got, _ := snap.lookup(v); got != Int(1) {
		t.Errorf("reset changed the copy: %v", got)
	}
	th2 := newTestThread()
	tok2 := v.Set(th2, Int(5))
	if err := v.Reset(th2, tok2); err != nil {
		t.Fatal(err)
	}
	if got, _ := v.Get(th2, nil); got != Int(0) {
		t.Errorf("after reset: %v, want the default", got)
	}
	if err := v.Reset(th2, tok2); err == nil {
		t.Errorf("second reset with one token: no error")
	}
	w := NewContextVar("w", nil)
	if _, err := w.Get(th, nil); err == nil || !err.(*Exception).Type().IsSubtype(LookupErrorType) {
		t.Errorf("get without value or default: %v", err)
	}
}

// Each task steps in its own copy of the context current at its creation.
func TestTaskStepsInItsContext(t *testing.T) {
	l, th, _ := newTestLoop(t)
	v := NewContextVar("v", Str("none"))
	v.Set(th, Str("parent"))
	var seen []Value
	mk := func(name string) Value {
		return script(name,
			func(Value, *Exception) (Value, SendStatus, error) {
				got, _ := v.Get(th, nil)
				seen = append(seen, got)
				v.Set(th, Str(name))
				return None, Yielded, nil
			},
			func(Value, *Exception) (Value, SendStatus, error) {
				got, _ := v.Get(th, nil)
				seen = append(seen, got)
				return None, Returned, nil
			})
	}
	a, _ := l.CreateTask(th, mk("a"), nil, nil)
	v.Set(th, Str("changed"))
	b, _ := l.CreateTask(th, mk("b"), nil, nil)
	l.RunUntilComplete(th, b)
	l.RunUntilComplete(th, a)
	want := []Value{Str("parent"), Str("changed"), Str("a"), Str("b")}
	if len(seen) != len(want) {
		t.Fatalf("seen %v", seen)
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Errorf("seen %v, want %v", seen, want)
			break
		}
	}
	if got, _ := v.Get(th, nil); got != Str("changed") {
		t.Errorf("the parent sees %v", got)
	}
}
