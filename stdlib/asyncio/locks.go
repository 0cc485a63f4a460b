package asyncio

import (
	"github.com/aiolang/aio/runtime"
)

// The synchronization primitives of asyncio.locks, ported from CPython 3.11.7: waiters are
// futures in FIFO order, woken with set_result, so wake-ups take CPython's number of loop
// iterations.
var (
	lockType         = runtime.NewBuiltinType("Lock", "asyncio.locks", nil, false)
	eventType        = runtime.NewBuiltinType("Event", "asyncio.locks", nil, false)
	conditionType    = runtime.NewBuiltinType("Condition", "asyncio.locks", nil, false)
	semaphoreType    = runtime.NewBuiltinType("Semaphore", "asyncio.locks", nil, false)
	boundedSemType   = runtime.NewBuiltinType("BoundedSemaphore", "asyncio.locks", semaphoreType, false)
	errNotAcquired   = "Lock is not acquired."
	errBoundedTooBig = "BoundedSemaphore released too many times"
)

// loopBound is asyncio.mixins._LoopBoundMixin: the object binds to the running loop on
// first use.
type loopBound struct {
	loop *runtime.Loop
}

func (b *loopBound) getLoop(th *runtime.Thread, self runtime.Value) (*runtime.Loop, error) {
	loop, err := runtime.GetRunningLoop(th)
	if err != nil {
		return nil, err
	}
	if b.loop == nil {
		b.loop = loop
	}
	if loop != b.loop {
		r, _ := runtime.Repr(th, self)
		return nil, runtime.RuntimeErrorf("%s is bound to a different event loop", r)
	}
	return loop, nil
}

// waiters is a FIFO of waiter futures.
type waiters []*runtime.Future

func (w *waiters) remove(f *runtime.Future) bool {
	if len(*w) > 0 && (*w)[0] == f {
		(*w)[0] = nil
		*w = (*w)[1:]
		return true
	}
	for i, x := range *w {
		if x == f {
			*w = append((*w)[:i], (*w)[i+1:]...)
			return true
		}
	}
	return false
}

// wakeupNext is Queue._wakeup_next: pop waiters until one that is not done, and wake it.
func (w *waiters) wakeupNext() {
	for len(*w) > 0 {
		f := (*w)[0]
		*w = (*w)[1:]
		if !f.Done() {
			f.SetResult(runtime.None)
			return
		}
	}
}

func isCancelled(exc *runtime.Exception) bool {
	return exc != nil && exc.Type().IsSubtype(runtime.CancelledErrorType)
}

// objRepr formats <asyncio.locks.Lock object at 0x… [extra]>.
func objRepr(v runtime.Value, extra string) string {
	t := v.Type()
	return "<" + t.Module + "." + t.Name + " object at " + runtime.AddrString(v) + " [" + extra + "]>"
}

func waitersExtra(extra string, n int) string {
	if n > 0 {
		return extra + ", waiters:" + itoa(n)
	}
	return extra
}

func itoa(n int) string {
	s, _ := runtime.Repr(nil, runtime.Int(n))
	return s
}

// ---- Lock ----

// Lock is asyncio.Lock.
type Lock struct {
	loopBound
	waiters waiters
	locked  bool
}

// Type returns asyncio.Lock.
func (l *Lock) Type() *runtime.Type { return lockType }

func (l *Lock) wakeUpFirst() {
	if len(l.waiters) == 0 {
		return
	}
	if f := l.waiters[0]; !f.Done() {
		f.SetResult(runtime.True)
	}
}

// Acquire returns the coroutine lock.acquire().
func (l *Lock) Acquire() *runtime.GoCoroutine {
	var fut *runtime.Future
	return runtime.NewGoCoroutine("Lock.acquire", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if c.State == 0 {
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			free := !l.locked
			for _, w := range l.waiters {
				if !w.Cancelled() {
					free = false
				}
			}
			if free {
				l.locked = true
				return runtime.True, runtime.Returned, nil
			}
			loop, err := l.getLoop(th, l)
			if err != nil {
				return nil, runtime.Returned, err
			}
			fut = loop.CreateFuture()
			l.waiters = append(l.waiters, fut)
			c.State = 1
			return fut, runtime.AwaitStatus, nil
		}
		l.waiters.remove(fut)
		if exc != nil {
			if isCancelled(exc) && !l.locked {
				l.wakeUpFirst()
			}
			return nil, runtime.Returned, exc
		}
		l.locked = true
		return runtime.True, runtime.Returned, nil
	}))
}

// Release is lock.release().
func (l *Lock) Release() error {
	if !l.locked {
		return runtime.NewException(runtime.RuntimeErrorType, errNotAcquired)
	}
	l.locked = false
	l.wakeUpFirst()
	return nil
}

