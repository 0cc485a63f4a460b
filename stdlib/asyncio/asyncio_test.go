package asyncio

import (
	"strings"
	"testing"

	"github.com/aiolang/aio/runtime"
)

// The programs of testdata/ (run by `aio test`) check this package against CPython; these
// Go tests check its pieces without the vm, driving Go coroutines on a virtual clock.

func newLoop(t *testing.T) (*runtime.Loop, *runtime.Thread) {
	in := runtime.NewInterp(runtime.Options{})
	in.Clock = runtime.NewVirtualClock()
	l := runtime.NewLoop(in)
	th := in.NewThread()
	runtime.SetEventLoop(th, l)
	return l, th
}

// seq is a Go coroutine running steps; each step returns what a GoCoroBody returns.
func seq(steps ...func(sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error)) *runtime.GoCoroutine {
	return runtime.NewGoCoroutine("seq", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		i := c.State
		c.State++
		return steps[i](sent, exc)
	}))
}

type log []string

func (l *log) add(s string) { *l = append(*l, s) }

func TestSleepResultAndClock(t *testing.T) {
	l, th := newLoop(t)
	r, err := l.RunUntilComplete(th, Sleep(runtime.Float(2.5), runtime.Str("done")))
	if err != nil || r != runtime.Str("done") {
		t.Fatalf("sleep: %v %v", r, err)
	}
	if l.Time() != 1002.5 {
		t.Errorf("loop.time() = %v, want 1002.5", l.Time())
	}
}

func TestQueueOrders(t *testing.T) {
	_, th := newLoop(t)
	for _, tc := range []struct {
		kind int
		want string
	}{{fifo, "3 1 2"}, {lifo, "2 1 3"}, {priority, "1 2 3"}} {
		q := &Queue{kind: tc.kind, maxsize: runtime.Int(0), finished: &Event{value: true}}
		for _, v := range []int{3, 1, 2} {
			if err := q.PutNowait(th, runtime.Int(v)); err != nil {
				t.Fatal(err)
			}
		}
		var got []string
		for q.Len() > 0 {
			v, err := q.GetNowait(th)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, itoa(int(v.(runtime.Int))))
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("kind %d: got %s, want %s", tc.kind, s, tc.want)
		}
	}
}

// Waiters of a lock acquire it in FIFO order.
func TestLockFIFO(t *testing.T) {
	l, th := newLoop(t)
	lock := &Lock{}
	var out log
	var tasks []runtime.Value
	for _, name := range []string{"a", "b", "c"} {
		name := name
		c := seq(
			func(runtime.Value, *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
				return lock.Acquire(), runtime.AwaitStatus, nil
			},
			func(runtime.Value, *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
				out.add(name)
				return Sleep(runtime.Int(1), nil), runtime.AwaitStatus, nil
			},
			func(runtime.Value, *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
				return runtime.None, runtime.Returned, lock.Release()
			},
		)
		task, err := l.CreateTask(th, c, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		tasks = append(tasks, task)
	}
	g, err := runtime.Gather(th, tasks, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.RunUntilComplete(th, g); err != nil {
		t.Fatal(err)
	}
	if s := strings.Join(out, " "); s != "a b c" || l.Time() != 1003 {
		t.Errorf("order %s at %v", s, l.Time())
	}
}

// wait_for turns the cancellation of a timed-out coroutine into TimeoutError.
func TestWaitForTimeout(t *testing.T) {
	l, th := newLoop(t)
	w, err := waitFor(th, []runtime.Value{Sleep(runtime.Int(5), nil), runtime.Int(1)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = l.RunUntilComplete(th, w)
	e, ok := err.(*runtime.Exception)
	if !ok || e.Type() != runtime.TimeoutErrorType || e.Cause == nil || e.Cause.Type() != runtime.CancelledErrorType {
		t.Fatalf("wait_for: %v", err)
	}
	if l.Time() != 1001 {
		t.Errorf("timed out at %v", l.Time())
	}
}
