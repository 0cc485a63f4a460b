package runtime

// GoCoroBody is the state machine of a Go-native coroutine (GoCoroutine). Resume runs the
// body from its current state to its next suspension:
//
//   - sent is the value sent in: None at the first send and after a bare yield, or the
//     result of an await the body requested;
//   - exc is non-nil when an exception is thrown in at the suspension point (or the await
//     the body requested raised).
//
// It returns what a Resumable's Send returns, with one more status, AwaitStatus: the body
// wants to await the returned value (a future, a coroutine, any awaitable); the
// GoCoroutine delegates to it and resumes the body with its result or exception.
type GoCoroBody interface {
	Resume(th *Thread, c *GoCoroutine, sent Value, exc *Exception) (Value, SendStatus, error)
}

// AwaitStatus is the status a GoCoroBody returns to await its value.
const AwaitStatus SendStatus = 200

// GoCoroBodyFunc adapts a function to GoCoroBody.
type GoCoroBodyFunc func(th *Thread, c *GoCoroutine, sent Value, exc *Exception) (Value, SendStatus, error)

// Resume calls f.
func (f GoCoroBodyFunc) Resume(th *Thread, c *GoCoroutine, sent Value, exc *Exception) (Value, SendStatus, error) {
	return f(th, c, sent, exc)
}

// GoCoroutine is a coroutine object (type name 'coroutine') driven by a Go state machine
// instead of a frame: asyncio's `async def` functions written in Go (sleep, wait,
// wait_for, …). Like a real coroutine, nothing happens at call time; the body runs at the
// first send, and awaiting inside it is delegation, so hop counts match CPython's.
type GoCoroutine struct {
	qualname string
	body     GoCoroBody
	inner    Resumable // the awaitable being delegated to
	// State is free for the body (its program counter).
	State   int
	started bool
	running bool
	done    bool
}

// GoCoroutineType is the type of Go-native coroutines (named 'coroutine', like the vm's).
var GoCoroutineType = NewBuiltinType("coroutine", "builtins", nil, false)

// Type returns the coroutine type.
func (c *GoCoroutine) Type() *Type { return GoCoroutineType }

// NewGoCoroutine returns a coroutine named qualname running body (nil: returns None).
func NewGoCoroutine(qualname string, body GoCoroBody) *GoCoroutine {
	return &GoCoroutine{qualname: qualname, body: body}
}

// Init sets up a GoCoroutine embedded in a body struct.
func (c *GoCoroutine) Init(qualname string, body GoCoroBody) {
	c.qualname = qualname
	c.body = body
}

func (c *GoCoroutine) goCoroutine() *GoCoroutine { return c }

// CoroInfo describes the coroutine for task reprs.
func (c *GoCoroutine) CoroInfo() CoroInfo {
	return CoroInfo{Qualname: c.qualname, Done: c.done}
}

// Qualname returns the coroutine's __qualname__.
func (c *GoCoroutine) Qualname() string { return c.qualname }

// Done reports whether the coroutine finished.
func (c *GoCoroutine) Done() bool { return c.done }

// Send resumes the coroutine with v.
func (c *GoCoroutine) Send(th *Thread, v Value) (Value, SendStatus, error) {
	if err := c.check(v); err != nil {
		return nil, Returned, err
	}
	if c.inner != nil {
		r, st, err := c.inner.Send(th, v)
		if err == nil && st == Yielded {
			return r, Yielded, nil
		}
		c.inner = nil
		return c.resume(th, r, AsExceptionOrNil(err))
	}
	return c.resume(th, v, nil)
}

// Throw raises exc inside the coroutine at its suspension point.
func (c *GoCoroutine) Throw(th *Thread, exc *Exception) (Value, SendStatus, error) {
	if c.done {
		return nil, Returned, exc
	}
	if c.running {
		return nil, Returned, ValueErrorf("coroutine already executing")
	}
	if !c.started {
		c.done = true
		return nil, Returned, exc
	}
	if c.inner != nil {
		r, st, err := c.inner.Throw(th, exc)
		if err == nil && st == Yielded {
			return r, Yielded, nil
		}
		c.inner = nil
		return c.resume(th, r, AsExceptionOrNil(err))
	}
	return c.resume(th, nil, exc)
}

// Close throws GeneratorExit into a suspended coroutine (coroutine.close()).
func (c *GoCoroutine) Close(th *Thread) error {
	if c.done || !c.started {
		c.done = true
		return nil
	}
	if c.inner != nil {
		if err := c.inner.Close(th); err != nil {
			c.inner = nil
			_, _, err2 := c.resume(th, nil, AsException(err))
			return filterClose(err2)
		}
		c.inner = nil
	}
	_, st, err := c.resume(th, nil, NewException(GeneratorExitType, ""))
	if err == nil && st == Yielded {
		c.done = true
		return RuntimeErrorf("coroutine ignored GeneratorExit")
	}
	return filterClose(err)
}

