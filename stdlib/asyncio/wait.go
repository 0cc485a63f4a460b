package asyncio

import "github.com/aiolang/aio/runtime"

var (
	specWait    = runtime.ArgSpec{Func: "wait", Names: []string{"fs", "timeout", "return_when"}, Required: 1, KwOnly: 1}
	specWaitFor = runtime.ArgSpec{Func: "wait_for", Names: []string{"fut", "timeout"}, Required: 2}
)

// releaseWaiter is tasks._release_waiter: a done callback and timer callback that
// completes the waiter future.
type releaseWaiter struct{ waiter *runtime.Future }

// FutureDone completes the waiter.
func (r *releaseWaiter) FutureDone(th *runtime.Thread, _ runtime.Value) error {
	if !r.waiter.Done() {
		r.waiter.SetResult(runtime.None)
	}
	return nil
}

// CallbackName names the callback in future reprs.
func (r *releaseWaiter) CallbackName() string { return "_release_waiter(<Future pending>)()" }

func releaseWaiterTimer(th *runtime.Thread, arg runtime.Value) error {
	w := runtime.AsFuture(arg)
	if !w.Done() {
		w.SetResult(runtime.None)
	}
	return nil
}

// waitCoro is the coroutine of asyncio.wait(fs, timeout=, return_when=) (with _wait).
type waitCoro struct {
	runtime.GoCoroutine
	fsArg, timeout, returnWhen runtime.Value

	fs      []*runtime.Future
	vals    []runtime.Value
	waiter  *runtime.Future
	handle  *runtime.Handle
	counter int
	when    string
}

func wait(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	w := &waitCoro{}
	var a [3]runtime.Value
	if _, err := specWait.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	w.fsArg, w.timeout, w.returnWhen = a[0], a[1], a[2]
	w.Init("wait", w)
	return w, nil
}

// FutureDone is _wait's _on_completion.
func (w *waitCoro) FutureDone(th *runtime.Thread, fv runtime.Value) error {
	f := runtime.AsFuture(fv)
	w.counter--
	if w.counter <= 0 || w.when == firstCompleted ||
		(w.when == firstException && !f.Cancelled() && f.Err() != nil) {
		if w.handle != nil {
			w.handle.Cancel()
		}
		if !w.waiter.Done() {
			w.waiter.SetResult(runtime.None)
		}
	}
	return nil
}

// CallbackName names the callback in future reprs.
func (w *waitCoro) CallbackName() string { return "_wait.<locals>._on_completion()" }

// Resume runs the body of wait() / _wait().
func (w *waitCoro) Resume(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	if c.State == 0 {
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		if err := w.start(th); err != nil {
			return nil, runtime.Returned, err
		}
		c.State = 1
		return w.waiter, runtime.AwaitStatus, nil
	}
	// finally:
	if w.handle != nil {
		w.handle.Cancel()
	}
	for _, f := range w.fs {
		f.RemoveDoneCallbackGo(w)
	}
	if exc != nil {
		return nil, runtime.Returned, exc
	}
	done, pending := runtime.NewSet(), runtime.NewSet()
	for i, f := range w.fs {
		s := pending
		if f.Done() {
			s = done
		}
		if err := s.Add(th, w.vals[i]); err != nil {
			return nil, runtime.Returned, err
		}
	}
	return runtime.Tuple{done, pending}, runtime.Returned, nil
}

func (w *waitCoro) start(th *runtime.Thread) error {
	if runtime.IsFuture(w.fsArg) || runtime.IsCoroutine(w.fsArg) {
		return runtime.TypeErrorf("expect a list of futures, not %s", w.fsArg.Type().Name)
	}
	items, err := uniqueItems(th, w.fsArg)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		return runtime.ValueErrorf("Set of Tasks/Futures is empty.")
	}
	w.when = allCompleted
	if w.returnWhen != nil {
		s, ok := w.returnWhen.(runtime.Str)
		if !ok || (s != firstCompleted && s != firstException && s != allCompleted) {
			r, _ := runtime.ToStr(th, w.returnWhen)
			return runtime.ValueErrorf("Invalid return_when value: %s", r)
		}
		w.when = string(s)
	}
	for _, v := range items {
		if runtime.IsCoroutine(v) {
			return runtime.TypeErrorf("Passing coroutines is forbidden, use tasks explicitly.")
		}
	}
	loop, err := runtime.GetRunningLoop(th)
	if err != nil {
		return err
	}
	for _, v := range items {
		f := runtime.AsFuture(v)
		if f == nil {
			return runtime.TypeErrorf("An asyncio.Future, a coroutine or an awaitable is required")
		}
		w.fs = append(w.fs, f)
		w.vals = append(w.vals, v)
	}
	w.waiter = loop.CreateFuture()
	if w.timeout != nil && w.timeout != runtime.None {
		d, ok := runtime.ToFloat64(w.timeout)
		if !ok {
			return runtime.TypeErrorf("unsupported operand type(s) for +: 'float' and '%s'", w.timeout.Type().Name)
		}
		if w.handle, err = loop.CallLaterGo(d, releaseWaiterTimer, w.waiter); err != nil {
			return err
		}
	}
	w.counter = len(w.fs)
	for _, f := range w.fs {
		f.AddDoneCallbackGo(w)
	}
	return nil
}

