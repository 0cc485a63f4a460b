package vm

import (
	"context"
	"fmt"

	"github.com/aiolang/aio/runtime"
)

// AsyncFunc is a Go function that aio code awaits: it runs on its own goroutine, so it
// may block (network, files, computation) without stopping the event loop. It must not
// touch mutable aio values (lists, dicts, objects) — only read its arguments, which are
// passed as they were at call time — and it should return when ctx is cancelled (the
// awaiting task was cancelled). An error that is not a *runtime.Exception becomes an
// OSError carrying its text.
type AsyncFunc func(ctx context.Context, args []runtime.Value) (runtime.Value, error)

// RegisterAsyncFunc binds an async Go function as a global of __main__: calling it from a
// coroutine returns a future of the running loop that completes with fn's result, e.g.
// `data = await fetch(url)`. The virtual clock waits for the goroutine as it waits for
// executor jobs.
func (vm *Interpreter) RegisterAsyncFunc(name string, fn AsyncFunc) {
	vm.main.Dict.SetStr(name, runtime.NewBuiltin(name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(kwnames) > 0 {
			return nil, runtime.TypeErrorf("%s() takes no keyword arguments", name)
		}
		return StartAsync(th, fn, args)
	}))
}

// StartAsync runs fn(args) on a new goroutine and returns a future of the running loop
// that completes with its result (cancelling the future cancels fn's context).
func StartAsync(th *runtime.Thread, fn AsyncFunc, args []runtime.Value) (*runtime.Future, error) {
	loop, err := runtime.GetRunningLoop(th)
	if err != nil {
		return nil, err
	}
	fut := loop.CreateFuture()
	ctx, cancel := context.WithCancel(context.Background())
	fut.AddDoneCallbackGo(&cancelOnDone{cancel})
	args = append([]runtime.Value(nil), args...)
	vc, _ := runtime.InterpClock(th.Interp).(*runtime.VirtualClock)
	if vc != nil {
		vc.WorkerQueued()
	}
	go func() {
		if vc != nil {
			vc.WorkerStarted()
		}
		v, err := callAsync(ctx, fn, args)
		// complete the future on the loop's goroutine; if the loop is closed there is
		// nobody left to tell
		loop.CallSoonThreadsafeGo(func(th *runtime.Thread, _ runtime.Value) error {
			if fut.Done() {
				return nil
			}
			if err != nil {
				return fut.SetExceptionValue(asyncError(err))
			}
			if v == nil {
				v = runtime.None
			}
			return fut.SetResult(v)
		}, runtime.None)
		if vc != nil {
			vc.WorkerDone()
		}
	}()
	return fut, nil
}

// callAsync calls fn, turning a panic into an error.
func callAsync(ctx context.Context, fn AsyncFunc, args []runtime.Value) (v runtime.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = runtime.NewException(runtime.SystemErrorType, fmt.Sprintf("internal error in async Go function: %v", r))
		}
	}()
	return fn(ctx, args)
}

// asyncError converts an async Go function's error to an exception.
func asyncError(err error) *runtime.Exception {
	if e, ok := err.(*runtime.Exception); ok {
		return e
	}
	if err == context.Canceled {
		return runtime.NewException(runtime.CancelledErrorType, "")
	}
	return runtime.NewException(runtime.OSErrorType, err.Error())
}

// cancelOnDone is a future done callback cancelling a context.
type cancelOnDone struct{ cancel context.CancelFunc }

// FutureDone cancels the context.
func (c *cancelOnDone) FutureDone(th *runtime.Thread, f runtime.Value) error {
	c.cancel()
	return nil
}
