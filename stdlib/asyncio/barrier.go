package asyncio

import "github.com/aiolang/aio/runtime"

// asyncio.Barrier (3.11.7) and BrokenBarrierError.
var (
	barrierType            = runtime.NewBuiltinType("Barrier", "asyncio.locks", nil, false)
	brokenBarrierErrorType = runtime.NewExceptionType("BrokenBarrierError", "asyncio.exceptions", runtime.RuntimeErrorType)
)

// barrier states (_BarrierState values)
const (
	bsFilling   = "filling"
	bsDraining  = "draining"
	bsResetting = "resetting"
	bsBroken    = "broken"
)

// Barrier is asyncio.Barrier: wait() blocks until parties tasks wait, then all proceed.
type Barrier struct {
	cond    *Condition
	parties int
	state   string
	count   int
}

// Type returns asyncio.Barrier.
func (b *Barrier) Type() *runtime.Type { return barrierType }

func (b *Barrier) exit() {
	if b.count == 0 {
		if b.state == bsResetting || b.state == bsDraining {
			b.state = bsFilling
		}
		b.cond.notifyAll()
	}
}

func (c *Condition) notifyAll() {
	for _, f := range c.waiters {
		if !f.Done() {
			f.SetResult(runtime.False)
		}
	}
}

func brokenBarrier(msg string) error { return runtime.NewException(brokenBarrierErrorType, msg) }

// Wait returns the coroutine barrier.wait().
func (b *Barrier) Wait() *runtime.GoCoroutine {
	const (
		stAcquire = iota
		stBlock
		stWait
	)
	index := 0
	lock := b.cond.lockImpl
	// finish runs the finally clause, then releases the lock (async with's exit).
	finish := func(inFinally bool, r runtime.Value, err error) (runtime.Value, runtime.SendStatus, error) {
		if inFinally {
			b.count--
			b.exit()
		}
		if rerr := lock.Release(); rerr != nil && err == nil {
			err = rerr
		}
		if err != nil {
			return nil, runtime.Returned, err
		}
		return r, runtime.Returned, nil
	}
	return runtime.NewGoCoroutine("Barrier.wait", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		switch c.State {
		case stAcquire:
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			c.State = stAcquire + 10 // acquiring
			return lock.Acquire(), runtime.AwaitStatus, nil
		case stAcquire + 10:
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			c.State = stBlock
			return b.cond.waitFor(func(*runtime.Thread) (runtime.Value, bool, error) {
				ok := b.state != bsDraining && b.state != bsResetting
				return runtime.BoolOf(ok), ok, nil
			}), runtime.AwaitStatus, nil
		case stBlock:
			if exc != nil {
				return finish(false, nil, exc)
			}
			if b.state == bsBroken {
				return finish(false, nil, brokenBarrier("Barrier aborted"))
			}
			index = b.count
			b.count++
			if index+1 == b.parties {
				b.state = bsDraining
				b.cond.notifyAll()
				return finish(true, runtime.Int(index), nil)
			}
			c.State = stWait
			return b.cond.waitFor(func(*runtime.Thread) (runtime.Value, bool, error) {
				ok := b.state != bsFilling
				return runtime.BoolOf(ok), ok, nil
			}), runtime.AwaitStatus, nil
		default: // stWait
			if exc != nil {
				return finish(true, nil, exc)
			}
			if b.state == bsBroken || b.state == bsResetting {
				return finish(true, nil, brokenBarrier("Abort or reset of barrier"))
			}
			return finish(true, runtime.Int(index), nil)
		}
	}))
}

// withLock returns a coroutine running f holding the condition's lock.
func (b *Barrier) withLock(name string, f func()) *runtime.GoCoroutine {
	lock := b.cond.lockImpl
	return runtime.NewGoCoroutine(name, runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		if c.State == 0 {
			c.State = 1
			return lock.Acquire(), runtime.AwaitStatus, nil
		}
		f()
		return runtime.None, runtime.Returned, lock.Release()
	}))
}

var specBarrier = runtime.ArgSpec{Func: "Barrier", Names: []string{"parties"}, Required: 1}

func init() {
	t := barrierType
	t.New = func(th *runtime.Thread, typ *runtime.Type, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [1]runtime.Value
		if _, err := specBarrier.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		n, ok := runtime.AsInt64(a[0])
		if !ok {
			return nil, runtime.TypeErrorf("'<' not supported between instances of '%s' and 'int'", a[0].Type().Name)
		}
		if n < 1 {
			return nil, runtime.ValueErrorf("parties must be > 0")
		}
		lock := &Lock{}
		return &Barrier{cond: &Condition{lock: lock, lockImpl: lock}, parties: int(n), state: bsFilling}, nil
	}
	method(t, "wait", func(th *runtime.Thread, b *Barrier, args []runtime.Value, kw []string) (runtime.Value, error) {
		return b.Wait(), nil
	})
	method(t, "__aenter__", func(th *runtime.Thread, b *Barrier, args []runtime.Value, kw []string) (runtime.Value, error) {
		return b.Wait(), nil
	})
	method(t, "__aexit__", func(th *runtime.Thread, b *Barrier, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.NewGoCoroutine("Barrier.__aexit__", nil), nil
	})
	method(t, "reset", func(th *runtime.Thread, b *Barrier, args []runtime.Value, kw []string) (runtime.Value, error) {
		return b.withLock("Barrier.reset", func() {
			if b.count > 0 {
				b.state = bsResetting
			} else {
				b.state = bsFilling
			}
			b.cond.notifyAll()
		}), nil
	})
	method(t, "abort", func(th *runtime.Thread, b *Barrier, args []runtime.Value, kw []string) (runtime.Value, error) {
		return b.withLock("Barrier.abort", func() {
			b.state = bsBroken
			b.cond.notifyAll()
		}), nil
	})
	method(t, "__repr__", func(th *runtime.Thread, b *Barrier, args []runtime.Value, kw []string) (runtime.Value, error) {
		extra := b.state
		if b.state != bsBroken {
			extra += ", waiters:" + itoa(b.nWaiting()) + "/" + itoa(b.parties)
		}
		return runtime.Str(objRepr(b, extra)), nil
	})
	addGetter(t, "parties", func(b *Barrier) runtime.Value { return runtime.Int(b.parties) })
	addGetter(t, "n_waiting", func(b *Barrier) runtime.Value { return runtime.Int(b.nWaiting()) })
	addGetter(t, "broken", func(b *Barrier) runtime.Value { return runtime.BoolOf(b.state == bsBroken) })
}

func (b *Barrier) nWaiting() int {
	if b.state == bsFilling {
		return b.count
	}
	return 0
}
