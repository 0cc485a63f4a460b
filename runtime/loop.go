package runtime

import (
	"math"
	"sync"
	"time"
)

// Loop is an asyncio event loop (its Python type is _UnixSelectorEventLoop), ported from
// CPython 3.11's BaseEventLoop: a FIFO ready queue of which each iteration runs exactly the
// entries present when it began, and a heap of timers ordered by (deadline, sequence).
//
// Everything but CallSoonThreadsafe / CallSoonThreadsafeGo must be used from the goroutine
// running the loop.
type Loop struct {
	interp *Interp
	clock  Clock
	vclock *VirtualClock // non-nil under a virtual clock

	ready          readyQueue
	timers         timerHeap
	timerCancelled int
	timerSeq       uint64

	running  bool
	stopping bool
	closed   bool
	debug    bool
	thread   *Thread // the thread running the loop

	// thread-safe entry
	mu       sync.Mutex
	tsQueue  []readyItem
	tsClosed bool
	wake     chan struct{}
	waitT    *time.Timer

	current *Task // the task whose step is running
	// lastTask is the task created last, until an expression statement drops it
	// (TaskDropped)
	lastTask *Task
	// pending tasks in creation order (all_tasks), an intrusive list
	taskHead, taskTail *Task

	// ExceptionHandler is the Python callable set by set_exception_handler, or nil.
	ExceptionHandler Value
	// unretrieved holds futures that finished with an exception, to report those never
	// retrieved when the loop closes.
	unretrieved []*Future
	// asyncgens are the async generators first iterated while this loop ran (for
	// shutdown_asyncgens).
	asyncgens        []Value
	executor         *Executor
	executorShutdown bool
	// Extra is free for stdlib code attached to this loop (the default executor, …).
	Extra map[string]Value
}

// LoopType is the Python type of event loops.
var LoopType = NewBuiltinType("_UnixSelectorEventLoop", "asyncio.unix_events", nil, false)

// Type returns _UnixSelectorEventLoop.
func (l *Loop) Type() *Type { return LoopType }

// clockResolution is time.get_clock_info('monotonic').resolution on Linux.
const clockResolution = 1e-09

// maxSelectTimeout is asyncio's MAXIMUM_SELECT_TIMEOUT (24 hours).
const maxSelectTimeout = 24 * 3600

const (
	minScheduledTimers        = 100
	minCancelledTimerFraction = 0.5
)

// NewLoop returns a new event loop of interpreter in, reading in's clock.
func NewLoop(in *Interp) *Loop {
	l := &Loop{interp: in, clock: InterpClock(in), wake: make(chan struct{}, 1)}
	l.vclock, _ = l.clock.(*VirtualClock)
	st := asyncState(in)
	st.mu.Lock()
	st.loops = append(st.loops, l)
	st.mu.Unlock()
	return l
}

// Interp returns the loop's interpreter.
func (l *Loop) Interp() *Interp { return l.interp }

// Time returns the loop's clock (loop.time()).
func (l *Loop) Time() float64 { return l.clock.Monotonic() }

// IsRunning reports whether the loop is running.
func (l *Loop) IsRunning() bool { return l.running }

// IsClosed reports whether the loop was closed.
func (l *Loop) IsClosed() bool { return l.closed }

// Debug reports the debug flag (get_debug()).
func (l *Loop) Debug() bool { return l.debug }

// SetDebug sets the debug flag (set_debug()).
func (l *Loop) SetDebug(b bool) { l.debug = b }

// Stop makes run_forever return after the current iteration.
func (l *Loop) Stop() { l.stopping = true }

func errLoopClosed() error { return NewException(RuntimeErrorType, "Event loop is closed") }

func (l *Loop) checkClosed() error {
	if l.closed {
		return errLoopClosed()
	}
	return nil
}

// CallSoon schedules the Python callable cb(*args) (loop.call_soon).
func (l *Loop) CallSoon(cb Value, args []Value, ctx Value) (*Handle, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	h := &Handle{loop: l, cb: cb, args: args, ctx: asContext(ctx), index: -1}
	l.ready.push(handleItem(h))
	return h, nil
}

// CallSoonGo schedules fn(arg) on the next iteration.
func (l *Loop) CallSoonGo(fn GoCallback, arg Value) error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	l.ready.push(readyItem{fn: runGoCallback, recv: fn, arg: arg})
	return nil
}

