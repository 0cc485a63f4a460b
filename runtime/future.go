package runtime

// futureRare is the rarely used part of a Future.
type futureRare struct {
	cancelMsg    Value
	cancelledExc *Exception
	canceller    Canceller
}

// rareFields returns f.rare, allocating it.
func (f *Future) rareFields() *futureRare {
	if f.rare == nil {
		f.rare = &futureRare{}
	}
	return f.rare
}

// cancelMsg returns the message given to cancel() (nil if none).
func (f *Future) cancelMsg() Value {
	if f.rare == nil {
		return nil
	}
	return f.rare.cancelMsg
}

func (f *Future) setCancelMsg(msg Value) {
	if msg == nil && f.rare == nil {
		return
	}
	f.rareFields().cancelMsg = msg
}

// Future states.
const (
	futPending uint8 = iota
	futCancelled
	futFinished
)

// DoneCallback is a Go done callback of a future (AddDoneCallbackGo). It is identified by
// its value (use a pointer), so RemoveDoneCallbackGo can find it.
type DoneCallback interface {
	FutureDone(th *Thread, fut Value) error
}

func runDoneCallback(th *Thread, recv any, arg Value) error {
	return recv.(DoneCallback).FutureDone(th, arg)
}

// futureCallback is one registered done callback: a Go hook (fn, recv), or, with fn nil,
// a Python callable in recv (a *ctxCallback when it was given a context). Three words keep
// a Task in the 224-byte size class.
type futureCallback struct {
	fn   hookFunc
	recv any
}

// ctxCallback is a Python done callback registered with a context of its own: it runs
// inside that context (through a Handle, as call_soon(cb, fut, context=ctx) does).
type ctxCallback struct {
	cb  Value
	ctx *Context
}

// callable returns the Python callable of a done callback (nil for a Go hook).
func (c futureCallback) callable() Value {
	if c.fn != nil {
		return nil
	}
	if r, ok := c.recv.(*ctxCallback); ok {
		return r.cb
	}
	v, _ := c.recv.(Value)
	return v
}

// Future is asyncio.Future, ported from CPython 3.11's futures.py: a result or exception
// set once, and done callbacks scheduled with call_soon, in registration order, when that
// happens.
//
// A Future is awaitable: it implements Resumable statelessly (Send yields the future itself
// while it is pending, and returns its result or raises once it is done), so awaiting it
// allocates nothing.
type Future struct {
	loop *Loop
	// self is the outer value: the *Future itself, or the *Task embedding it.
	self  Value
	typ   *Type
	state uint8
	// blocking is _asyncio_future_blocking.
	blocking     bool
	logTraceback bool
	queued       bool // in loop.unretrieved
	// gatherSeen marks a future already taken as a child by the gather() call being set up.
	gatherSeen bool
	result     Value
	exc        *Exception

	cb0 futureCallback // first callback inline: most futures have exactly one
	cbs []futureCallback
	ncb int
	// rare holds what few futures need (cancellation details, a cancel override).
	rare *futureRare
}

// FutureType is asyncio.Future.
var FutureType = NewBuiltinType("Future", "_asyncio", nil, true)

// Type returns asyncio.Future (or the subclass it was created as).
func (f *Future) Type() *Type {
	if f.typ != nil {
		return f.typ
	}
	return FutureType
}

// NewFuture returns a pending future attached to loop (loop.create_future()).
func NewFuture(l *Loop) *Future {
	f := &Future{loop: l}
	f.self = f
	return f
}

// AsFuture returns the *Future of a future-like value (a *Future or *Task), or nil.
func AsFuture(v Value) *Future {
	switch f := v.(type) {
	case *Future:
		return f
	case *Task:
		return &f.Future
	case *Object:
		if f.Base != nil {
			return AsFuture(f.Base)
		}
	}
	return nil
}

// asFuture is AsFuture for values known to be futures.
func asFuture(v Value) *Future {
	if t, ok := v.(*Task); ok {
		return &t.Future
	}
	return AsFuture(v)
}

// Loop returns the future's loop (get_loop()).
func (f *Future) Loop() *Loop { return f.loop }

// Self returns the Python value of the future (the *Task for a task's future).
func (f *Future) Self() Value { return f.self }

// Done reports whether the future is done (finished or cancelled).
func (f *Future) Done() bool { return f.state != futPending }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.state == futCancelled }

