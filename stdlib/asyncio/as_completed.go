package asyncio

import "github.com/aiolang/aio/runtime"

var specAsCompleted = runtime.ArgSpec{Func: "as_completed", Names: []string{"fs", "timeout"}, Required: 1, KwOnly: 1}

// asCompletedType is the type of as_completed()'s iterator (a generator in CPython).
var asCompletedType = runtime.NewBuiltinType("generator", "builtins", nil, false)

// asCompleted is the iterator asyncio.as_completed(fs, timeout=) returns. Like CPython's
// generator, it starts (wraps fs in tasks, registers callbacks, sets the timer) at the
// first next(); it then yields len(fs) coroutines, each returning the result of the next
// future to complete.
type asCompleted struct {
	fsArg, timeout runtime.Value
	started        bool
	n, yielded     int
	todo           []*runtime.Future
	handle         *runtime.Handle
	// the done queue (asyncio.Queue's get/put_nowait)
	items   []*runtime.Future // nil entries are timeouts
	getters []*runtime.Future
	loop    *runtime.Loop
}

// Type returns the generator type.
func (a *asCompleted) Type() *runtime.Type { return asCompletedType }

func asCompletedFunc(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [2]runtime.Value
	if _, err := specAsCompleted.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	return &asCompleted{fsArg: a[0], timeout: a[1]}, nil
}

// Next starts the iteration on first use and returns the next _wait_for_one() coroutine.
func (a *asCompleted) Next(th *runtime.Thread) (runtime.Value, bool, error) {
	if !a.started {
		a.started = true
		if err := a.start(th); err != nil {
			a.n = 0
			return nil, false, err
		}
	}
	if a.yielded >= a.n {
		return nil, false, nil
	}
	a.yielded++
	w := &waitForOne{ac: a}
	w.Init("as_completed.<locals>._wait_for_one", w)
	return w, true, nil
}

func (a *asCompleted) start(th *runtime.Thread) error {
	if runtime.IsFuture(a.fsArg) || runtime.IsCoroutine(a.fsArg) {
		return runtime.TypeErrorf("expect an iterable of futures, not %s", a.fsArg.Type().Name)
	}
	items, err := uniqueItems(th, a.fsArg)
	if err != nil {
		return err
	}
	loop, err := runtime.GetEventLoop(th)
	if err != nil {
		return err
	}
	a.loop = loop
	for _, v := range items {
		fv, err := runtime.EnsureFuture(th, v, loop)
		if err != nil {
			return err
		}
		a.todo = append(a.todo, runtime.AsFuture(fv))
	}
	for _, f := range a.todo {
		f.AddDoneCallbackGo(a)
	}
	if len(a.todo) > 0 && a.timeout != nil && a.timeout != runtime.None {
		d, ok := runtime.ToFloat64(a.timeout)
		if !ok {
			return runtime.TypeErrorf("unsupported operand type(s) for +: 'float' and '%s'", a.timeout.Type().Name)
		}
		if a.handle, err = loop.CallLaterGo(d, asCompletedTimeout, a); err != nil {
			return err
		}
	}
	a.n = len(a.todo)
	return nil
}

// FutureDone is as_completed's _on_completion.
func (a *asCompleted) FutureDone(th *runtime.Thread, fv runtime.Value) error {
	if len(a.todo) == 0 {
		return nil
	}
	f := runtime.AsFuture(fv)
	for i, t := range a.todo {
		if t == f {
			a.todo = append(a.todo[:i], a.todo[i+1:]...)
			break
		}
	}
	a.put(f)
	if len(a.todo) == 0 && a.handle != nil {
		a.handle.Cancel()
	}
	return nil
}

// CallbackName names the callback in future reprs.
func (a *asCompleted) CallbackName() string { return "as_completed.<locals>._on_completion()" }

// asCompletedTimeout is as_completed's _on_timeout.
func asCompletedTimeout(th *runtime.Thread, arg runtime.Value) error {
	a := arg.(*asCompleted)
	for _, f := range a.todo {
		f.RemoveDoneCallbackGo(a)
		a.put(nil)
	}
	a.todo = nil
	return nil
}

// put is Queue.put_nowait: append and wake the first waiting getter.
func (a *asCompleted) put(f *runtime.Future) {
	a.items = append(a.items, f)
	a.wakeupNext()
}

func (a *asCompleted) wakeupNext() {
	for len(a.getters) > 0 {
		g := a.getters[0]
		a.getters = a.getters[1:]
		if !g.Done() {
			g.SetResult(runtime.None)
			return
		}
	}
}

// waitForOne is as_completed's _wait_for_one() (with Queue.get inlined).
type waitForOne struct {
	runtime.GoCoroutine
	ac     *asCompleted
	getter *runtime.Future
}

// Resume runs _wait_for_one: take the next completed future from the queue (waiting for
// one if needed) and return its result.
func (w *waitForOne) Resume(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	a := w.ac
	if exc != nil {
		if w.getter != nil {
			w.getter.Cancel(runtime.None)
			for i, g := range a.getters {
				if g == w.getter {
					a.getters = append(a.getters[:i], a.getters[i+1:]...)
					break
				}
			}
			if len(a.items) > 0 && !w.getter.Cancelled() {
				a.wakeupNext()
			}
		}
		return nil, runtime.Returned, exc
	}
	if len(a.items) == 0 {
		w.getter = a.loop.CreateFuture()
		a.getters = append(a.getters, w.getter)
		return w.getter, runtime.AwaitStatus, nil
	}
	f := a.items[0]
	a.items = a.items[1:]
	if f == nil {
		return nil, runtime.Returned, runtime.NewException(runtime.TimeoutErrorType, "")
	}
	r, err := f.Result()
	return r, runtime.Returned, err
}
