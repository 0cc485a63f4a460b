package runtime

import (
	"fmt"
	"strings"
	"testing"
)

// step is one state of a test coroutine: it gets what the previous suspension produced
// and returns what a GoCoroBody returns.
type step func(sent Value, exc *Exception) (Value, SendStatus, error)

// script makes a Go coroutine running the given steps in order.
func script(name string, steps ...step) *GoCoroutine {
	return NewGoCoroutine(name, GoCoroBodyFunc(func(th *Thread, c *GoCoroutine, sent Value, exc *Exception) (Value, SendStatus, error) {
		i := c.State
		c.State++
		return steps[i](sent, exc)
	}))
}

func bareYield() (Value, SendStatus, error) { return None, Yielded, nil }

// Hop counts and interleaving match CPython (expected output from python3, see
// TestHops's comment): awaiting a done future costs nothing, a bare yield one iteration,
// a future completed by a callback one iteration after the callback; cancelling a task
// cancels the future it waits for.
//
// CPython: A0 A1 B0 A2 B1 B2 A3 B3 B4 Acancelled:True B5 B6 B7
func TestTaskHops(t *testing.T) {
	l, th, _ := newTestLoop(t)
	r := &recorder{}
	var task *Task
	var h *Future
	a := script("a",
		func(Value, *Exception) (Value, SendStatus, error) {
			r.add("A0")
			f := l.CreateFuture()
			f.SetResult(Int(1))
			return f, AwaitStatus, nil
		},
		func(Value, *Exception) (Value, SendStatus, error) { r.add("A1"); return bareYield() },
		func(Value, *Exception) (Value, SendStatus, error) {
			r.add("A2")
			g := l.CreateFuture()
			l.CallSoonGo(func(th *Thread, _ Value) error { return g.SetResult(Int(2)) }, None)
			return g, AwaitStatus, nil
		},
		func(sent Value, _ *Exception) (Value, SendStatus, error) {
			r.add("A3")
			h = l.CreateFuture()
			l.CallSoonGo(func(th *Thread, _ Value) error { task.Cancel(None); return nil }, None)
			return h, AwaitStatus, nil
		},
		func(_ Value, exc *Exception) (Value, SendStatus, error) {
			if exc != nil && exc.Type() == CancelledErrorType {
				r.add(fmt.Sprintf("Acancelled:%v", h.Cancelled()))
			}
			return Int(7), Returned, nil
		},
	)
	var bsteps []step
	for i := 0; i < 8; i++ {
		i := i
		bsteps = append(bsteps, func(Value, *Exception) (Value, SendStatus, error) {
			r.add(fmt.Sprintf("B%d", i))
			return bareYield()
		})
	}
	bsteps = append(bsteps, func(Value, *Exception) (Value, SendStatus, error) { return None, Returned, nil })
	task, _ = l.CreateTask(th, a, nil, nil)
	t2, _ := l.CreateTask(th, script("b", bsteps...), nil, nil)
	g, err := Gather(th, []Value{task, t2}, false)
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.RunUntilComplete(th, g)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, r, "A0 A1 B0 A2 B1 B2 A3 B3 B4 Acancelled:true B5 B6 B7")
	if items := res.(*List).Items; items[0] != Int(7) || items[1] != None {
		t.Errorf("gather result %v", items)
	}
	if task.Name() != Str("Task-1") || t2.Name() != Str("Task-2") {
		t.Errorf("names %v %v", task.Name(), t2.Name())
	}
}

// A task cancelled before its first step never runs its coroutine.
func TestTaskCancelBeforeStart(t *testing.T) {
	l, th, _ := newTestLoop(t)
	ran := false
	task, _ := l.CreateTask(th, script("c", func(Value, *Exception) (Value, SendStatus, error) {
		ran = true
		return None, Returned, nil
	}), nil, nil)
	if !task.Cancel(Str("stop")) {
		t.Fatal("cancel returned false")
	}
	if task.Cancelling() != 1 {
		t.Errorf("cancelling() = %d", task.Cancelling())
	}
	_, err := l.RunUntilComplete(th, task)
	if ran || !task.Cancelled() {
		t.Errorf("ran=%v cancelled=%v", ran, task.Cancelled())
	}
	e, ok := err.(*Exception)
	if !ok || e.Type() != CancelledErrorType || len(e.Args) != 1 || e.Args[0] != Str("stop") {
		t.Errorf("run_until_complete: %v", err)
	}
}