// uniqueItems iterates v and drops repeated objects (set(fs)), keeping first-seen order.
func uniqueItems(th *runtime.Thread, v runtime.Value) ([]runtime.Value, error) {
	items, err := runtime.ToSlice(th, v)
	if err != nil {
		return nil, err
	}
	out := items[:0:0]
	for _, it := range items {
		dup := false
		for _, o := range out {
			if runtime.Is(o, it) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	return out, nil
}

// cancelAndWait returns the coroutine tasks._cancel_and_wait(fut): cancel fut and wait
// until it is done, without awaiting it directly (so the wait itself stays cancellable).
func cancelAndWait(fut *runtime.Future) *runtime.GoCoroutine {
	var rw *releaseWaiter
	return runtime.NewGoCoroutine("_cancel_and_wait", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if c.State == 0 {
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			rw = &releaseWaiter{fut.Loop().CreateFuture()}
			fut.AddDoneCallbackGo(rw)
			runtime.CancelFuture(fut.Self(), runtime.None)
			c.State = 1
			return rw.waiter, runtime.AwaitStatus, nil
		}
		fut.RemoveDoneCallbackGo(rw)
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		return runtime.None, runtime.Returned, nil
	}))
}

// waitForCoro is the coroutine of asyncio.wait_for(fut, timeout) (CPython 3.11's).
type waitForCoro struct {
	runtime.GoCoroutine
	arg, timeout runtime.Value
	fut          *runtime.Future
	waiter       *runtime.Future
	handle       *runtime.Handle
	rw           *releaseWaiter
	pending      *runtime.Exception // the CancelledError to re-raise after _cancel_and_wait
}

// wait_for states
const (
	wfStart = iota
	wfAwaitPlain
	wfZeroCancelWait
	wfAwaitWaiter
	wfCancelledWait
	wfTimeoutWait
)

func waitFor(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [2]runtime.Value
	if _, err := specWaitFor.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	w := &waitForCoro{arg: a[0], timeout: a[1]}
	w.Init("wait_for", w)
	return w, nil
}

func timeoutFrom(exc *runtime.Exception) *runtime.Exception {
	e := runtime.NewException(runtime.TimeoutErrorType, "")
	e.Cause = exc
	e.Context = exc
	e.SuppressContext = true
	return e
}

// Resume runs the body of wait_for() (CPython 3.11's, state by state).
func (w *waitForCoro) Resume(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	switch c.State {
	case wfStart:
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		loop, err := runtime.GetRunningLoop(th)
		if err != nil {
			return nil, runtime.Returned, err
		}
		if w.timeout == runtime.None {
			c.State = wfAwaitPlain
			return w.arg, runtime.AwaitStatus, nil
		}
		d, ok := runtime.ToFloat64(w.timeout)
		if !ok {
			return nil, runtime.Returned, runtime.TypeErrorf("'<=' not supported between instances of '%s' and 'int'", w.timeout.Type().Name)
		}
		if d <= 0 {
			fv, err := runtime.EnsureFuture(th, w.arg, loop)
			if err != nil {
				return nil, runtime.Returned, err
			}
			w.fut = runtime.AsFuture(fv)
			if w.fut.Done() {
				r, err := w.fut.Result()
				return r, runtime.Returned, err
			}
			c.State = wfZeroCancelWait
			return cancelAndWait(w.fut), runtime.AwaitStatus, nil
		}
		w.waiter = loop.CreateFuture()
		if w.handle, err = loop.CallLaterGo(d, releaseWaiterTimer, w.waiter); err != nil {
			return nil, runtime.Returned, err
		}
		w.rw = &releaseWaiter{w.waiter}
		fv, err := runtime.EnsureFuture(th, w.arg, loop)
		if err != nil {
			w.handle.Cancel()
			return nil, runtime.Returned, err
		}
		w.fut = runtime.AsFuture(fv)
		w.fut.AddDoneCallbackGo(w.rw)
		c.State = wfAwaitWaiter
		return w.waiter, runtime.AwaitStatus, nil

	case wfAwaitPlain:
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		return sent, runtime.Returned, nil

	case wfZeroCancelWait:
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		return w.resultOrTimeout()

	case wfAwaitWaiter:
		if exc != nil {
			if !exc.Type().IsSubtype(runtime.CancelledErrorType) {
				w.handle.Cancel()
				return nil, runtime.Returned, exc
			}
			if w.fut.Done() {
				w.handle.Cancel()
				r, err := w.fut.Result()
				return r, runtime.Returned, err
			}
			w.fut.RemoveDoneCallbackGo(w.rw)
			w.pending = exc
			c.State = wfCancelledWait
			return cancelAndWait(w.fut), runtime.AwaitStatus, nil
		}
		if w.fut.Done() {
			w.handle.Cancel()
			r, err := w.fut.Result()
			return r, runtime.Returned, err
		}
		w.fut.RemoveDoneCallbackGo(w.rw)
		c.State = wfTimeoutWait
		return cancelAndWait(w.fut), runtime.AwaitStatus, nil

	case wfCancelledWait:
		w.handle.Cancel()
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		return nil, runtime.Returned, w.pending

	case wfTimeoutWait:
		w.handle.Cancel()
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		return w.resultOrTimeout()
	}
	return nil, runtime.Returned, runtime.RuntimeErrorf("wait_for: bad state")
}

// resultOrTimeout returns fut's result, turning its cancellation into TimeoutError.
func (w *waitForCoro) resultOrTimeout() (runtime.Value, runtime.SendStatus, error) {
	r, err := w.fut.Result()
	if err != nil {
		if runtime.IsInstanceOf(err, runtime.CancelledErrorType) {
			return nil, runtime.Returned, timeoutFrom(runtime.AsException(err))
		}
		return nil, runtime.Returned, err
	}
	return r, runtime.Returned, nil
}