// CallSoonGoHandle schedules fn(arg) on the next iteration and returns its cancellable
// handle.
func (l *Loop) CallSoonGoHandle(fn GoCallback, arg Value) (*Handle, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	h := &Handle{loop: l, fn: runGoCallback, recv: fn, arg: arg, index: -1}
	l.ready.push(handleItem(h))
	return h, nil
}

// callSoonHook schedules a Go hook without allocating.
func (l *Loop) callSoonHook(fn hookFunc, recv any, arg Value) {
	l.ready.push(readyItem{fn: fn, recv: recv, arg: arg})
}

// callSoonValue schedules the Python callable cb(arg) (a future's done callback).
func (l *Loop) callSoonValue(cb Value, arg Value) {
	l.ready.push(callbackItem(cb, arg))
}

// CallAt schedules cb(*args) at loop time when (loop.call_at).
func (l *Loop) CallAt(when float64, cb Value, args []Value, ctx Value) (*Handle, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	h := &Handle{loop: l, cb: cb, args: args, ctx: asContext(ctx), timer: true, when: when}
	l.pushTimer(h)
	return h, nil
}

// CallLater schedules cb(*args) delay seconds from now (loop.call_later).
func (l *Loop) CallLater(delay float64, cb Value, args []Value, ctx Value) (*Handle, error) {
	return l.CallAt(l.Time()+delay, cb, args, ctx)
}

// CallAtGo schedules fn(arg) at loop time when.
func (l *Loop) CallAtGo(when float64, fn GoCallback, arg Value) (*Handle, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	h := &Handle{loop: l, fn: runGoCallback, recv: fn, arg: arg, timer: true, when: when}
	l.pushTimer(h)
	return h, nil
}

// CallLaterGo schedules fn(arg) delay seconds from now.
func (l *Loop) CallLaterGo(delay float64, fn GoCallback, arg Value) (*Handle, error) {
	return l.CallAtGo(l.Time()+delay, fn, arg)
}

// callAtHook schedules a Go hook at loop time when.
func (l *Loop) callAtHook(when float64, fn hookFunc, recv any, arg Value) (*Handle, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	h := &Handle{loop: l, fn: fn, recv: recv, arg: arg, timer: true, when: when}
	l.pushTimer(h)
	return h, nil
}

func (l *Loop) pushTimer(h *Handle) {
	h.seq = l.timerSeq
	l.timerSeq++
	h.scheduled = true
	l.timers.push(h)
}

// CallSoonThreadsafe schedules cb(*args) from any goroutine. It never blocks; once the
// loop is closed it fails with RuntimeError('Event loop is closed').
//
// Called from the thread running the loop (th), it schedules at once, like call_soon.
func (l *Loop) CallSoonThreadsafe(th *Thread, cb Value, args []Value, ctx Value) (*Handle, error) {
	h := &Handle{loop: l, cb: cb, args: args, ctx: asContext(ctx), index: -1}
	if th != nil && th == l.thread {
		if err := l.checkClosed(); err != nil {
			return nil, err
		}
		l.ready.push(handleItem(h))
		return h, nil
	}
	if err := l.pushThreadsafe(handleItem(h)); err != nil {
		return nil, err
	}
	return h, nil
}

// CallSoonThreadsafeGo schedules fn(arg) on the loop from any goroutine. It never blocks;
// once the loop is closed it fails with RuntimeError('Event loop is closed'). fn runs on
// the loop's goroutine, where it may touch script values.
func (l *Loop) CallSoonThreadsafeGo(fn GoCallback, arg Value) error {
	return l.pushThreadsafe(readyItem{fn: runGoCallback, recv: fn, arg: arg})
}

func (l *Loop) pushThreadsafe(it readyItem) error {
	l.mu.Lock()
	if l.tsClosed {
		l.mu.Unlock()
		return errLoopClosed()
	}
	l.tsQueue = append(l.tsQueue, it)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
	return nil
}

// drainThreadsafe moves the thread-safe calls into the ready queue; it reports whether
// there were any.
func (l *Loop) drainThreadsafe() bool {
	l.mu.Lock()
	q := l.tsQueue
	l.tsQueue = nil
	l.mu.Unlock()
	for _, it := range q {
		l.ready.push(it)
	}
	return len(q) > 0
}

