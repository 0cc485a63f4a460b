package vm

import (
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// awaitFollows reports whether the instructions from pc on are exactly the delegation of
// an `await` of the value just called: GET_AWAITABLE 0, LOAD_CONST None, SEND exit,
// YIELD_VALUE. It returns the SEND's exit.
func awaitFollows(c *Code, pc int) (exit int, ok bool) {
	in := c.Code.Code
	if pc+3 >= len(in) {
		return 0, false
	}
	if in[pc].Op() != code.GET_AWAITABLE || in[pc].Arg() != code.AwaitPlain ||
		in[pc+1].Op() != code.LOAD_CONST || !isNone(c.consts[in[pc+1].Arg()]) ||
		in[pc+2].Op() != code.SEND || in[pc+3].Op() != code.YIELD_VALUE {
		return 0, false
	}
	return int(in[pc+2].Arg()), true
}

// dropSlots clears the value-stack slots [from, to) of a finished call: a plain loop,
// cheaper than clear (memclrHasPointers) for the few slots of a call.
func dropSlots(s []runtime.Value, from, to int) {
	for i := from; i < to; i++ {
		s[i] = nil
	}
}

// isNone reports whether v is None (a type check: cheaper than comparing interfaces).
func isNone(v runtime.Value) bool {
	_, ok := v.(runtime.NoneValue)
	return ok
}

// isPlainCoroutineFunction reports whether fn is an `async def` (not an async generator).
func isPlainCoroutineFunction(fn *Function) bool {
	return fn.code.Flags&(code.FlagCoroutine|code.FlagAsyncGenerator) == code.FlagCoroutine
}

// inlineAwait runs `await fn(args)` without making the coroutine object first: the body
// runs in a pooled frame, as a plain call would. If it returns, nothing was allocated
// for the coroutine (awaiting a coroutine that finishes at once is the common case). If
// it suspends, the coroutine object is made then, owning the frame as it stands, and
// returned with the value it yielded; the caller continues as if its SEND had sent into
// that coroutine and seen it yield.
func inlineAwait(th *runtime.Thread, ts *threadState, fn *Function, args []runtime.Value, kwnames []string) (v runtime.Value, co *Coroutine, err error) {
	c := fn.code
	f := ts.pushFrame(th, c, fn.globals)
	f.fn = fn
	if len(kwnames) == 0 && len(args) == c.ArgCount && c.KwOnlyArgCount == 0 &&
		c.Flags&(code.FlagVarargs|code.FlagVarKeywords) == 0 {
		copy(f.fast, args)
	} else if err := bindArgs(th, fn, f.fast, args, kwnames); err != nil {
		ts.popFrame(f)
		return nil, nil, err
	}
	if f.cells != nil {
		f.initCells(fn.closure)
	}
	if th.Depth >= th.Interp.RecursionLimit {
		ts.popFrame(f)
		return nil, nil, th.Enter()
	}
	th.Depth++
	back, _ := th.Frame.(*Frame)
	f.back = back
	th.Frame = f
	outer := th.Handling
	v, yielded, err := eval(th, f, nil)
	if back != nil {
		th.Frame = back
	} else {
		th.Frame = nil
	}
	th.Depth--
	if !yielded {
		th.Handling = outer
		ts.popFrame(f)
		if err != nil {
			return nil, nil, pep479(kindCoroutine, err)
		}
		return v, nil, nil
	}
	// suspended: the coroutine object takes the frame over
	co = &Coroutine{}
	g := &co.genBase
	g.kind = kindCoroutine
	g.code, g.name, g.qualname = c, fn.name, fn.qualname
	g.started = true
	ts.box.genSerial++
	g.serial = ts.box.genSerial
	g.fr = *f
	g.frame = &g.fr
	g.fr.gen = g
	g.fr.back = nil
	if f.excDepth > 0 {
		g.handling = th.Handling
	}
	th.Handling = outer
	// the pooled frame gives its slots away
	f.vals, f.fast, f.stack, f.code = nil, nil, nil, nil
	ts.popFrame(f)
	return v, co, nil
}
