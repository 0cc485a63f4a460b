package runtime

import (
	"runtime"
	"sync"
)

// The interpreter lock. aio code normally runs on one goroutine (the one running the loop).
// Executor jobs (run_in_executor, to_thread, ThreadPoolExecutor.submit) run aio callables
// on worker goroutines; so that script values are never touched by two goroutines at once,
// such code runs holding the interpreter's lock, which the loop's goroutine holds except
// while it waits (and time.sleep releases). The lock becomes active when the first worker
// starts; until then it costs nothing.

// gilState is part of asyncioState. The lock is a channel of capacity one (send locks,
// receive unlocks): a goroutine blocked on it gets it as soon as it is released, so the
// loop's goroutine cannot take it back before a waiting worker has run.
type gilState struct {
	ch     chan struct{}
	active bool // set on the main goroutine (holding the lock from then on)
}

func (g *gilState) lock()   { g.ch <- struct{}{} }
func (g *gilState) unlock() { <-g.ch }

// activateGIL makes the interpreter lock active; the caller (running aio code, so the
// implicit holder) now holds it.
func (st *asyncioState) activateGIL() {
	if !st.gil.active {
		st.gil.ch = make(chan struct{}, 1)
		st.gil.lock()
		st.gil.active = true
	}
}

// BlockingRegion runs f (which must not touch script values) with the interpreter lock
// released, so that worker goroutines can run aio code meanwhile: blocking waits, sleeps.
func BlockingRegion(th *Thread, f func()) {
	st := asyncState(th.Interp)
	if !st.gil.active {
		f()
		return
	}
	st.gil.unlock()
	defer st.gil.lock()
	f()
}

// Executor is a pool of worker goroutines running aio callables
// (concurrent.futures.ThreadPoolExecutor). Each worker has its own Thread, marked as a
// worker for the virtual clock, and runs jobs holding the interpreter lock.
type Executor struct {
	interp  *Interp
	max     int
	mu      sync.Mutex
	queue   []*execJob
	idle    int
	workers int
	closed  bool
	pending sync.WaitGroup // jobs not finished
	done    sync.WaitGroup // workers not exited

	condOnce sync.Once
	cond     *sync.Cond
}

// ExecutorType is the Python type of executors (ThreadPoolExecutor).
var ExecutorType = NewBuiltinType("ThreadPoolExecutor", "concurrent.futures.thread", nil, false)

// Type returns ThreadPoolExecutor.
func (e *Executor) Type() *Type { return ExecutorType }

type execJob struct {
	// started, when not nil, is closed once a worker runs the job holding the
	// interpreter lock (or drops it, cancelled).
	started chan struct{}
	fn      Value
	args    []Value
	kw      []string
	fut     *ConcurrentFuture
}

// NewExecutor returns a pool of at most max workers (max <= 0: min(32, NumCPU+4), as
// CPython's default).
func NewExecutor(in *Interp, max int) *Executor {
	if max <= 0 {
		max = runtime.NumCPU() + 4
		if max > 32 {
			max = 32
		}
	}
	return &Executor{interp: in, max: max}
}

// Submit schedules fn(*args) on a worker and returns its concurrent future
// (executor.submit). th is the submitting thread.
func (e *Executor) Submit(th *Thread, fn Value, args []Value, kwnames []string) (*ConcurrentFuture, error) {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return nil, RuntimeErrorf("cannot schedule new futures after shutdown")
	}
	st := asyncState(th.Interp)
	st.activateGIL()
	if vc, ok := InterpClock(th.Interp).(*VirtualClock); ok {
		vc.WorkerQueued()
	}
	job := &execJob{fn: fn, args: args, kw: kwnames, fut: NewConcurrentFuture()}
	e.queue = append(e.queue, job)
	e.pending.Add(1)
	start := e.idle == 0 && e.workers < e.max
	if start {
		e.workers++
		e.done.Add(1)
	}
	e.mu.Unlock()
	if start {
		// As CPython's Thread.start, wait until the new worker runs: it takes the
		// interpreter lock and keeps it until its job blocks or ends.
		job.started = make(chan struct{})
		go e.worker()
		BlockingRegion(th, func() { <-job.started })
	} else {
		execCond(e).Signal()
	}
	return job.fut, nil
}