func filterClose(err error) error {
	if err == nil || IsInstanceOf(err, GeneratorExitType) {
		return nil
	}
	return err
}

// AsExceptionOrNil is AsException that keeps nil.
func AsExceptionOrNil(err error) *Exception {
	if err == nil {
		return nil
	}
	return AsException(err)
}

func (c *GoCoroutine) check(v Value) error {
	if c.done {
		return RuntimeErrorf("cannot reuse already awaited coroutine")
	}
	if c.running {
		return ValueErrorf("coroutine already executing")
	}
	if !c.started && v != nil && v != None {
		return TypeErrorf("can't send non-None value to a just-started coroutine")
	}
	return nil
}

// resume runs the body, performing the awaits it requests.
func (c *GoCoroutine) resume(th *Thread, sent Value, exc *Exception) (Value, SendStatus, error) {
	c.started = true
	if c.body == nil {
		c.done = true
		if exc != nil {
			return nil, Returned, exc
		}
		return None, Returned, nil
	}
	c.running = true
	for {
		r, st, err := c.body.Resume(th, c, sent, exc)
		if err != nil {
			c.running, c.done = false, true
			return nil, Returned, err
		}
		switch st {
		case Yielded:
			c.running = false
			return r, Yielded, nil
		case Returned:
			c.running, c.done = false, true
			return r, Returned, nil
		}
		// AwaitStatus: delegate to r
		it, err := AwaitableOf(th, r)
		if err != nil {
			sent, exc = nil, AsException(err)
			continue
		}
		y, st2, err := it.Send(th, None)
		if err == nil && st2 == Yielded {
			c.inner = it
			c.running = false
			return y, Yielded, nil
		}
		sent, exc = y, AsExceptionOrNil(err)
	}
}

// AwaitableOf returns the iterator `await v` delegates to (GET_AWAITABLE): a coroutine
// itself, a future itself, an Awaitable's Await(), or what __await__ returns; else
// CPython's TypeError "object int can't be used in 'await' expression".
func AwaitableOf(th *Thread, v Value) (Resumable, error) {
	switch x := v.(type) {
	case *Future:
		return x, nil
	case *Task:
		return x, nil
	case Coroutine:
		return x, nil
	case Awaitable:
		return x.Await(th)
	}
	m, ok, err := LookupAttr(th, v, "__await__")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, TypeErrorf("object %s can't be used in 'await' expression", v.Type().Name)
	}
	it, err := Call(th, m, nil, nil)
	if err != nil {
		return nil, err
	}
	if r, ok := it.(Resumable); ok {
		return r, nil
	}
	if i, ok := it.(Iterator); ok {
		return &iterResumable{it: i}, nil
	}
	return nil, TypeErrorf("__await__() returned non-iterator of type '%s'", it.Type().Name)
}

// iterResumable adapts a Go-level iterator to Resumable (an __await__ returning a plain
// iterator).
type iterResumable struct{ it Iterator }

// Type returns the iterator's type.
func (r *iterResumable) Type() *Type { return r.it.Type() }

// Send advances the iterator (the value sent is ignored, as by __next__).
func (r *iterResumable) Send(th *Thread, v Value) (Value, SendStatus, error) {
	x, ok, err := r.it.Next(th)
	if err != nil {
		return nil, Returned, err
	}
	if !ok {
		return None, Returned, nil
	}
	return x, Yielded, nil
}

// Throw raises exc at the await.
func (r *iterResumable) Throw(th *Thread, exc *Exception) (Value, SendStatus, error) {
	return nil, Returned, exc
}

// Close does nothing.
func (r *iterResumable) Close(th *Thread) error { return nil }