// Result returns the result, raises the exception, CancelledError, or
// InvalidStateError('Result is not set.').
func (f *Future) Result() (Value, error) {
	switch f.state {
	case futCancelled:
		return nil, f.makeCancelledError()
	case futPending:
		return nil, NewException(InvalidStateErrorType, "Result is not set.")
	}
	f.logTraceback = false
	if f.exc != nil {
		return nil, f.exc
	}
	return f.result, nil
}

// Exception returns the exception (None if none), raises CancelledError, or
// InvalidStateError('Exception is not set.').
func (f *Future) Exception() (Value, error) {
	switch f.state {
	case futCancelled:
		return nil, f.makeCancelledError()
	case futPending:
		return nil, NewException(InvalidStateErrorType, "Exception is not set.")
	}
	f.logTraceback = false
	if f.exc != nil {
		return f.exc, nil
	}
	return None, nil
}

// Err returns the exception a finished future holds (nil when none), marking it
// retrieved; it does not check the state.
func (f *Future) Err() *Exception {
	f.logTraceback = false
	return f.exc
}

// makeCancelledError is Future._make_cancelled_error.
func (f *Future) makeCancelledError() *Exception {
	if f.rare != nil && f.rare.cancelledExc != nil {
		e := f.rare.cancelledExc
		f.rare.cancelledExc = nil
		return e
	}
	var e *Exception
	if msg := f.cancelMsg(); msg == nil || msg == None {
		e = NewException(CancelledErrorType, "")
	} else {
		e = NewExceptionArgs(CancelledErrorType, msg)
	}
	return e
}

// MakeCancelledError exposes Future._make_cancelled_error.
func (f *Future) MakeCancelledError() *Exception { return f.makeCancelledError() }

// CancelMessage returns the message given to cancel() (nil if none).
func (f *Future) CancelMessage() Value { return f.cancelMsg() }

// SetResult marks the future done with a result (set_result).
func (f *Future) SetResult(v Value) error {
	if f.state != futPending {
		return f.invalidState()
	}
	f.result = v
	f.state = futFinished
	f.scheduleCallbacks()
	return nil
}

// invalidState is the C Future's error for setting a done future.
func (f *Future) invalidState() error {
	return NewException(InvalidStateErrorType, "invalid state")
}

func (f *Future) stateName() string {
	switch f.state {
	case futPending:
		return "PENDING"
	case futCancelled:
		return "CANCELLED"
	}
	return "FINISHED"
}

