package vm

import (
	"fmt"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// genKind tells generators, coroutines and async generators apart.
type genKind uint8

const (
	kindGenerator genKind = iota
	kindCoroutine
	kindAsyncGen
)

// kindNames are the words CPython uses in messages ("generator already executing").
var kindNames = [...]string{"generator", "coroutine", "async generator"}

// The types of generator-like objects.
var (
	GeneratorType      = runtime.NewBuiltinType("generator", "builtins", nil, false)
	CoroutineType      = runtime.NewBuiltinType("coroutine", "builtins", nil, false)
	AsyncGeneratorType = runtime.NewBuiltinType("async_generator", "builtins", nil, false)
)

// genBase is the frame-owning machinery shared by generators, coroutines and async
// generators: Send, Throw and Close resume the frame in place.
type genBase struct {
	frame    *Frame
	name     string
	qualname string
	kind     genKind
	started  bool
	running  bool
	finished bool // the frame returned or raised
	closed   bool // closed before it ever ran (no never-awaited warning)
	// ephemeral marks a generator that only a for loop holds (created by the call in the
	// loop's header): leaving the loop early closes it, as CPython's refcounting does.
	ephemeral bool
	// yieldFrom is set by YIELD_VALUE: the frame is suspended in a delegation (yield from
	// or await) rather than at a yield of its own.
	yieldFrom bool
	// handling is the exception being handled inside the frame while it is suspended in an
	// except block.
	handling *runtime.Exception
	// tracked is the index+1 in the interpreter's list of unstarted coroutines, -1 for
	// the newest one (kept apart), 0 when not tracked.
	tracked int
	// fr is the frame itself (frame points to it while the generator is alive); fr.code
	// is the generator's code object, kept when the frame is released.
	fr Frame
	// serial numbers the generators a thread creates (to tell a fresh one from one that
	// existed before the call that returned it).
	serial uint64
}

// Generator is a generator object (a def containing yield).
type Generator struct{ genBase }

// Coroutine is a coroutine object (an async def). It implements runtime.Coroutine, so a
// Task can step it.
type Coroutine struct{ genBase }

// Type returns generator.
func (g *Generator) Type() *runtime.Type { return GeneratorType }

// Type returns coroutine.
func (c *Coroutine) Type() *runtime.Type { return CoroutineType }

// String returns <generator object NAME at 0x…>.
func (g *Generator) String() string {
	return fmt.Sprintf("<generator object %s at %#x>", g.qualname, runtime.ID(g))
}

// String returns <coroutine object NAME at 0x…>.
func (c *Coroutine) String() string {
	return fmt.Sprintf("<coroutine object %s at %#x>", c.qualname, runtime.ID(c))
}

// Next implements runtime.Iterator: next(gen).
func (g *Generator) Next(th *runtime.Thread) (runtime.Value, bool, error) {
	v, st, err := g.send(th, runtime.None)
	if err != nil {
		return nil, false, err
	}
	if st == runtime.Returned {
		return nil, false, nil
	}
	return v, true, nil
}

// Send resumes the generator with v (gen.send).
func (g *genBase) Send(th *runtime.Thread, v runtime.Value) (runtime.Value, runtime.SendStatus, error) {
	return g.send(th, v)
}

// CoroInfo describes the coroutine for task reprs.
func (c *Coroutine) CoroInfo() runtime.CoroInfo {
	info := runtime.CoroInfo{Qualname: c.qualname, File: c.code().Filename, Done: c.finished || c.closed}
	if info.Done || c.frame == nil {
		info.Line = c.code().FirstLine
	} else if !c.started {
		info.Line = c.code().FirstLine
	} else {
		info.Line = c.frame.Line()
	}
	return info
}

// newGenerator makes the generator-like object a call of fn returns (generator, coroutine
// or async generator) with its frame, ready for the arguments to be bound into f.fast.
// The frame is part of the object, and its slots come from the thread's pool.
func newGenerator(th *runtime.Thread, fn *Function) (runtime.Value, *Frame) {
	c := fn.code
	var obj runtime.Value
	var g *genBase
	switch {
	case c.Flags&code.FlagAsyncGenerator != 0:
		ag := &AsyncGenerator{}
		obj, g = ag, &ag.genBase
		g.kind = kindAsyncGen
	case c.Flags&code.FlagCoroutine != 0:
		co := &Coroutine{}
		obj, g = co, &co.genBase
		g.kind = kindCoroutine
	default:
		gen := &Generator{}
		obj, g = gen, &gen.genBase
	}
	g.name, g.qualname = fn.name, fn.qualname
	ts, _ := th.Local.(*threadState)
	if ts != nil {
		ts.box.genSerial++
		g.serial = ts.box.genSerial
		g.fr.ts = ts
	}
	f := &g.fr
	g.frame = f
	f.gen = g
	f.code = c
	f.fn = fn
	f.globals = fn.globals
	f.builtins = th.Interp.Builtins
	n := c.nlocals
	need := n + c.StackSize + 1
	var vals []runtime.Value
	if ts != nil {
		vals = ts.getVals(need)
	} else {
		vals = make([]runtime.Value, need)
	}
	f.vals = vals
	f.fast = vals[:n:n]
	f.stack = vals[n:need]
	if c.ncells > 0 {
		f.cells = make([]*runtime.Cell, c.ncells)
	}
	if g.kind == kindCoroutine {
		trackCoroutine(th, obj.(*Coroutine))
	}
	return obj, f
}

// code returns the generator's code object.
func (g *genBase) code() *Code { return g.fr.code }

// release drops the finished frame, returning its slots to the thread's pool.
func (g *genBase) release(th *runtime.Thread) {
	f := g.frame
	g.frame = nil
	if f == nil || f != &g.fr {
		return
	}
	if ts, ok := th.Local.(*threadState); ok && f.vals != nil {
		ts.putVals(f.vals)
	}
	f.vals, f.fast, f.stack, f.cells = nil, nil, nil, nil
	f.globals, f.builtins, f.locals, f.back = nil, nil, nil, nil
}

func (g *genBase) errRunning() error {
	if g.kind == kindAsyncGen {
		return runtime.ValueErrorf("async generator already executing")
	}
	return runtime.ValueErrorf("%s already executing", kindNames[g.kind])
}

// send implements Send: push v at the suspension point and resume the frame.
func (g *genBase) send(th *runtime.Thread, v runtime.Value) (runtime.Value, runtime.SendStatus, error) {
	if g.running {
		return nil, runtime.Returned, g.errRunning()
	}
	if g.finished || g.closed {
		if g.kind == kindCoroutine {
			return nil, runtime.Returned, runtime.RuntimeErrorf("cannot reuse already awaited coroutine")
		}
		return runtime.None, runtime.Returned, nil
	}
	f := g.frame
	if !g.started {
		if v != runtime.None && v != nil {
			return nil, runtime.Returned, runtime.TypeErrorf("can't send non-None value to a just-started %s", kindNames[g.kind])
		}
		g.start(th)
	} else if !isNone(v) || !skipYieldStmt(f) {
		f.stack[f.sp] = v
		f.sp++
	}
	return g.resume(th, nil)
}

// skipYieldStmt resumes f, suspended at a yield, with None when the yield is a statement:
// pushing None and popping it is a no-op, and so is the back edge of a loop that follows
// (unless steps are counted). It reports false, changing nothing, for a yield expression.
func skipYieldStmt(f *Frame) bool { return skipYieldOn(f, f.ts) }

// skipYieldOn is skipYieldStmt for f resumed by the eval loop of the thread state ts,
// whose step counting decides whether a back edge may be skipped.
func skipYieldOn(f *Frame, ts *threadState) bool {
	in := f.code.instrs // (POP_TOP and JUMP_BACKWARD are not quickened)
	pc := f.pc
	if in[pc].Op() != code.POP_TOP {
		return false
	}
	pc++
	if j := in[pc]; j.Op() == code.JUMP_BACKWARD && ts != nil && !ts.box.limited {
		pc = int(j.Arg())
	}
	f.pc = pc
	return true
}

// start marks the first resumption.
func (g *genBase) start(th *runtime.Thread) {
	g.started = true
	if g.tracked != 0 {
		untrackCoroutine(th, g)
	}
}

// resume runs the frame until it yields, returns or raises; throw, if not nil, is raised
// at the suspension point.
func (g *genBase) resume(th *runtime.Thread, throw error) (runtime.Value, runtime.SendStatus, error) {
	f := g.frame
	if th.Depth >= th.Interp.RecursionLimit {
		return nil, runtime.Returned, th.Enter()
	}
	th.Depth++
	g.running = true
	outer := th.Handling
	if g.handling != nil {
		th.Handling = g.handling
	}
	f.back, _ = th.Frame.(*Frame)
	th.Frame = f
	v, yielded, err := eval(th, f, throw)
	if f.back != nil {
		th.Frame = f.back
	} else {
		th.Frame = nil
	}
	f.back = nil
	g.running = false
	th.Depth--
	if yielded {
		if f.excDepth > 0 {
			g.handling = th.Handling
		} else {
			g.handling = nil
		}
		th.Handling = outer
		return v, runtime.Yielded, nil
	}
	th.Handling = outer
	g.handling = nil
	g.finished = true
	g.release(th)
	if err != nil {
		return nil, runtime.Returned, g.pep479(err)
	}
	return v, runtime.Returned, nil
}

// pep479 turns a StopIteration escaping a generator or coroutine (and a
// StopAsyncIteration escaping an async generator) into RuntimeError, as PEP 479 says.
func (g *genBase) pep479(err error) error { return pep479(g.kind, err) }

func pep479(kind genKind, err error) error {
	exc, ok := err.(*runtime.Exception)
	if !ok {
		return err
	}
	var msg string
	if exc.Type().IsSubtype(runtime.StopIterationType) {
		msg = kindNames[kind] + " raised StopIteration"
	} else if kind == kindAsyncGen && exc.Type().IsSubtype(runtime.StopAsyncIterationType) {
		msg = "async generator raised StopAsyncIteration"
	} else {
		return err
	}
	r := runtime.NewException(runtime.RuntimeErrorType, msg)
	r.Cause = exc
	r.Context = exc
	r.SuppressContext = true
	return r
}

// Throw raises exc inside the generator at its suspension point (gen.throw). A frame
// suspended in `yield from` / `await` first passes it to the object it delegates to.
func (g *genBase) Throw(th *runtime.Thread, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	if g.running {
		return nil, runtime.Returned, g.errRunning()
	}
	if g.finished || g.closed {
		return nil, runtime.Returned, exc
	}
	f := g.frame
	if !g.started {
		// raised before the first instruction: nothing can catch it
		g.start(th)
		g.finished = true
		g.release(th)
		exc.AddFrame(tracebackEntry(f.code, 0))
		return nil, runtime.Returned, exc
	}
	var throw error = exc
	if exit, ok := isYieldFrom(f.code, f.pc); ok {
		recv := f.stack[f.sp-1]
		g.running = true
		if exc.Type().IsSubtype(runtime.GeneratorExitType) {
			if err := closeValue(th, recv); err != nil {
				throw = err
			}
		} else {
			v, st, err, handled := throwTo(th, recv, exc)
			if handled {
				if err != nil {
					throw = err
				} else if st == runtime.Yielded {
					g.running = false
					return v, runtime.Yielded, nil
				} else {
					// the delegate returned: continue after the delegation loop
					g.running = false
					f.stack[f.sp-1] = v
					f.pc = exit
					return g.resume(th, nil)
				}
			}
		}
		g.running = false
	}
	return g.resume(th, throw)
}

// Close throws GeneratorExit into the generator (gen.close): it must finish or raise.
func (g *genBase) Close(th *runtime.Thread) error {
	if g.finished || g.closed {
		return nil
	}
	if !g.started {
		g.closed = true
		g.release(th)
		if g.tracked != 0 {
			untrackCoroutine(th, g)
		}
		return nil
	}
	if g.running {
		return g.errRunning()
	}
	_, st, err := g.Throw(th, runtime.NewException(runtime.GeneratorExitType, ""))
	if err != nil {
		if runtime.IsInstanceOf(err, runtime.GeneratorExitType) || runtime.IsInstanceOf(err, runtime.StopIterationType) {
			return nil
		}
		return err
	}
	if st == runtime.Yielded {
		return runtime.RuntimeErrorf("%s ignored GeneratorExit", kindNames[g.kind])
	}
	return nil
}

// sendTo is SEND: it sends v into the receiver of a delegation.
func sendTo(th *runtime.Thread, recv, v runtime.Value) (runtime.Value, runtime.SendStatus, error) {
	switch r := recv.(type) {
	case *Coroutine:
		return r.send(th, v)
	case *Generator:
		return r.send(th, v)
	case runtime.Resumable:
		return r.Send(th, v)
	}
	if v == runtime.None {
		if it, ok := recv.(runtime.Iterator); ok {
			x, ok, err := it.Next(th)
			if err != nil {
				return nil, runtime.Returned, err
			}
			if !ok {
				return runtime.None, runtime.Returned, nil
			}
			return x, runtime.Yielded, nil
		}
		x, ok, err := runtime.Next(th, recv)
		if err != nil {
			return nil, runtime.Returned, err
		}
		if !ok {
			return runtime.None, runtime.Returned, nil
		}
		return x, runtime.Yielded, nil
	}
	m, err := runtime.GetAttr(th, recv, "send")
	if err != nil {
		return nil, runtime.Returned, err
	}
	return stopIterationResult(runtime.Call(th, m, []runtime.Value{v}, nil))
}

// stopIterationResult converts the result of calling a Python-level send/throw: a
// StopIteration means the delegate returned its value.
func stopIterationResult(x runtime.Value, err error) (runtime.Value, runtime.SendStatus, error) {
	if err != nil {
		if e, ok := err.(*runtime.Exception); ok && e.Type().IsSubtype(runtime.StopIterationType) {
			return e.StopIterationValue(), runtime.Returned, nil
		}
		return nil, runtime.Returned, err
	}
	return x, runtime.Yielded, nil
}

// throwTo passes exc to the delegate of a yield from / await. handled is false when the
// delegate has no throw method (the exception is then raised in the delegating frame).
func throwTo(th *runtime.Thread, recv runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error, bool) {
	switch r := recv.(type) {
	case *Coroutine:
		v, st, err := r.Throw(th, exc)
		return v, st, err, true
	case *Generator:
		v, st, err := r.Throw(th, exc)
		return v, st, err, true
	case runtime.Resumable:
		v, st, err := r.Throw(th, exc)
		return v, st, err, true
	}
	m, ok, err := runtime.LookupAttr(th, recv, "throw")
	if err != nil {
		return nil, runtime.Returned, err, true
	}
	if !ok {
		return nil, runtime.Returned, nil, false
	}
	v, st, err := stopIterationResult(runtime.Call(th, m, []runtime.Value{exc}, nil))
	return v, st, err, true
}

// closeValue closes the delegate of a yield from / await (GeneratorExit thrown in).
func closeValue(th *runtime.Thread, recv runtime.Value) error {
	switch r := recv.(type) {
	case runtime.Resumable:
		return r.Close(th)
	}
	m, ok, err := runtime.LookupAttr(th, recv, "close")
	if err != nil || !ok {
		return err
	}
	_, err = runtime.Call(th, m, nil, nil)
	return err
}

// getAwaitable is GET_AWAITABLE.
func getAwaitable(th *runtime.Thread, v runtime.Value, where int) (runtime.Value, error) {
	switch x := v.(type) {
	case *Coroutine:
		if x.finished || x.closed {
			return nil, runtime.RuntimeErrorf("cannot reuse already awaited coroutine")
		}
		if x.running || (x.started && x.frame != nil && x.frame.back != nil) {
			return nil, runtime.RuntimeErrorf("coroutine is being awaited already")
		}
		return x, nil
	case *Generator:
		// a plain generator is not awaitable (no types.coroutine support)
	default:
		if _, ok := lookupSpecial(v, "__await__"); ok || isGoAwaitable(v) {
			r, err := runtime.AwaitableOf(th, v)
			if err != nil {
				return nil, err
			}
			if _, isCoro := r.(*Coroutine); isCoro && r != v {
				return nil, runtime.TypeErrorf("__await__() returned a coroutine")
			}
			return r, nil
		}
	}
	switch where {
	case code.AwaitAenter:
		return nil, runtime.TypeErrorf("'async with' received an object from __aenter__ that does not implement __await__: %s", runtime.TypeName(v))
	case code.AwaitAexit:
		return nil, runtime.TypeErrorf("'async with' received an object from __aexit__ that does not implement __await__: %s", runtime.TypeName(v))
	}
	return nil, runtime.TypeErrorf("object %s can't be used in 'await' expression", runtime.TypeName(v))
}

// isGoAwaitable reports whether v is awaitable through a Go interface of the runtime.
func isGoAwaitable(v runtime.Value) bool {
	switch v.(type) {
	case runtime.Awaitable, runtime.Coroutine:
		return true
	}
	return false
}

// Python-level methods of generators and coroutines.
func init() {
	for _, t := range []*runtime.Type{GeneratorType, CoroutineType} {
		t := t
		runtime.AddMethod(t, "send", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if len(args) != 2 {
				return nil, runtime.TypeErrorf("send() takes exactly one argument (%d given)", len(args)-1)
			}
			return resultOrStop(genOf(args[0]).send(th, args[1]))
		})
		runtime.AddMethod(t, "throw", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			exc, err := throwArgs(th, args[1:])
			if err != nil {
				return nil, err
			}
			return resultOrStop(genOf(args[0]).Throw(th, exc))
		})
		runtime.AddMethod(t, "close", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return runtime.None, genOf(args[0]).Close(th)
		})
		getset(t, "__name__", func(g *genBase) runtime.Value { return runtime.Str(g.name) })
		getset(t, "__qualname__", func(g *genBase) runtime.Value { return runtime.Str(g.qualname) })
		prefix := "gi_"
		if t == CoroutineType {
			prefix = "cr_"
		}
		getset(t, prefix+"running", func(g *genBase) runtime.Value { return runtime.Bool(g.running) })
		getset(t, prefix+"code", func(g *genBase) runtime.Value { return g.code() })
		getset(t, prefix+"frame", func(g *genBase) runtime.Value {
			if g.frame == nil {
				return runtime.None
			}
			return frameValue(g.frame)
		})
		getset(t, prefix+"suspended", func(g *genBase) runtime.Value {
			return runtime.Bool(g.started && !g.running && !g.finished)
		})
		delegate := func(g *genBase) runtime.Value {
			if g.frame != nil && !g.running {
				if _, ok := isYieldFrom(g.code(), g.frame.pc); ok {
					return g.frame.stack[g.frame.sp-1]
				}
			}
			return runtime.None
		}
		if t == CoroutineType {
			getset(t, "cr_await", delegate)
			getset(t, "cr_origin", func(g *genBase) runtime.Value { return runtime.None })
		} else {
			getset(t, "gi_yieldfrom", delegate)
		}
		runtime.AddMethod(t, "__repr__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return runtime.Str(args[0].(fmt.Stringer).String()), nil
		})
	}
	runtime.AddMethod(GeneratorType, "__iter__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return args[0], nil
	})
	runtime.AddMethod(GeneratorType, "__next__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return resultOrStop(args[0].(*Generator).send(th, runtime.None))
	})
	runtime.AddMethod(CoroutineType, "__await__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return &coroWrapper{c: args[0].(*Coroutine)}, nil
	})
	runtime.AddMethod(coroWrapperType, "__next__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return resultOrStop(args[0].(*coroWrapper).c.send(th, runtime.None))
	})
	runtime.AddMethod(coroWrapperType, "__iter__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return args[0], nil
	})
	runtime.AddMethod(coroWrapperType, "send", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 2 {
			return nil, runtime.TypeErrorf("send() takes exactly one argument (%d given)", len(args)-1)
		}
		return resultOrStop(args[0].(*coroWrapper).c.send(th, args[1]))
	})
	runtime.AddMethod(coroWrapperType, "throw", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		exc, err := throwArgs(th, args[1:])
		if err != nil {
			return nil, err
		}
		return resultOrStop(args[0].(*coroWrapper).c.Throw(th, exc))
	})
	runtime.AddMethod(coroWrapperType, "close", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.None, args[0].(*coroWrapper).c.Close(th)
	})
}

