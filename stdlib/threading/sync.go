package threading

import (
	"sync"
	"time"

	"github.com/aiolang/aio/runtime"
)

// lock is threading.Lock (the _thread.lock primitive): a mutex that any thread may
// release, waited on with the interpreter lock released.
type lock struct {
	ch chan struct{}
}

// event is the core of threading.Event: a flag that threads wait for.
type event struct {
	mu   sync.Mutex
	set  bool
	wake chan struct{} // closed when the flag is set
}

var (
	lockType  = newLockType()
	eventType = newEventType()
)

// Type returns _thread.lock.
func (*lock) Type() *runtime.Type { return lockType }

// Type returns _thread._Event.
func (*event) Type() *runtime.Type { return eventType }

func newLock() *lock { return &lock{ch: make(chan struct{}, 1)} }

// timeoutArg reads (blocking, timeout) or (timeout) arguments: a negative timeout means
// forever.
func timeoutArg(v runtime.Value) (float64, error) {
	if v == nil || v == runtime.None {
		return -1, nil
	}
	switch x := v.(type) {
	case runtime.Float:
		return float64(x), nil
	case runtime.Int:
		return float64(x), nil
	}
	return 0, runtime.TypeErrorf("timeout must be a number, not %s", v.Type().Name)
}

// wait blocks (interpreter lock released) until ready fires or the timeout passes.
func wait(th *runtime.Thread, ready func() <-chan struct{}, timeout float64) bool {
	ok := false
	runtime.BlockingRegion(th, func() {
		if timeout < 0 {
			<-ready()
			ok = true
			return
		}
		t := time.NewTimer(time.Duration(timeout * float64(time.Second)))
		defer t.Stop()
		select {
		case <-ready():
			ok = true
		case <-t.C:
		}
	})
	return ok
}

func (l *lock) acquire(th *runtime.Thread, blocking bool, timeout float64) bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
	}
	if !blocking {
		return false
	}
	ok := false
	runtime.BlockingRegion(th, func() {
		if timeout < 0 {
			l.ch <- struct{}{}
			ok = true
			return
		}
		t := time.NewTimer(time.Duration(timeout * float64(time.Second)))
		defer t.Stop()
		select {
		case l.ch <- struct{}{}:
			ok = true
		case <-t.C:
		}
	})
	return ok
}

func newLockType() *runtime.Type {
	t := runtime.NewBuiltinType("lock", "_thread", nil, false)
	self := func(args []runtime.Value) (*lock, error) {
		if l, ok := args[0].(*lock); ok {
			return l, nil
		}
		return nil, runtime.TypeErrorf("descriptor requires a '_thread.lock' object")
	}
	acquire := func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		l, err := self(args)
		if err != nil {
			return nil, err
		}
		npos := len(args) - len(kwnames)
		blocking := true
		var tv runtime.Value
		if npos > 1 {
			b, err := runtime.Truth(th, args[1])
			if err != nil {
				return nil, err
			}
			blocking = b
		}
		if npos > 2 {
			tv = args[2]
		}
		for i, k := range kwnames {
			switch k {
			case "blocking":
				b, err := runtime.Truth(th, args[npos+i])
				if err != nil {
					return nil, err
				}
				blocking = b
			case "timeout":
				tv = args[npos+i]
			}
		}
		timeout, err := timeoutArg(tv)
		if err != nil {
			return nil, err
		}
		if !blocking && timeout >= 0 {
			return nil, runtime.ValueErrorf("can't specify a timeout for a non-blocking call")
		}
		return runtime.BoolOf(l.acquire(th, blocking, timeout)), nil
	}
	release := func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		l, err := self(args)
		if err != nil {
			return nil, err
		}
		select {
		case <-l.ch:
			return runtime.None, nil
		default:
			return nil, runtime.RuntimeErrorf("release unlocked lock")
		}
	}
	runtime.AddMethod(t, "acquire", acquire)
	runtime.AddMethod(t, "__enter__", acquire)
	runtime.AddMethod(t, "release", release)
	runtime.AddMethod(t, "__exit__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if _, err := release(th, args[:1], nil); err != nil {
			return nil, err
		}
		return runtime.False, nil
	})
	runtime.AddMethod(t, "locked", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		l, err := self(args)
		if err != nil {
			return nil, err
		}
		return runtime.BoolOf(len(l.ch) == 1), nil
	})
	runtime.AddMethod(t, "__repr__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		l, err := self(args)
		if err != nil {
			return nil, err
		}
		state := "unlocked"
		if len(l.ch) == 1 {
			state = "locked"
		}
		return runtime.Str("<" + state + " _thread.lock object at " + runtime.AddrString(l) + ">"), nil
	})
	return t
}

func newEvent() *event { return &event{wake: make(chan struct{})} }

func newEventType() *runtime.Type {
	t := runtime.NewBuiltinType("_Event", "_thread", nil, false)
	method := func(name string, fn func(th *runtime.Thread, e *event, args []runtime.Value) (runtime.Value, error)) {
		runtime.AddMethod(t, name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			e, ok := args[0].(*event)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor requires a '_thread._Event' object")
			}
			return fn(th, e, args[1:])
		})
	}
	method("is_set", func(th *runtime.Thread, e *event, args []runtime.Value) (runtime.Value, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		return runtime.BoolOf(e.set), nil
	})
	method("set", func(th *runtime.Thread, e *event, args []runtime.Value) (runtime.Value, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if !e.set {
			e.set = true
			close(e.wake)
		}
		return runtime.None, nil
	})
	method("clear", func(th *runtime.Thread, e *event, args []runtime.Value) (runtime.Value, error) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if e.set {
			e.set = false
			e.wake = make(chan struct{})
		}
		return runtime.None, nil
	})
	method("wait", func(th *runtime.Thread, e *event, args []runtime.Value) (runtime.Value, error) {
		var tv runtime.Value
		if len(args) > 0 {
			tv = args[0]
		}
		timeout, err := timeoutArg(tv)
		if err != nil {
			return nil, err
		}
		e.mu.Lock()
		if e.set {
			e.mu.Unlock()
			return runtime.True, nil
		}
		ch := e.wake
		e.mu.Unlock()
		return runtime.BoolOf(wait(th, func() <-chan struct{} { return ch }, timeout)), nil
	})
	return t
}
