package vm

import (
	"fmt"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// AsyncGenerator is an async generator object (an async def containing yield). Its
// frame's `yield` values go to the consumer (asend / __anext__ return them); the yields of
// the awaits inside it pass through to the task.
type AsyncGenerator struct {
	genBase
	hooksInit    bool // the loop's firstiter hook has been called
	runningAsync bool // an asend/athrow is in progress
	// loopAsend is the awaitable async for loops reuse for each item (nobody else sees
	// it, so once it finished it can serve the next item).
	loopAsend *agAsend
}

// nextForLoop returns the awaitable of the next item for an async for loop.
func (ag *AsyncGenerator) nextForLoop() *agAsend {
	if a := ag.loopAsend; a != nil && a.state == awaitClosed {
		a.state = awaitInit
		a.v = runtime.None
		return a
	}
	a := &agAsend{gen: ag, v: runtime.None}
	ag.loopAsend = a
	return a
}

// loopReady reports whether an async for can step ag directly (loopStep): nothing is
// driving it and it can still produce items.
func (ag *AsyncGenerator) loopReady() bool {
	return !ag.runningAsync && !ag.running && !ag.finished && !ag.closed
}

// loopStep is one step of an async for over ag when loopReady: it resumes the generator's
// frame at once, without going through the __anext__ awaitable (nobody else can see it).
// If the generator yields an item, a is nil and v is the item. If it is suspended in an
// await inside it, a is the awaitable the loop now delegates to (as if __anext__() had
// been sent into and had yielded v up to the task). The end of the generator raises
// StopAsyncIteration.
func (ag *AsyncGenerator) loopStep(th *runtime.Thread) (v runtime.Value, a *agAsend, err error) {
	g := &ag.genBase
	if f := g.frame; !g.started {
		g.start(th)
	} else if !skipYieldStmt(f) {
		f.stack[f.sp] = runtime.None
		f.sp++
	}
	ag.runningAsync = true
	v, st, err := g.resume(th, nil)
	if err != nil {
		ag.runningAsync = false
		return nil, nil, err
	}
	if st == runtime.Returned {
		ag.runningAsync = false
		return nil, nil, runtime.NewException(runtime.StopAsyncIterationType, "")
	}
	if ag.valueYield() {
		ag.runningAsync = false
		return v, nil, nil
	}
	a = ag.nextForLoop()
	a.state = awaitIter
	return v, a, nil
}

// anextGen returns the async generator that the frame f, suspended in the step of an
// async for (at the YIELD_VALUE after GET_ANEXT), iterates over.
func anextGen(f *Frame) *AsyncGenerator {
	return f.stack[f.sp-1].(*AsyncGenerator)
}

// leaveAnextYield suspends gf, the frame of an async generator stepped inline by an
// async for (enteredByAnext), at its yield of x (leaveGenYield), and continues the frame
// f of the loop, suspended in the step: a value of its own is the next item (f goes on
// after the delegation loop); the yield of an await inside the generator passes up,
// with the loop's awaitable as the receiver, as loopStep does. An item for an owned slot
// is copied into it (storeOwned). It returns f, and whether f does not reference x's
// box. (One call from eval, where the functions it calls are too big to inline.)
func (ts *threadState) leaveAnextYield(th *runtime.Thread, gf *Frame, x runtime.Value) (*Frame, bool) {
	exit := int(gf.loopTarget) // the SEND's
	f := ts.leaveGenYield(th, gf)
	ag := anextGen(f)
	if ag.valueYield() {
		ag.runningAsync = false
		if in := f.code.instrs[exit]; in.Op() == opStoreFastDisown {
			f.pc = exit + 1
			return f, f.storeOwned(in.Arg(), x) // (a copy, see owned.go)
		}
		deliverAt(f, x, exit)
		return f, false
	}
	a := ag.nextForLoop()
	a.state = awaitIter
	f.stack[f.sp] = a
	f.stack[f.sp+1] = x
	f.sp += 2
	return f, false
}

// anextFused is the argument of a GET_ANEXT in the dispatch array (Code.instrs) that
// fuseAnext has found followed by the rest of an async for's step.
const anextFused = 1

// fuseAnext reports whether the GET_ANEXT before pc is followed by the rest of an async
// for's step (anextFollows); if so, it marks it (anextFused) in the dispatch array, so
// the next time needs no look.
func fuseAnext(c *Code, pc int) bool {
	if _, ok := anextFollows(c, pc); !ok {
		return false
	}
	c.instrs[pc-1] = code.MakeInstr(code.GET_ANEXT, anextFused)
	return true
}

// anextFollows reports whether the instructions from pc on are the rest of an async for's
// step after GET_ANEXT: LOAD_CONST None, SEND exit, YIELD_VALUE. It returns the SEND's exit.
func anextFollows(c *Code, pc int) (exit int, ok bool) {
	in := c.Code.Code
	if pc+2 >= len(in) {
		return 0, false
	}
	if in[pc].Op() != code.LOAD_CONST || !isNone(c.consts[in[pc].Arg()]) ||
		in[pc+1].Op() != code.SEND || in[pc+2].Op() != code.YIELD_VALUE {
		return 0, false
	}
	return int(in[pc+1].Arg()), true
}

// Type returns async_generator.
func (ag *AsyncGenerator) Type() *runtime.Type { return AsyncGeneratorType }

// String returns <async_generator object NAME at 0x…>.
func (ag *AsyncGenerator) String() string {
	return fmt.Sprintf("<async_generator object %s at %#x>", ag.qualname, runtime.ID(ag))
}

// valueYield reports whether the frame is suspended at a `yield` of the generator itself
// (not at an await inside it).
func (ag *AsyncGenerator) valueYield() bool {
	return ag.frame != nil && !ag.yieldFrom
}

// initHooks calls the running loop's firstiter hook once.
func (ag *AsyncGenerator) initHooks(th *runtime.Thread) {
	if !ag.hooksInit {
		ag.firstIter(th)
	}
}

// firstIter calls the running loop's firstiter hook.
func (ag *AsyncGenerator) firstIter(th *runtime.Thread) {
	ag.hooksInit = true
	if l := runtime.RunningLoop(th); l != nil {
		l.AsyncGenFirstIter(ag)
	}
}

// finalize is what CPython does when an unfinished async generator is collected: the
// loop's finalizer hook schedules its aclose(); without a loop the generator is closed
// at once (an error in its cleanup is dropped, as CPython's is reported unraisable).
func (ag *AsyncGenerator) finalize(th *runtime.Thread) {
	if !ag.started || ag.finished || ag.closed || ag.running {
		return
	}
	if l := runtime.RunningLoop(th); l != nil && ag.hooksInit {
		l.AsyncGenFinalize(th, ag)
		return
	}
	ag.genBase.Close(th)
}

// asendType and athrowType are the types of the awaitables asend() and athrow() return.
var (
	asendType  = runtime.NewBuiltinType("async_generator_asend", "builtins", nil, false)
	athrowType = runtime.NewBuiltinType("async_generator_athrow", "builtins", nil, false)
)

const (
	awaitInit = iota
	awaitIter
	awaitClosed
)

// agAsend is the awaitable of agen.asend(v) / agen.__anext__().
type agAsend struct {
	gen   *AsyncGenerator
	v     runtime.Value
	state int
}

// Type returns async_generator_asend.
func (a *agAsend) Type() *runtime.Type { return asendType }

// CoroInfo describes the awaitable for task reprs (it counts as a coroutine, as
// collections.abc.Coroutine says in CPython).
func (a *agAsend) CoroInfo() runtime.CoroInfo {
	return runtime.CoroInfo{Qualname: a.gen.qualname, File: a.gen.code().Filename, Line: a.gen.code().FirstLine, Done: a.state == awaitClosed}
}

// Await returns the awaitable itself (it is its own iterator).
func (a *agAsend) Await(th *runtime.Thread) (runtime.Resumable, error) { return a, nil }

// Send drives the async generator one step.
func (a *agAsend) Send(th *runtime.Thread, v runtime.Value) (runtime.Value, runtime.SendStatus, error) {
	ag := a.gen
	switch a.state {
	case awaitClosed:
		return nil, runtime.Returned, runtime.RuntimeErrorf("cannot reuse already awaited __anext__()/asend()")
	case awaitInit:
		if ag.runningAsync {
			a.state = awaitClosed
			return nil, runtime.Returned, runtime.RuntimeErrorf("anext(): asynchronous generator is already running")
		}
		if ag.finished || ag.closed {
			a.state = awaitClosed
			return nil, runtime.Returned, runtime.NewException(runtime.StopAsyncIterationType, "")
		}
		if v == runtime.None || v == nil {
			v = a.v
		}
		a.state = awaitIter
		ag.runningAsync = true
	}
	return a.unwrap(ag.send(th, v))
}

// Throw throws into the async generator.
func (a *agAsend) Throw(th *runtime.Thread, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	if a.state == awaitClosed {
		return nil, runtime.Returned, runtime.RuntimeErrorf("cannot reuse already awaited __anext__()/asend()")
	}
	a.state = awaitIter
	a.gen.runningAsync = true
	return a.unwrap(a.gen.Throw(th, exc))
}

// Close closes the awaitable.
func (a *agAsend) Close(th *runtime.Thread) error {
	a.state = awaitClosed
	a.gen.runningAsync = false
	return nil
}

// unwrap turns a step of the generator's frame into a step of the awaitable: a value
// yield ends the awaitable with that value, the end of the generator raises
// StopAsyncIteration, and awaits pass through.
func (a *agAsend) unwrap(v runtime.Value, st runtime.SendStatus, err error) (runtime.Value, runtime.SendStatus, error) {
	ag := a.gen
	if err != nil {
		a.state = awaitClosed
		ag.runningAsync = false
		return nil, runtime.Returned, err
	}
	if st == runtime.Returned {
		a.state = awaitClosed
		ag.runningAsync = false
		return nil, runtime.Returned, runtime.NewException(runtime.StopAsyncIterationType, "")
	}
	if ag.valueYield() {
		a.state = awaitClosed
		ag.runningAsync = false
		return v, runtime.Returned, nil
	}
	return v, runtime.Yielded, nil
}

// agAthrow is the awaitable of agen.athrow(...) and agen.aclose() (exc nil).
type agAthrow struct {
	gen   *AsyncGenerator
	exc   *runtime.Exception // nil: aclose
	state int
}

// Type returns async_generator_athrow.
func (a *agAthrow) Type() *runtime.Type { return athrowType }

// CoroInfo describes the awaitable for task reprs (so loop.create_task(agen.aclose())
// works, as in CPython).
func (a *agAthrow) CoroInfo() runtime.CoroInfo {
	return runtime.CoroInfo{Qualname: a.gen.qualname, File: a.gen.code().Filename, Line: a.gen.code().FirstLine, Done: a.state == awaitClosed}
}

// Await returns the awaitable itself (it is its own iterator).
func (a *agAthrow) Await(th *runtime.Thread) (runtime.Resumable, error) { return a, nil }

func (a *agAthrow) what() string {
	if a.exc == nil {
		return "aclose()"
	}
	return "athrow()"
}

// Send starts (throwing in) or continues the athrow/aclose.
func (a *agAthrow) Send(th *runtime.Thread, v runtime.Value) (runtime.Value, runtime.SendStatus, error) {
	ag := a.gen
	switch a.state {
	case awaitClosed:
		return nil, runtime.Returned, runtime.RuntimeErrorf("cannot reuse already awaited %s/athrow()", "aclose()")
	case awaitInit:
		if ag.runningAsync {
			a.state = awaitClosed
			return nil, runtime.Returned, runtime.RuntimeErrorf("%s: asynchronous generator is already running", a.what())
		}
		if ag.finished || ag.closed {
			a.state = awaitClosed
			if a.exc == nil {
				return runtime.None, runtime.Returned, nil
			}
			return nil, runtime.Returned, runtime.NewException(runtime.StopAsyncIterationType, "")
		}
		a.state = awaitIter
		if !ag.started && a.exc == nil {
			a.state = awaitClosed
			return runtime.None, runtime.Returned, ag.Close(th)
		}
		ag.runningAsync = true
		exc := a.exc
		if exc == nil {
			exc = runtime.NewException(runtime.GeneratorExitType, "")
		}
		return a.unwrap(ag.Throw(th, exc))
	}
	return a.unwrap(ag.send(th, v))
}

// Throw throws into the async generator.
func (a *agAthrow) Throw(th *runtime.Thread, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	if a.state == awaitClosed {
		return nil, runtime.Returned, runtime.RuntimeErrorf("cannot reuse already awaited aclose()/athrow()")
	}
	a.state = awaitIter
	a.gen.runningAsync = true
	return a.unwrap(a.gen.Throw(th, exc))
}

// Close closes the awaitable.
func (a *agAthrow) Close(th *runtime.Thread) error {
	a.state = awaitClosed
	a.gen.runningAsync = false
	return nil
}

func (a *agAthrow) unwrap(v runtime.Value, st runtime.SendStatus, err error) (runtime.Value, runtime.SendStatus, error) {
	ag := a.gen
	if err != nil {
		a.state = awaitClosed
		ag.runningAsync = false
		if a.exc == nil && (runtime.IsInstanceOf(err, runtime.StopAsyncIterationType) || runtime.IsInstanceOf(err, runtime.GeneratorExitType)) {
			return runtime.None, runtime.Returned, nil
		}
		return nil, runtime.Returned, err
	}
	if st == runtime.Returned {
		a.state = awaitClosed
		ag.runningAsync = false
		if a.exc == nil {
			return runtime.None, runtime.Returned, nil
		}
		return nil, runtime.Returned, runtime.NewException(runtime.StopAsyncIterationType, "")
	}
	if ag.valueYield() {
		if a.exc == nil {
			a.state = awaitClosed
			ag.runningAsync = false
			return nil, runtime.Returned, runtime.RuntimeErrorf("async generator ignored GeneratorExit")
		}
		a.state = awaitClosed
		ag.runningAsync = false
		return v, runtime.Returned, nil
	}
	return v, runtime.Yielded, nil
}

// getAIter is GET_AITER.
func getAIter(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
	if ag, ok := v.(*AsyncGenerator); ok {
		return ag, nil
	}
	m, ok := lookupSpecial(v, "__aiter__")
	if !ok {
		return nil, runtime.TypeErrorf("'async for' requires an object with __aiter__ method, got %s", runtime.TypeName(v))
	}
	it, err := callSpecial(th, m, v)
	if err != nil {
		return nil, err
	}
	if _, ok := it.(*AsyncGenerator); ok {
		return it, nil
	}
	if _, ok := lookupSpecial(it, "__anext__"); !ok {
		return nil, runtime.TypeErrorf("'async for' received an object from __aiter__ that does not implement __anext__: %s", runtime.TypeName(it))
	}
	return it, nil
}

// getANext is GET_ANEXT: the awaitable of the next item.
func getANext(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
	if ag, ok := v.(*AsyncGenerator); ok {
		ag.initHooks(th)
		return ag.nextForLoop(), nil
	}
	m, ok := lookupSpecial(v, "__anext__")
	if !ok {
		return nil, runtime.TypeErrorf("'async for' requires an iterator with __anext__ method, got %s", runtime.TypeName(v))
	}
	aw, err := callSpecial(th, m, v)
	if err != nil {
		return nil, err
	}
	r, err := getAwaitable(th, aw, code.AwaitPlain)
	if err != nil {
		return nil, runtime.TypeErrorf("'async for' received an invalid object from __anext__: %s", runtime.TypeName(aw))
	}
	return r, nil
}

func init() {
	t := AsyncGeneratorType
	method := func(t *runtime.Type, name string, fn runtime.BuiltinFunc) { runtime.AddMethod(t, name, fn) }
	method(t, "__aiter__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return args[0], nil
	})
	method(t, "__anext__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		ag := args[0].(*AsyncGenerator)
		ag.initHooks(th)
		return &agAsend{gen: ag, v: runtime.None}, nil
	})
	method(t, "asend", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 2 {
			return nil, runtime.TypeErrorf("async_generator.asend() takes exactly one argument (%d given)", len(args)-1)
		}
		ag := args[0].(*AsyncGenerator)
		ag.initHooks(th)
		return &agAsend{gen: ag, v: args[1]}, nil
	})
	method(t, "athrow", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		ag := args[0].(*AsyncGenerator)
		exc, err := throwArgs(th, args[1:])
		if err != nil {
			return nil, err
		}
		ag.initHooks(th)
		return &agAthrow{gen: ag, exc: exc}, nil
	})
	method(t, "aclose", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		ag := args[0].(*AsyncGenerator)
		ag.initHooks(th)
		return &agAthrow{gen: ag}, nil
	})
	method(t, "__repr__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Str(args[0].(*AsyncGenerator).String()), nil
	})
	getset(t, "__name__", func(g *genBase) runtime.Value { return runtime.Str(g.name) })
	getset(t, "__qualname__", func(g *genBase) runtime.Value { return runtime.Str(g.qualname) })
	getset(t, "ag_running", func(g *genBase) runtime.Value { return runtime.Bool(g.running) })
	getset(t, "ag_code", func(g *genBase) runtime.Value { return g.code() })
	getset(t, "ag_frame", func(g *genBase) runtime.Value {
		if g.frame == nil {
			return runtime.None
		}
		return frameValue(g.frame)
	})
	getset(t, "ag_await", func(g *genBase) runtime.Value {
		if g.frame != nil && !g.running {
			if _, ok := isYieldFrom(g.code(), g.frame.pc); ok {
				return g.frame.stack[g.frame.sp-1]
			}
		}
		return runtime.None
	})

	for _, at := range []*runtime.Type{asendType, athrowType} {
		method(at, "__await__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return args[0], nil
		})
		method(at, "__iter__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return args[0], nil
		})
		method(at, "__next__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return resultOrStop(args[0].(runtime.Resumable).Send(th, runtime.None))
		})
		method(at, "send", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if len(args) != 2 {
				return nil, runtime.TypeErrorf("send() takes exactly one argument (%d given)", len(args)-1)
			}
			return resultOrStop(args[0].(runtime.Resumable).Send(th, args[1]))
		})
		method(at, "throw", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			exc, err := throwArgs(th, args[1:])
			if err != nil {
				return nil, err
			}
			return resultOrStop(args[0].(runtime.Resumable).Throw(th, exc))
		})
		method(at, "close", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return runtime.None, args[0].(runtime.Resumable).Close(th)
		})
	}
}

// Repr returns <async_generator object NAME at 0x…> (runtime.Reprer).
func (ag *AsyncGenerator) Repr(th *runtime.Thread) (string, error) { return ag.String(), nil }