// coroWrapperType is the type of coroutine.__await__() results.
var coroWrapperType = runtime.NewBuiltinType("coroutine_wrapper", "builtins", nil, false)

// coroWrapper is what coroutine.__await__() returns: an iterator driving the coroutine.
type coroWrapper struct{ c *Coroutine }

// Type returns coroutine_wrapper.
func (w *coroWrapper) Type() *runtime.Type { return coroWrapperType }

// Send, Throw and Close delegate to the coroutine (so awaiting the wrapper is delegation).
func (w *coroWrapper) Send(th *runtime.Thread, v runtime.Value) (runtime.Value, runtime.SendStatus, error) {
	return w.c.send(th, v)
}

// Throw delegates to the coroutine.
func (w *coroWrapper) Throw(th *runtime.Thread, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	return w.c.Throw(th, exc)
}

// Close delegates to the coroutine.
func (w *coroWrapper) Close(th *runtime.Thread) error { return w.c.Close(th) }

// Next implements runtime.Iterator.
func (w *coroWrapper) Next(th *runtime.Thread) (runtime.Value, bool, error) {
	v, st, err := w.c.send(th, runtime.None)
	if err != nil || st == runtime.Returned {
		return nil, false, err
	}
	return v, true, nil
}

func genOf(v runtime.Value) *genBase {
	switch g := v.(type) {
	case *Generator:
		return &g.genBase
	case *Coroutine:
		return &g.genBase
	case *AsyncGenerator:
		return &g.genBase
	}
	return nil
}