// ---- Event ----

// Event is asyncio.Event.
type Event struct {
	loopBound
	waiters waiters
	value   bool
}

// Type returns asyncio.Event.
func (e *Event) Type() *runtime.Type { return eventType }

// Set sets the flag and wakes every waiter.
func (e *Event) Set() {
	if e.value {
		return
	}
	e.value = true
	for _, f := range e.waiters {
		if !f.Done() {
			f.SetResult(runtime.True)
		}
	}
}

// Wait returns the coroutine event.wait().
func (e *Event) Wait() *runtime.GoCoroutine {
	var fut *runtime.Future
	return runtime.NewGoCoroutine("Event.wait", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if c.State == 0 {
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			if e.value {
				return runtime.True, runtime.Returned, nil
			}
			loop, err := e.getLoop(th, e)
			if err != nil {
				return nil, runtime.Returned, err
			}
			fut = loop.CreateFuture()
			e.waiters = append(e.waiters, fut)
			c.State = 1
			return fut, runtime.AwaitStatus, nil
		}
		e.waiters.remove(fut)
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		return runtime.True, runtime.Returned, nil
	}))
}

// ---- Condition ----

// Condition is asyncio.Condition.
type Condition struct {
	loopBound
	lock     runtime.Value // the underlying lock (normally a *Lock)
	waiters  waiters
	lockImpl *Lock
}

// Type returns asyncio.Condition.
func (c *Condition) Type() *runtime.Type { return conditionType }

func (c *Condition) callLock(th *runtime.Thread, name string) (runtime.Value, error) {
	m, err := runtime.GetAttr(th, c.lock, name)
	if err != nil {
		return nil, err
	}
	return runtime.Call(th, m, nil, nil)
}

func (c *Condition) isLocked(th *runtime.Thread) (bool, error) {
	if c.lockImpl != nil {
		return c.lockImpl.locked, nil
	}
	v, err := c.callLock(th, "locked")
	if err != nil {
		return false, err
	}
	return runtime.Truth(th, v)
}

// Wait returns the coroutine condition.wait().
func (c *Condition) Wait() *runtime.GoCoroutine {
	var fut *runtime.Future
	var pending *runtime.Exception // exception of the wait, re-raised after re-acquiring
	cancelled := false
	const (
		stStart = iota
		stWaiting
		stAcquiring
	)
	reacquire := func(th *runtime.Thread) (runtime.Value, runtime.SendStatus, error) {
		acq, err := c.callLock(th, "acquire")
		if err != nil {
			return nil, runtime.Returned, err
		}
		return acq, runtime.AwaitStatus, nil
	}
	return runtime.NewGoCoroutine("Condition.wait", runtime.GoCoroBodyFunc(func(th *runtime.Thread, co *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		switch co.State {
		case stStart:
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			locked, err := c.isLocked(th)
			if err != nil {
				return nil, runtime.Returned, err
			}
			if !locked {
				return nil, runtime.Returned, runtime.RuntimeErrorf("cannot wait on un-acquired lock")
			}
			if _, err := c.callLock(th, "release"); err != nil {
				return nil, runtime.Returned, err
			}
			loop, err := c.getLoop(th, c)
			if err != nil {
				co.State = stAcquiring
				pending = runtime.AsException(err)
				return reacquire(th)
			}
			fut = loop.CreateFuture()
			c.waiters = append(c.waiters, fut)
			co.State = stWaiting
			return fut, runtime.AwaitStatus, nil
		case stWaiting:
			c.waiters.remove(fut)
			pending = exc
			co.State = stAcquiring
			return reacquire(th)
		default: // stAcquiring
			if exc != nil {
				if isCancelled(exc) {
					cancelled = true
					return reacquire(th)
				}
				return nil, runtime.Returned, exc
			}
			if cancelled {
				return nil, runtime.Returned, runtime.NewException(runtime.CancelledErrorType, "")
			}
			if pending != nil {
				return nil, runtime.Returned, pending
			}
			return runtime.True, runtime.Returned, nil
		}
	}))
}

// WaitFor returns the coroutine condition.wait_for(predicate).
func (c *Condition) WaitFor(pred runtime.Value) *runtime.GoCoroutine {
	return c.waitFor(func(th *runtime.Thread) (runtime.Value, bool, error) {
		r, err := runtime.Call(th, pred, nil, nil)
		if err != nil {
			return nil, false, err
		}
		ok, err := runtime.Truth(th, r)
		return r, ok, err
	})
}