func (l *Loop) hasThreadsafe() bool {
	l.mu.Lock()
	n := len(l.tsQueue)
	l.mu.Unlock()
	return n > 0
}

// wait blocks until a thread-safe call arrives or d passes (d < 0: no time limit).
func (l *Loop) wait(d time.Duration) {
	if d == 0 {
		return
	}
	if d < 0 || d > maxSelectTimeout*time.Second {
		// A pending timer keeps Go's deadlock detector quiet while the loop waits for a
		// call that may never come (CPython hangs the same way).
		d = maxSelectTimeout * time.Second
	}
	if l.waitT == nil {
		l.waitT = time.NewTimer(d)
	} else {
		l.waitT.Reset(d)
	}
	if l.thread != nil {
		BlockingRegion(l.thread, l.waitSelect)
		return
	}
	l.waitSelect()
}

func (l *Loop) waitSelect() {
	select {
	case <-l.wake:
		if !l.waitT.Stop() {
			select {
			case <-l.waitT.C:
			default:
			}
		}
	case <-l.waitT.C:
	}
}

// virtualAdvance is pyref's jump: while nothing is ready, wait for running worker jobs, then
// move the virtual clock to the next loop timer or worker sleeper.
func (l *Loop) virtualAdvance() {
	c := l.vclock
	grace := 50
	for l.ready.len() == 0 && !l.stopping && !l.hasThreadsafe() {
		c.mu.Lock()
		if c.running > 0 || (c.queued > 0 && grace > 0) {
			if c.running == 0 {
				grace--
			}
			c.mu.Unlock()
			l.waitWorkers(c)
			continue
		}
		for len(l.timers) > 0 && l.timers[0].cancelled {
			l.timerCancelled--
			l.timers.pop().scheduled = false
		}
		have := false
		var next float64
		if len(l.timers) > 0 {
			next, have = l.timers[0].when-VirtualMonoBase, true
		}
		if len(c.sleepers) > 0 && (!have || c.sleepers[0].deadline < next) {
			next, have = c.sleepers[0].deadline, true
		}
		if !have {
			c.mu.Unlock()
			return
		}
		c.now = math.Max(c.now, next)
		woke := c.wakeDue()
		c.mu.Unlock()
		if woke == 0 {
			return
		}
	}
}

// waitWorkers waits up to a millisecond for a worker to change state (a worker's
// thread-safe call comes before the state change that ends its job).
func (l *Loop) waitWorkers(c *VirtualClock) {
	if l.thread != nil {
		BlockingRegion(l.thread, func() { l.waitWorkersUnlocked(c) })
		return
	}
	l.waitWorkersUnlocked(c)
}

func (l *Loop) waitWorkersUnlocked(c *VirtualClock) {
	t := time.NewTimer(time.Millisecond)
	select {
	case <-c.changed:
	case <-t.C:
	}
	t.Stop()
}

// runOnce runs one iteration of the loop (BaseEventLoop._run_once).
func (l *Loop) runOnce(th *Thread) error {
	if l.vclock != nil {
		l.virtualAdvance()
	}
	if n := len(l.timers); n > minScheduledTimers &&
		float64(l.timerCancelled)/float64(n) > minCancelledTimerFraction {
		l.timers.rebuild()
		l.timerCancelled = 0
	} else {
		for len(l.timers) > 0 && l.timers[0].cancelled {
			l.timerCancelled--
			l.timers.pop().scheduled = false
		}
	}

	// the select step
	if l.ready.len() == 0 && !l.stopping && !l.hasThreadsafe() {
		if len(l.timers) > 0 {
			if l.vclock == nil {
				timeout := l.timers[0].when - l.Time()
				if timeout > 0 {
					// epoll's resolution, as in CPython's selector: round up to
					// whole milliseconds, so timers close together fire in one
					// iteration.
					timeout = math.Ceil(timeout*1e3) * 1e-3
					l.wait(time.Duration(math.Min(timeout, maxSelectTimeout) * 1e9))
				}
			}
		} else {
			l.wait(-1)
		}
	}
	l.drainThreadsafe()

	end := l.Time() + clockResolution
	for len(l.timers) > 0 {
		h := l.timers[0]
		if h.when >= end {
			break
		}
		l.timers.pop()
		h.scheduled = false
		l.ready.push(handleItem(h))
	}

	for n := l.ready.len(); n > 0; n-- {
		it := l.ready.pop()
		if err := l.runItem(th, it); err != nil {
			return err
		}
	}
	return nil
}