// execCond returns the executor's condition variable (lazily created under e.mu's use).
func execCond(e *Executor) *sync.Cond {
	e.condOnce.Do(func() { e.cond = sync.NewCond(&e.mu) })
	return e.cond
}

// worker runs jobs until the executor shuts down.
func (e *Executor) worker() {
	defer e.done.Done()
	in := e.interp
	th := in.NewThread()
	MarkWorkerThread(th, true)
	st := asyncState(in)
	vc, _ := InterpClock(in).(*VirtualClock)
	cond := execCond(e)
	for {
		e.mu.Lock()
		for len(e.queue) == 0 && !e.closed {
			e.idle++
			cond.Wait()
			e.idle--
		}
		if len(e.queue) == 0 {
			e.mu.Unlock()
			return
		}
		job := e.queue[0]
		e.queue = e.queue[1:]
		e.mu.Unlock()

		if vc != nil {
			vc.WorkerStarted()
		}
		if job.fut.setRunning() {
			st.gil.lock()
			if job.started != nil {
				close(job.started)
			}
			r, err := Call(th, job.fn, job.args, job.kw)
			st.gil.unlock()
			job.fut.finish(r, err)
		} else if job.started != nil {
			close(job.started)
		}
		if vc != nil {
			vc.WorkerDone()
		}
		e.pending.Done()
	}
}

// Shutdown stops accepting jobs; with wait it blocks (interpreter lock released) until
// every submitted job has finished.
func (e *Executor) Shutdown(th *Thread, wait bool) {
	e.mu.Lock()
	e.closed = true
	e.mu.Unlock()
	execCond(e).Broadcast()
	if wait {
		BlockingRegion(th, e.pending.Wait)
	}
}

// WaitIdle blocks (without the interpreter lock: call it from a goroutine of its own)
// until every submitted job has finished.
func (e *Executor) WaitIdle() { e.pending.Wait() }

// ConcurrentFuture is concurrent.futures.Future: completed by a worker goroutine, read
// from any goroutine.
type ConcurrentFuture struct {
	mu        sync.Mutex
	state     uint8 // futPending, futCancelled, futFinished, or running
	running   bool
	result    Value
	err       *Exception
	doneCh    chan struct{}
	callbacks []func(*ConcurrentFuture)
}

// ConcurrentFutureType is concurrent.futures.Future.
var ConcurrentFutureType = NewBuiltinType("Future", "concurrent.futures._base", nil, false)

// Type returns concurrent.futures.Future.
func (f *ConcurrentFuture) Type() *Type { return ConcurrentFutureType }

// NewConcurrentFuture returns a pending concurrent future.
func NewConcurrentFuture() *ConcurrentFuture {
	return &ConcurrentFuture{doneCh: make(chan struct{})}
}

func (f *ConcurrentFuture) setRunning() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state != futPending {
		return false
	}
	f.running = true
	return true
}

// SetOutcome completes the future with a result or an exception (set_result /
// set_exception).
func (f *ConcurrentFuture) SetOutcome(r Value, err error) { f.finish(r, err) }

func (f *ConcurrentFuture) finish(r Value, err error) {
	f.mu.Lock()
	if f.state != futPending {
		f.mu.Unlock()
		return
	}
	f.state = futFinished
	f.running = false
	if err != nil {
		f.err = AsException(err)
	} else {
		f.result = r
	}
	f.doneUnlock()
}

// doneUnlock, called with f.mu held once f is finished or cancelled, wakes
// the waiters, releases the lock and then runs the done callbacks.
func (f *ConcurrentFuture) doneUnlock() {
	cbs := f.callbacks
	f.callbacks = nil
	close(f.doneCh)
	f.mu.Unlock()
	for _, cb := range cbs {
		cb(f)
	}
}

// Cancel cancels the future unless it is running or done.
func (f *ConcurrentFuture) Cancel() bool {
	f.mu.Lock()
	if f.running || f.state == futFinished {
		f.mu.Unlock()
		return false
	}
	if f.state == futCancelled {
		f.mu.Unlock()
		return true
	}
	f.state = futCancelled
	f.doneUnlock()
	return true
}

// Done reports whether the future finished or was cancelled.
func (f *ConcurrentFuture) Done() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state != futPending
}

