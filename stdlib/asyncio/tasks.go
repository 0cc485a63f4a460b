package asyncio

import "github.com/aiolang/aio/runtime"

var (
	specCreateTask   = runtime.ArgSpec{Func: "create_task", Names: []string{"coro", "name", "context"}, Required: 1, KwOnly: 1}
	specEnsureFuture = runtime.ArgSpec{Func: "ensure_future", Names: []string{"coro_or_future", "loop"}, Required: 1, KwOnly: 1}
	specGather       = runtime.ArgSpec{Func: "gather", Names: []string{"return_exceptions"}, Rest: true, KwOnly: -1}
	specShield       = runtime.ArgSpec{Func: "shield", Names: []string{"arg"}, Required: 1}
)

// createTask is asyncio.create_task: the task is created without a name (so it takes the
// next Task-N number) and then renamed, as CPython does.
func createTask(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [3]runtime.Value
	if _, err := specCreateTask.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	loop, err := runtime.GetRunningLoop(th)
	if err != nil {
		if c, ok := a[0].(runtime.Coroutine); ok {
			_ = c // the vm reports the never-awaited coroutine
		}
		return nil, err
	}
	t, err := loop.CreateTask(th, a[0], nil, a[2])
	if err != nil {
		return nil, err
	}
	if a[1] != nil && a[1] != runtime.None {
		if err := t.SetName(th, a[1]); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func ensureFuture(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [2]runtime.Value
	if _, err := specEnsureFuture.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	var l *runtime.Loop
	if a[1] != nil && a[1] != runtime.None {
		var ok bool
		if l, ok = a[1].(*runtime.Loop); !ok {
			return nil, runtime.TypeErrorf("loop must be an event loop")
		}
	}
	return runtime.EnsureFuture(th, a[0], l)
}

func gather(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [1]runtime.Value
	aws, err := specGather.Unpack(args, kw, a[:])
	if err != nil {
		return nil, err
	}
	re := false
	if a[0] != nil {
		if re, err = runtime.Truth(th, a[0]); err != nil {
			return nil, err
		}
	}
	f, err := runtime.Gather(th, aws, re)
	if err != nil {
		return nil, err
	}
	return f.Self(), nil
}

// shieldState holds the inner and outer futures of one shield() call; it is the done
// callback of both.
type shieldState struct {
	inner, outer *runtime.Future
}

// innerDone is shield's _inner_done_callback.
type innerDone struct{ s *shieldState }

// FutureDone copies the inner future's outcome to the outer one.
func (d innerDone) FutureDone(th *runtime.Thread, _ runtime.Value) error {
	inner, outer := d.s.inner, d.s.outer
	if outer.Cancelled() {
		if !inner.Cancelled() {
			inner.Err()
		}
		return nil
	}
	if inner.Cancelled() {
		outer.Cancel(runtime.None)
		return nil
	}
	if exc := inner.Err(); exc != nil {
		outer.SetExceptionValue(exc)
		return nil
	}
	r, _ := inner.Result()
	outer.SetResult(r)
	return nil
}

// outerDone is shield's _outer_done_callback.
type outerDone struct{ s *shieldState }

// FutureDone detaches from the inner future once the outer one is done.
func (d outerDone) FutureDone(th *runtime.Thread, _ runtime.Value) error {
	if !d.s.inner.Done() {
		d.s.inner.RemoveDoneCallbackGo(innerDone{d.s})
	}
	return nil
}

func shield(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [1]runtime.Value
	if _, err := specShield.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	iv, err := runtime.EnsureFuture(th, a[0], nil)
	if err != nil {
		return nil, err
	}
	inner := runtime.AsFuture(iv)
	if inner.Done() {
		return iv, nil
	}
	s := &shieldState{inner: inner, outer: inner.Loop().CreateFuture()}
	inner.AddDoneCallbackGo(innerDone{s})
	s.outer.AddDoneCallbackGo(outerDone{s})
	return s.outer, nil
}