func (l *Loop) runItem(th *Thread, it readyItem) error {
	if it.fn == nil {
		h := it.recv.(*Handle)
		if h.cancelled {
			return nil
		}
		return h.run(th)
	}
	if err := it.fn(th, it.recv, it.arg); err != nil {
		return l.callbackError(th, err, nil)
	}
	return nil
}

// RunForever runs the loop until Stop is called (loop.run_forever). th is the thread that
// runs every callback. It returns the SystemExit / KeyboardInterrupt a callback raised.
func (l *Loop) RunForever(th *Thread) error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if l.running {
		return NewException(RuntimeErrorType, "This event loop is already running")
	}
	st := asyncState(l.interp)
	if st.runningLoop(th) != nil {
		return NewException(RuntimeErrorType, "Cannot run the event loop while another loop is running")
	}
	l.running = true
	l.thread = th
	st.setRunning(th, l)
	defer func() {
		l.stopping = false
		l.running = false
		l.thread = nil
		st.setRunning(th, nil)
	}()
	for {
		if err := l.runOnce(th); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}

// stopWhenDone is run_until_complete's done callback.
func stopWhenDone(th *Thread, recv any, arg Value) error {
	f := asFuture(arg)
	if f.state != futCancelled {
		if f.exc != nil && (f.exc.Type().IsSubtype(SystemExitType) || f.exc.Type().IsSubtype(KeyboardInterruptType)) {
			return nil
		}
	}
	f.loop.Stop()
	return nil
}

// RunUntilComplete runs the loop until fut (a future, or a coroutine it wraps in a task)
// is done and returns its result (loop.run_until_complete).
func (l *Loop) RunUntilComplete(th *Thread, fut Value) (Value, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	if l.running {
		return nil, NewException(RuntimeErrorType, "This event loop is already running")
	}
	newTask := AsFuture(fut) == nil
	fv, err := EnsureFuture(th, fut, l)
	if err != nil {
		return nil, err
	}
	f := AsFuture(fv)
	if newTask {
		if t, ok := fv.(*Task); ok {
			t.logDestroyPending = false
		}
	}
	f.addHook(stopWhenDone, l)
	err = l.RunForever(th)
	f.removeHook(l)
	if err != nil {
		if newTask && f.state == futFinished {
			f.logTraceback = false
		}
		return nil, err
	}
	if f.state == futPending {
		return nil, NewException(RuntimeErrorType, "Event loop stopped before Future completed.")
	}
	return f.Result()
}

// Close closes the loop (loop.close): pending callbacks are dropped, and futures that
// finished with an exception nobody retrieved are reported ("Future exception was never
// retrieved").
func (l *Loop) Close(th *Thread) error {
	if l.running {
		return NewException(RuntimeErrorType, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	l.mu.Lock()
	l.tsClosed = true
	l.tsQueue = nil
	l.mu.Unlock()
	l.ready.clear()
	for _, h := range l.timers {
		h.scheduled = false
	}
	l.timers = nil
	if l.executor != nil {
		l.executor.Shutdown(th, false)
		l.executor = nil
	}
	l.reportUnretrieved(th)
	if l.taskHead == nil {
		st := asyncState(l.interp)
		st.mu.Lock()
		for i, x := range st.loops {
			if x == l {
				st.loops = append(st.loops[:i], st.loops[i+1:]...)
				break
			}
		}
		st.mu.Unlock()
	}
	return nil
}

// reportUnretrieved reports the futures whose exception was never retrieved.
func (l *Loop) reportUnretrieved(th *Thread) {
	list := l.unretrieved
	l.unretrieved = nil
	for _, f := range list {
		if !f.logTraceback {
			continue
		}
		f.logTraceback = false
		kind := "Future"
		key := "future"
		if _, ok := f.self.(*Task); ok {
			kind = "Task"
		}
		l.CallExceptionHandler(th, exceptionContext{
			message: kind + " exception was never retrieved",
			exc:     f.exc,
			keys:    []string{key},
			values:  []Value{f.self},
		})
	}
}