// Running reports whether a worker is running the job.
func (f *ConcurrentFuture) Running() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.running
}

// Cancelled reports whether the future was cancelled.
func (f *ConcurrentFuture) Cancelled() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == futCancelled
}

// Outcome returns the state of a done future: cancelled, or its result or exception.
func (f *ConcurrentFuture) Outcome() (cancelled bool, r Value, err *Exception) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == futCancelled, f.result, f.err
}

// Wait blocks (interpreter lock released) until the future is done.
func (f *ConcurrentFuture) Wait(th *Thread) {
	BlockingRegion(th, func() { <-f.doneCh })
}

// OnDone registers a Go callback run (on the completing goroutine, without the
// interpreter lock) when the future is done; at once if it already is.
func (f *ConcurrentFuture) OnDone(cb func(*ConcurrentFuture)) {
	f.mu.Lock()
	if f.state == futPending {
		f.callbacks = append(f.callbacks, cb)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	cb(f)
}

// WrapConcurrent returns an asyncio future of loop l following the concurrent future cf
// (asyncio.wrap_future): its outcome is copied through call_soon_threadsafe, and
// cancelling it cancels cf.
func (l *Loop) WrapConcurrent(cf *ConcurrentFuture) *Future {
	dst := NewFuture(l)
	dst.AddDoneCallbackGo(&cancelSource{cf})
	cf.OnDone(func(src *ConcurrentFuture) {
		l.mu.Lock()
		closed := l.tsClosed
		l.mu.Unlock()
		if closed {
			return
		}
		l.CallSoonThreadsafeGo(func(th *Thread, _ Value) error {
			if dst.Cancelled() {
				return nil
			}
			cancelled, r, err := src.Outcome()
			switch {
			case cancelled:
				dst.Cancel(None)
			case err != nil:
				dst.setException(err)
			default:
				dst.SetResult(r)
			}
			return nil
		}, None)
	})
	return dst
}

// cancelSource is _chain_future's _call_check_cancel.
type cancelSource struct{ cf *ConcurrentFuture }

// FutureDone cancels the concurrent future when the asyncio future was cancelled.
func (c *cancelSource) FutureDone(th *Thread, fv Value) error {
	if AsFuture(fv).Cancelled() {
		c.cf.Cancel()
	}
	return nil
}

// DefaultExecutor returns the loop's default executor, creating it on first use.
func (l *Loop) DefaultExecutor() *Executor {
	if l.executor == nil {
		l.executor = NewExecutor(l.interp, 0)
	}
	return l.executor
}

// RunInExecutor implements loop.run_in_executor(executor, func, *args); ex nil means the
// default executor.
func (l *Loop) RunInExecutor(th *Thread, ex *Executor, fn Value, args []Value) (*Future, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	if ex == nil {
		if l.executorShutdown {
			return nil, RuntimeErrorf("Executor shutdown has been called")
		}
		ex = l.DefaultExecutor()
	}
	cf, err := ex.Submit(th, fn, args, nil)
	if err != nil {
		return nil, err
	}
	return l.WrapConcurrent(cf), nil
}

// ShutdownDefaultExecutor returns the coroutine loop.shutdown_default_executor(): it
// waits (the loop running) until the default executor's jobs have finished.
func (l *Loop) ShutdownDefaultExecutor() *GoCoroutine {
	return NewGoCoroutine("BaseEventLoop.shutdown_default_executor", GoCoroBodyFunc(func(th *Thread, c *GoCoroutine, sent Value, exc *Exception) (Value, SendStatus, error) {
		if exc != nil {
			return nil, Returned, exc
		}
		if c.State == 1 {
			return None, Returned, nil
		}
		l.executorShutdown = true
		ex := l.executor
		if ex == nil {
			return None, Returned, nil
		}
		fut := NewFuture(l)
		go func() {
			ex.mu.Lock()
			ex.closed = true
			ex.mu.Unlock()
			execCond(ex).Broadcast()
			ex.WaitIdle()
			l.CallSoonThreadsafeGo(func(th *Thread, _ Value) error {
				if !fut.Done() {
					fut.SetResult(None)
				}
				return nil
			}, None)
		}()
		c.State = 1
		return fut, AwaitStatus, nil
	}))
}