// SetException marks the future done with an exception (set_exception); exc may be an
// exception class, which is instantiated.
func (f *Future) SetException(th *Thread, exc Value) error {
	if f.state != futPending {
		return f.invalidState()
	}
	if t, ok := exc.(*Type); ok {
		v, err := Call(th, t, nil, nil)
		if err != nil {
			return err
		}
		exc = v
	}
	e, ok := exc.(*Exception)
	if !ok {
		return TypeErrorf("invalid exception object")
	}
	if e.Type() == StopIterationType {
		return TypeErrorf("StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.setException(e)
	return nil
}

func (f *Future) setException(e *Exception) {
	f.exc = e
	f.state = futFinished
	f.scheduleCallbacks()
	f.logTraceback = true
	if !f.queued && f.loop != nil {
		f.queued = true
		f.loop.unretrieved = append(f.loop.unretrieved, f)
	}
}

// Cancel cancels the future and schedules its callbacks (Future.cancel). It reports false
// if the future was already done.
func (f *Future) Cancel(msg Value) bool {
	f.logTraceback = false
	if f.state != futPending {
		return false
	}
	f.state = futCancelled
	f.setCancelMsg(msg)
	f.scheduleCallbacks()
	return true
}

// scheduleCallbacks schedules every done callback with call_soon, in registration order.
func (f *Future) scheduleCallbacks() {
	n := f.ncb
	if n == 0 {
		return
	}
	l := f.loop
	for i := 0; i < n; i++ {
		c := f.cbAt(i)
		if c.fn != nil {
			l.ready.push(readyItem{fn: c.fn, recv: c.recv, arg: f.self})
		} else if r, ok := c.recv.(*ctxCallback); ok {
			l.ready.push(handleItem(&Handle{loop: l, cb: r.cb, args: []Value{f.self}, ctx: r.ctx, index: -1}))
		} else {
			l.ready.push(callbackItem(c.recv.(Value), f.self))
		}
	}
	f.cb0 = futureCallback{}
	clear(f.cbs)
	f.cbs = f.cbs[:0]
	f.ncb = 0
}

func (f *Future) cbAt(i int) futureCallback {
	if i == 0 {
		return f.cb0
	}
	return f.cbs[i-1]
}

func (f *Future) appendCallback(c futureCallback) {
	if f.ncb == 0 {
		f.cb0 = c
	} else {
		f.cbs = append(f.cbs, c)
	}
	f.ncb++
}

// removeCallbacks removes the callbacks for which match is true and returns how many.
func (f *Future) removeCallbacks(match func(c futureCallback) bool) int {
	var kept []futureCallback
	removed := 0
	for i := 0; i < f.ncb; i++ {
		c := f.cbAt(i)
		if match(c) {
			removed++
		} else {
			kept = append(kept, c)
		}
	}
	if removed == 0 {
		return 0
	}
	f.cb0 = futureCallback{}
	f.cbs = f.cbs[:0]
	f.ncb = 0
	for _, c := range kept {
		f.appendCallback(c)
	}
	return removed
}

// addHook registers a Go hook as a done callback.
func (f *Future) addHook(fn hookFunc, recv any) {
	if f.state != futPending {
		f.loop.ready.push(readyItem{fn: fn, recv: recv, arg: f.self})
		return
	}
	f.appendCallback(futureCallback{fn: fn, recv: recv})
}

// removeHook removes the Go hooks registered with receiver recv (a pointer).
func (f *Future) removeHook(recv any) {
	f.removeCallbacks(func(c futureCallback) bool { return c.fn != nil && c.recv == recv })
}

// AddDoneCallback registers the Python callable cb(fut) (add_done_callback).
func (f *Future) AddDoneCallback(cb Value, ctx Value) {
	c := asContext(ctx)
	if f.state != futPending {
		if c != nil {
			f.loop.ready.push(handleItem(&Handle{loop: f.loop, cb: cb, args: []Value{f.self}, ctx: c, index: -1}))
			return
		}
		f.loop.ready.push(callbackItem(cb, f.self))
		return
	}
	if c != nil {
		f.appendCallback(futureCallback{recv: &ctxCallback{cb: cb, ctx: c}})
		return
	}
	f.appendCallback(futureCallback{recv: cb})
}

// RemoveDoneCallback removes every registration of cb (compared with ==) and returns how
// many there were (remove_done_callback).
func (f *Future) RemoveDoneCallback(th *Thread, cb Value) (int, error) {
	var err error
	n := f.removeCallbacks(func(c futureCallback) bool {
		ccb := c.callable()
		if ccb == nil || err != nil {
			return false
		}
		eq, e := Equal(th, ccb, cb)
		if e != nil {
			err = e
		}
		return eq
	})
	return n, err
}

// AddDoneCallbackGo registers a Go done callback.
func (f *Future) AddDoneCallbackGo(cb DoneCallback) {
	f.addHook(runDoneCallback, cb)
}

// RemoveDoneCallbackGo removes the registrations of a Go done callback.
func (f *Future) RemoveDoneCallbackGo(cb DoneCallback) int {
	return f.removeCallbacks(func(c futureCallback) bool { return c.fn != nil && c.recv == any(cb) })
}

// Send implements the await protocol (Future.__await__): while the future is pending it
// yields the future itself with _asyncio_future_blocking set; once done it returns the
// result or raises the exception.
func (f *Future) Send(th *Thread, v Value) (Value, SendStatus, error) {
	if f.state == futPending {
		f.blocking = true
		return f.self, Yielded, nil
	}
	r, err := f.Result()
	if err != nil {
		return nil, Returned, err
	}
	return r, Returned, nil
}

// Throw raises exc at the await (FutureIter.throw).
func (f *Future) Throw(th *Thread, exc *Exception) (Value, SendStatus, error) {
	return nil, Returned, exc
}

// Close does nothing: a future's await holds no frame.
func (f *Future) Close(th *Thread) error { return nil }

// Await returns the iterator of `await f` (the future itself).
func (f *Future) Await(th *Thread) (Resumable, error) { return f.self.(Resumable), nil }

// Awaitable is implemented by Go values that can be awaited: Await returns the iterator
// the awaiting frame delegates to (__await__). The vm's GET_AWAITABLE calls it.
type Awaitable interface {
	Value
	Await(th *Thread) (Resumable, error)
}

// SetExceptionValue marks the future done with exc (set_exception for Go callers). It
// returns InvalidStateError if the future is already done.
func (f *Future) SetExceptionValue(exc *Exception) error {
	if f.state != futPending {
		return f.invalidState()
	}
	f.setException(exc)
	return nil
}