func getset(t *runtime.Type, name string, get func(g *genBase) runtime.Value) {
	t.Dict.SetStr(name, &runtime.GetSet{Name: name, Owner: t,
		Get: func(th *runtime.Thread, obj runtime.Value) (runtime.Value, error) {
			return get(genOf(obj)), nil
		}})
}

// resultOrStop converts a Resumable result to a Python-level call result: a return
// becomes StopIteration(value).
func resultOrStop(v runtime.Value, st runtime.SendStatus, err error) (runtime.Value, error) {
	if err != nil {
		return nil, err
	}
	if st == runtime.Returned {
		return nil, runtime.StopIteration(v)
	}
	return v, nil
}

// throwArgs interprets the arguments of gen.throw(typ[, val[, tb]]).
func throwArgs(th *runtime.Thread, args []runtime.Value) (*runtime.Exception, error) {
	if len(args) == 0 || len(args) > 3 {
		return nil, runtime.TypeErrorf("throw expected at least 1 argument, got %d", len(args))
	}
	switch x := args[0].(type) {
	case *runtime.Exception:
		if len(args) > 1 && args[1] != runtime.None {
			return nil, runtime.TypeErrorf("instance exception may not have a separate value")
		}
		return x, nil
	case *runtime.Type:
		if x.IsSubtype(runtime.BaseExceptionType) {
			if len(args) > 1 && args[1] != runtime.None {
				if e, ok := args[1].(*runtime.Exception); ok && e.Type().IsSubtype(x) {
					return e, nil
				}
				var cargs []runtime.Value
				if t, ok := args[1].(runtime.Tuple); ok {
					cargs = t
				} else {
					cargs = []runtime.Value{args[1]}
				}
				r, err := runtime.Call(th, x, cargs, nil)
				if err != nil {
					return nil, err
				}
				if e, ok := r.(*runtime.Exception); ok {
					return e, nil
				}
			}
			return makeException(th, x, "exceptions")
		}
	}
	return nil, runtime.TypeErrorf("exceptions must be classes or instances deriving from BaseException, not %s", runtime.TypeName(args[0]))
}

// Repr returns <generator object NAME at 0x…> (runtime.Reprer).
func (g *Generator) Repr(th *runtime.Thread) (string, error) { return g.String(), nil }

// Repr returns <coroutine object NAME at 0x…> (runtime.Reprer).
func (c *Coroutine) Repr(th *runtime.Thread) (string, error) { return c.String(), nil }

// discard drops a generator whose call failed before it was returned.
func (g *genBase) discard(th *runtime.Thread) {
	g.closed = true
	if g.tracked != 0 {
		untrackCoroutine(th, g)
	}
	g.release(th)
}