// Done callbacks run in registration order, one iteration after completion.
func TestFutureCallbacksOrder(t *testing.T) {
	l, th, _ := newTestLoop(t)
	r := &recorder{}
	f := l.CreateFuture()
	for i := 0; i < 3; i++ {
		f.AddDoneCallbackGo(&namedCB{r, fmt.Sprint("cb", i)})
	}
	l.CallSoonGo(func(th *Thread, _ Value) error {
		r.add("set")
		f.SetResult(None)
		l.CallSoonGo(r.cb("after-set"), None)
		return nil
	}, None)
	l.CallSoonGo(r.cb("same-iteration"), None)
	if _, err := l.RunUntilComplete(th, f); err != nil {
		t.Fatal(err)
	}
	expect(t, r, "set same-iteration cb0 cb1 cb2 after-set")
	// a callback added to a done future is scheduled at once
	f.AddDoneCallbackGo(&namedCB{r, "late"})
	l.CallSoonGo(func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	l.RunForever(th)
	expect(t, r, "set same-iteration cb0 cb1 cb2 after-set late")
}

type namedCB struct {
	r    *recorder
	name string
}

func (c *namedCB) FutureDone(th *Thread, f Value) error { c.r.add(c.name); return nil }

func TestFutureStates(t *testing.T) {
	l, _, _ := newTestLoop(t)
	f := l.CreateFuture()
	if _, err := f.Result(); err == nil || !strings.Contains(err.Error(), "InvalidStateError: Result is not set.") {
		t.Errorf("pending result: %v", err)
	}
	f.SetExceptionValue(NewException(ValueErrorType, "x"))
	if err := f.SetResult(None); err == nil || err.Error() != "InvalidStateError: invalid state" {
		t.Errorf("set twice: %v", err)
	}
	if !f.logTraceback {
		t.Error("exception not marked for logging")
	}
	if v, _ := f.Exception(); v.(*Exception).Message() != "x" || f.logTraceback {
		t.Errorf("exception() = %v, log %v", v, f.logTraceback)
	}
	g := l.CreateFuture()
	g.Cancel(Str("why"))
	if _, err := g.Result(); err.Error() != "CancelledError: why" {
		t.Errorf("cancelled result: %v", err)
	}
	if g.Cancel(None) {
		t.Error("second cancel returned true")
	}
}

// A Task's coroutine that raises: the exception is stored, and reported at close if
// nobody retrieved it.
func TestUnretrievedReportedAtClose(t *testing.T) {
	in := NewInterp(Options{})
	var errbuf strings.Builder
	in.Stderr = &errbuf
	in.Clock = NewVirtualClock()
	l, th := NewLoop(in), in.NewThread()
	task, _ := l.CreateTask(th, script("boom", func(Value, *Exception) (Value, SendStatus, error) {
		return nil, Returned, NewException(ValueErrorType, "bad")
	}), nil, nil)
	ok, _ := l.CreateTask(th, script("boom2", func(Value, *Exception) (Value, SendStatus, error) {
		return nil, Returned, NewException(ValueErrorType, "seen")
	}), nil, nil)
	l.CallLaterGo(1, func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	l.RunForever(th)
	ok.Exception()
	l.Close(th)
	got := errbuf.String()
	want := "Task exception was never retrieved\nfuture: <Task finished name='Task-1' coro=<boom()> exception=ValueError('bad')>\nValueError: bad\n"
	if got != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
	}
	_ = task
}

// FinalizeAsync reports the tasks left pending, as CPython does when they are collected.
func TestFinalizePendingTask(t *testing.T) {
	in := NewInterp(Options{})
	var errbuf strings.Builder
	in.Stderr = &errbuf
	in.Clock = NewVirtualClock()
	l, th := NewLoop(in), in.NewThread()
	var never *Future
	l.CreateTask(th, script("forever", func(Value, *Exception) (Value, SendStatus, error) {
		never = l.CreateFuture()
		return never, AwaitStatus, nil
	}), nil, nil)
	l.CallLaterGo(1, func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	l.RunForever(th)
	FinalizeAsync(th)
	want := "Task was destroyed but it is pending!\ntask: <Task pending name='Task-1' coro=<forever()> wait_for=<Future pending cb=[Task.task_wakeup()]>>\n"
	if got := errbuf.String(); got != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got, want)
	}
	FinalizeAsync(th) // reports once
	if got := errbuf.String(); got != want {
		t.Errorf("second FinalizeAsync printed again:\n%s", got)
	}
}
