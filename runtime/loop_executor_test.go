package runtime

import (
	"testing"
)

// An idle worker picks up a job submitted later.
func TestExecutorIdleWorker(t *testing.T) {
	in := NewInterp(Options{})
	vc := NewVirtualClock()
	in.Clock = vc
	th := in.NewThread()
	l := NewLoop(in)
	ex := NewExecutor(in, 0)
	n := 0
	fn := NewBuiltin("job", func(th *Thread, args []Value, kw []string) (Value, error) {
		n++
		return Int(n), nil
	})
	for i := 1; i <= 3; i++ {
		cf, err := ex.Submit(th, fn, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		f := l.WrapConcurrent(cf)
		r, err := l.RunUntilComplete(th, f)
		if err != nil || r != Int(i) {
			t.Fatalf("job %d: %v %v", i, r, err)
		}
	}
}