// waitFor is wait_for with a Go predicate returning its value and truth.
func (c *Condition) waitFor(pred func(th *runtime.Thread) (runtime.Value, bool, error)) *runtime.GoCoroutine {
	return runtime.NewGoCoroutine("Condition.wait_for", runtime.GoCoroBodyFunc(func(th *runtime.Thread, co *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		r, ok, err := pred(th)
		if err != nil {
			return nil, runtime.Returned, err
		}
		if ok {
			return r, runtime.Returned, nil
		}
		return c.Wait(), runtime.AwaitStatus, nil
	}))
}

// Notify wakes up to n waiters.
func (c *Condition) Notify(th *runtime.Thread, n int) error {
	locked, err := c.isLocked(th)
	if err != nil {
		return err
	}
	if !locked {
		return runtime.RuntimeErrorf("cannot notify on un-acquired lock")
	}
	idx := 0
	for _, f := range c.waiters {
		if idx >= n {
			break
		}
		if !f.Done() {
			idx++
			f.SetResult(runtime.False)
		}
	}
	return nil
}

// ---- Semaphore ----

// Semaphore is asyncio.Semaphore (and BoundedSemaphore when bound >= 0).
type Semaphore struct {
	loopBound
	waiters waiters
	value   int
	bound   int
	typ     *runtime.Type
}

// Type returns asyncio.Semaphore or asyncio.BoundedSemaphore.
func (s *Semaphore) Type() *runtime.Type { return s.typ }

// Locked reports whether the semaphore cannot be acquired immediately.
func (s *Semaphore) Locked() bool {
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters {
		if !w.Cancelled() {
			return true
		}
	}
	return false
}

func (s *Semaphore) wakeUpNext() {
	for _, f := range s.waiters {
		if !f.Done() {
			s.value--
			f.SetResult(runtime.True)
			return
		}
	}
}

// Acquire returns the coroutine semaphore.acquire().
func (s *Semaphore) Acquire() *runtime.GoCoroutine {
	var fut *runtime.Future
	return runtime.NewGoCoroutine("Semaphore.acquire", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if c.State == 0 {
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			if !s.Locked() {
				s.value--
				return runtime.True, runtime.Returned, nil
			}
			loop, err := s.getLoop(th, s)
			if err != nil {
				return nil, runtime.Returned, err
			}
			fut = loop.CreateFuture()
			s.waiters = append(s.waiters, fut)
			c.State = 1
			return fut, runtime.AwaitStatus, nil
		}
		s.waiters.remove(fut)
		if exc != nil {
			if isCancelled(exc) && !fut.Cancelled() {
				s.value++
				s.wakeUpNext()
			}
			return nil, runtime.Returned, exc
		}
		if s.value > 0 {
			s.wakeUpNext()
		}
		return runtime.True, runtime.Returned, nil
	}))
}

// Release is semaphore.release().
func (s *Semaphore) Release() error {
	if s.bound >= 0 && s.value >= s.bound {
		return runtime.NewException(runtime.ValueErrorType, errBoundedTooBig)
	}
	s.value++
	s.wakeUpNext()
	return nil
}

// ---- the async context manager protocol shared by Lock, Condition, Semaphore ----

// acquirer is what `async with` needs from a lock-like object.
type acquirer interface {
	acquireCoro(th *runtime.Thread) (runtime.Value, error)
	release(th *runtime.Thread) error
}

func (l *Lock) acquireCoro(th *runtime.Thread) (runtime.Value, error) { return l.Acquire(), nil }
func (l *Lock) release(th *runtime.Thread) error                      { return l.Release() }
func (s *Semaphore) acquireCoro(th *runtime.Thread) (runtime.Value, error) {
	return s.Acquire(), nil
}
func (s *Semaphore) release(th *runtime.Thread) error { return s.Release() }
func (c *Condition) acquireCoro(th *runtime.Thread) (runtime.Value, error) {
	return c.callLock(th, "acquire")
}
func (c *Condition) release(th *runtime.Thread) error {
	_, err := c.callLock(th, "release")
	return err
}

// aenter is _ContextManagerMixin.__aenter__: await self.acquire(); return None.
func aenter(a acquirer) *runtime.GoCoroutine {
	return runtime.NewGoCoroutine("_ContextManagerMixin.__aenter__", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		if c.State == 0 {
			c.State = 1
			coro, err := a.acquireCoro(th)
			if err != nil {
				return nil, runtime.Returned, err
			}
			return coro, runtime.AwaitStatus, nil
		}
		return runtime.None, runtime.Returned, nil
	}))
}

// aexit is _ContextManagerMixin.__aexit__: self.release().
func aexit(a acquirer) *runtime.GoCoroutine {
	return runtime.NewGoCoroutine("_ContextManagerMixin.__aexit__", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		if err := a.release(th); err != nil {
			return nil, runtime.Returned, err
		}
		return runtime.None, runtime.Returned, nil
	}))
}
