package runtime

import (
	"sync"
	"testing"
)

// TestTwoInterpreters exercises two interpreters on two goroutines at once (run with
// -race): built-in types are shared and must not be written to after init.
func TestTwoInterpreters(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := newTestThread()
			c := mustClass(t, th, "C", []*Type{ListType}, nil)
			for i := 0; i < 200; i++ {
				o, err := Call(th, c, []Value{Tuple{Int(1), Int(2)}}, nil)
				if err != nil {
					t.Error(err)
					return
				}
				CallMethod(th, o, "append", Int(i))
				LookupMethod(th, Str("x"), "upper")
				GetAttr(th, Int(3), "real")
				Repr(th, o)
				Format(th, Float(1.5), ">8.2f")
				SetAttr(th, c, "k", Int(i))
				if err := SetAttr(th, IntType, "__name__", Str("x")); err == nil {
					t.Error("int.__name__ assignment succeeded")
				}
				d := NewDict()
				d.Set(th, Str("a"), Int(i))
				s := NewSet()
				s.Add(th, Int(i))
				Hash(th, Tuple{Int(i), Str("a")})
			}
		}()
	}
	wg.Wait()
}