func init() {
	t := GoCoroutineType
	self := func(args []Value, name string) (*GoCoroutine, []Value, error) {
		if len(args) > 0 {
			if g, ok := args[0].(interface{ goCoroutine() *GoCoroutine }); ok {
				return g.goCoroutine(), args[1:], nil
			}
		}
		return methodSelf[*GoCoroutine](args, "coroutine", name)
	}
	AddMethod(t, "send", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, rest, err := self(args, "send")
		if err != nil {
			return nil, err
		}
		if len(rest) != 1 {
			return nil, TypeErrorf("send() takes exactly one argument (%d given)", len(rest))
		}
		r, st, err := c.Send(th, rest[0])
		return resumeResult(r, st, err)
	})
	AddMethod(t, "throw", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, rest, err := self(args, "throw")
		if err != nil {
			return nil, err
		}
		if len(rest) < 1 {
			return nil, TypeErrorf("throw expected at least 1 argument, got 0")
		}
		exc, err := toException(th, rest[0])
		if err != nil {
			return nil, err
		}
		r, st, err := c.Throw(th, exc)
		return resumeResult(r, st, err)
	})
	AddMethod(t, "close", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, _, err := self(args, "close")
		if err != nil {
			return nil, err
		}
		return None, c.Close(th)
	})
	AddMethod(t, "__await__", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, _, err := self(args, "__await__")
		if err != nil {
			return nil, err
		}
		return &goCoroWrapper{c}, nil
	})
	AddMethod(t, "__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, _, err := self(args, "__repr__")
		if err != nil {
			return nil, err
		}
		return Str("<coroutine object " + c.qualname + " at " + hexID(c) + ">"), nil
	})
	addGetSet(t, "__qualname__", func(th *Thread, obj Value) (Value, error) {
		return Str(obj.(*GoCoroutine).qualname), nil
	}, nil)
	addGetSet(t, "__name__", func(th *Thread, obj Value) (Value, error) {
		q := obj.(*GoCoroutine).qualname
		for i := len(q) - 1; i >= 0; i-- {
			if q[i] == '.' {
				return Str(q[i+1:]), nil
			}
		}
		return Str(q), nil
	}, nil)
	addGetSet(t, "cr_running", func(th *Thread, obj Value) (Value, error) {
		return BoolOf(obj.(*GoCoroutine).running), nil
	}, nil)
}

// resumeResult converts a Send/Throw result to a Python-level send() result: a yielded
// value, or StopIteration(value) when the coroutine returned.
func resumeResult(r Value, st SendStatus, err error) (Value, error) {
	if err != nil {
		return nil, err
	}
	if st == Yielded {
		return r, nil
	}
	return nil, StopIteration(r)
}

// toException instantiates an exception class or checks an exception instance.
func toException(th *Thread, v Value) (*Exception, error) {
	if t, ok := v.(*Type); ok {
		if !t.IsSubtype(BaseExceptionType) {
			return nil, TypeErrorf("exceptions must be classes or instances deriving from BaseException, not type")
		}
		r, err := Call(th, t, nil, nil)
		if err != nil {
			return nil, err
		}
		v = r
	}
	e, ok := v.(*Exception)
	if !ok {
		return nil, TypeErrorf("exceptions must be classes or instances deriving from BaseException, not %s", v.Type().Name)
	}
	return e, nil
}

func hexID(v Value) string {
	const digits = "0123456789abcdef"
	n := uint64(ID(v))
	if n == 0 {
		return "0x0"
	}
	var buf [18]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = digits[n&15]
		n >>= 4
	}
	return "0x" + string(buf[i:])
}

// goCoroWrapperType is the type of what a Go coroutine's __await__() returns.
var goCoroWrapperType = NewBuiltinType("coroutine_wrapper", "builtins", nil, false)

// goCoroWrapper is coroutine.__await__(): an iterator over the coroutine (yield from
// delegates to it; next() sends None).
type goCoroWrapper struct{ c *GoCoroutine }

// Type returns coroutine_wrapper.
func (w *goCoroWrapper) Type() *Type { return goCoroWrapperType }

// Send resumes the coroutine.
func (w *goCoroWrapper) Send(th *Thread, v Value) (Value, SendStatus, error) {
	return w.c.Send(th, v)
}

// Throw throws into the coroutine.
func (w *goCoroWrapper) Throw(th *Thread, exc *Exception) (Value, SendStatus, error) {
	return w.c.Throw(th, exc)
}

// Close closes the coroutine.
func (w *goCoroWrapper) Close(th *Thread) error { return w.c.Close(th) }

// Next implements Iterator.
func (w *goCoroWrapper) Next(th *Thread) (Value, bool, error) {
	v, st, err := w.c.Send(th, None)
	if err != nil || st == Returned {
		return nil, false, err
	}
	return v, true, nil
}

func init() {
	wt := goCoroWrapperType
	AddMethod(wt, "send", func(th *Thread, args []Value, kw []string) (Value, error) {
		w, rest, err := methodSelf[*goCoroWrapper](args, "coroutine_wrapper", "send")
		if err != nil {
			return nil, err
		}
		if len(rest) != 1 {
			return nil, TypeErrorf("send() takes exactly one argument (%d given)", len(rest))
		}
		return resumeResult(w.Send(th, rest[0]))
	})
	AddMethod(wt, "__next__", func(th *Thread, args []Value, kw []string) (Value, error) {
		w, _, err := methodSelf[*goCoroWrapper](args, "coroutine_wrapper", "__next__")
		if err != nil {
			return nil, err
		}
		return resumeResult(w.Send(th, None))
	})
	AddMethod(wt, "__iter__", func(th *Thread, args []Value, kw []string) (Value, error) {
		return args[0], nil
	})
	AddMethod(wt, "close", func(th *Thread, args []Value, kw []string) (Value, error) {
		w, _, err := methodSelf[*goCoroWrapper](args, "coroutine_wrapper", "close")
		if err != nil {
			return nil, err
		}
		return None, w.Close(th)
	})
}
