package vm

import (
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// awaitFollows reports whether the instructions from pc on are exactly the delegation of
// an `await` of the value just called: GET_AWAITABLE 0, LOAD_CONST None, SEND exit,
// YIELD_VALUE. It returns the SEND's exit.
func awaitFollows(c *Code, pc int) (exit int, ok bool) {
	in := c.instrs // (none of these is quickened)
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
	return fn.code.plainCoro
}

// enterAwait prepares `await fn(args)` for a coroutine function fn, from the frame caller
// suspended at the call (awaitFollows holds there): the body runs inline in a pooled
// frame, as a plain call would, without making the coroutine object first. If it
// returns (leaveAwait), nothing was allocated for the coroutine: awaiting a coroutine
// that finishes at once is the common case. If it suspends (suspendAwait), the coroutine
// object is made then, owning the frame as it stands.
func (ts *threadState) enterAwait(th *runtime.Thread, caller *Frame, fn *Function, args []runtime.Value, kwnames []string) (*Frame, error) {
	f := fn.reuseFrame(ts)
	if f == nil {
		f = fn.takeFrameSlow(th, ts)
	}
	if len(args) == f.plainArgs && len(kwnames) == 0 {
		fast := f.fast
		for i := 0; i < len(args); i++ {
			fast[i] = args[i]
		}
	} else if err := fn.bindFrame(th, f, args, kwnames); err != nil {
		return nil, err
	}
	if th.Depth >= th.Interp.RecursionLimit {
		fn.releaseFrame(f)
		return nil, th.Enter()
	}
	ts.link(th, caller, f)
	f.entry = enteredByAwait
	return f, nil
}

// leaveAwait unlinks the frame f, entered by enterAwait, which returned x, as leaveCall
// does, and continues its caller, suspended at the call, after the delegation loop with
// x as the value of the await. It returns the caller. (One call for what a return from
// an awaited coroutine needs, as common as a plain call's return.)
func (ts *threadState) leaveAwait(th *runtime.Thread, f *Frame, x runtime.Value) *Frame {
	caller := ts.leaveCall(th, f)
	deliverAt(caller, x, int(caller.code.instrs[caller.pc+2].Arg())) // the SEND's exit
	return caller
}

// deliverAt continues the frame f at exit, the exit of the delegation loop of an await or
// an async for step that finished inline with the value x: as that instruction would,
// a STORE_FAST stores x at once and a POP_TOP drops a None; anything else (an owned
// slot's store among them, see owned.go) finds x pushed. (It reads the dispatch array,
// where a superinstruction that starts with the STORE_FAST keeps its argument.)
func deliverAt(f *Frame, x runtime.Value, exit int) {
	switch in := f.code.instrs[exit]; in.Op() {
	case code.STORE_FAST, opStoreFastLoadFast, opStoreFastJump:
		f.fast[in.Arg()] = x
		f.pc = exit + 1
		return
	case code.POP_TOP:
		if isNone(x) {
			f.pc = exit + 1
			return
		}
	}
	f.stack[f.sp] = x
	f.sp++
	f.pc = exit
}

// suspendAwait handles the yield of x by f, a coroutine frame entered by enterAwait
// (from its function's frames, see takeFrame):
// the coroutine object is made, taking the frame over, and f's caller continues as if
// its SEND had sent into that coroutine and seen it yield x (it is left at the
// YIELD_VALUE of its delegation loop, with the coroutine as the receiver). yieldFrom
// tells whether f yielded in a delegation of its own. It returns the caller.
func (ts *threadState) suspendAwait(th *runtime.Thread, f *Frame, x runtime.Value, yieldFrom bool) *Frame {
	caller := f.back
	th.Frame = caller
	th.Depth--
	co := &Coroutine{}
	g := &co.genBase
	g.kind = kindCoroutine
	g.name, g.qualname = f.fn.name, f.fn.qualname
	g.started = true
	g.yieldFrom = yieldFrom
	ts.box.genSerial++
	g.serial = ts.box.genSerial
	g.fr = *f
	g.frame = &g.fr
	g.fr.gen = g
	g.fr.back = nil
	g.fr.entry, g.fr.outerHandling, g.fr.owner = enteredByEval, nil, nil
	if f.excDepth > 0 {
		g.handling = th.Handling
	}
	th.Handling = f.outerHandling
	// the coroutine owns the frame now: its function makes another next time
	caller.stack[caller.sp] = co
	caller.stack[caller.sp+1] = x
	caller.sp += 2
	caller.pc += 3 // at the YIELD_VALUE of the delegation loop
	return caller
}
