package runtime

// hookFunc is a Go callback the loop runs: recv is its receiver (a *Task, a *Future, …) and
// arg its argument. Hooks are plain functions (method expressions or top-level funcs), so
// scheduling one allocates nothing.
type hookFunc func(th *Thread, recv any, arg Value) error

// GoCallback is a Go function scheduled on a loop with CallSoonGo / CallLaterGo or
// registered as a future's done callback with AddDoneCallbackGo. It receives the value it
// was scheduled with (for done callbacks: the future).
type GoCallback func(th *Thread, arg Value) error

// runGoCallback adapts a GoCallback to a hookFunc.
func runGoCallback(th *Thread, recv any, arg Value) error {
	return recv.(GoCallback)(th, arg)
}

// Handle is a callback scheduled on a loop: asyncio.Handle, and asyncio.TimerHandle when it
// has a deadline. The callback is either a Python callable with its arguments or a Go hook.
type Handle struct {
	loop *Loop
	// Python callback
	cb   Value
	args []Value
	ctx  *Context // nil: a fresh empty context
	// Go callback
	fn   hookFunc
	recv any
	arg  Value

	cancelled bool
	// frozen is the repr kept when a handle is cancelled in debug mode (its callback is
	// dropped, the repr still shows it)
	frozen string
	// timer part
	timer     bool
	scheduled bool
	when      float64
	whenArg   Value // call_at's argument when it is not a float (when() returns it as given)
	seq       uint64
	index     int // position in the timer heap
}

// Type returns asyncio.Handle or asyncio.TimerHandle.
func (h *Handle) Type() *Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

// Cancel cancels the callback (Handle.cancel()). A cancelled timer stays in the heap until
// it reaches the top or the heap is cleaned.
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	if h.timer && h.scheduled && h.loop != nil {
		h.loop.timerCancelled++
	}
	h.cb, h.args, h.fn, h.recv, h.arg = nil, nil, nil, nil, nil
}

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When returns a timer handle's deadline in loop time.
func (h *Handle) When() float64 { return h.when }

// whenValue is TimerHandle._when: call_at's argument as given, else the float deadline.
func (h *Handle) whenValue() Value {
	if h.whenArg != nil {
		return h.whenArg
	}
	return Float(h.when)
}

// run runs the callback, reporting an exception through the loop's exception handler.
// SystemExit and KeyboardInterrupt propagate.
func (h *Handle) run(th *Thread) error {
	var err error
	if h.fn != nil {
		err = h.fn(th, h.recv, h.arg)
	} else if h.cb != nil {
		err = callInContext(th, h.ctx, h.cb, h.args)
	}
	if err != nil {
		return h.loop.callbackError(th, err, h)
	}
	return nil
}
