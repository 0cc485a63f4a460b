package vm

import (
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// Inline frames: a call of an aio function from the eval loop does not re-enter eval on
// the Go stack. The loop binds the arguments into a frame from the function's free list
// (takeFrame), links it into the thread's frame chain (enterCall) and switches its own
// registers (code, slots, stack, pc) to the new frame. When that frame returns, or an
// exception leaves it, the loop unlinks it (leaveCall) and continues in the caller at its
// saved pc and stack depth, as if the call instruction had returned. Only the frame eval
// was started with returns from eval; frames entered inline are marked by Frame.entry.
//
// The same holds for the __init__ of a class call (enterInit: the call's value is the
// instance), for `await f(...)` of a coroutine function (enterAwait: the coroutine object
// is made only if the frame suspends, see suspendAwait), and for the generators of for
// loops and the async generators of async for loops (enterGen): a generator's frame
// runs in the loop until it yields (leaveGenYield: the value goes to the loop) or
// finishes (leaveGenDone: the loop ends, or its exception is raised at the FOR_ITER).
//
// Everything a Go-level call does is kept: the step limit and interrupt check, the
// recursion depth (th.Depth, shared with the Go re-entries), th.Frame and the back
// links, th.Handling (which a call saves and restores), generator state (running,
// finished, the exception handled inside), PEP 479.

// entryKind tells how a running frame was entered.
type entryKind uint8

const (
	enteredByEval    entryKind = iota // eval was called for it (it returns from eval)
	enteredByCall                     // an inline call from the frame below
	enteredByForIter                  // a generator resumed by the frame below's FOR_ITER
	enteredByAwait                    // `await fn(...)` of a coroutine function, inline
	enteredByAnext                    // an async generator stepped by the frame below's async for
)

// enterGenFunction prepares the inline run of a call of fn, a generator-like function,
// from the frame caller suspended at its call instruction: a coroutine function whose
// call is awaited at once runs inline (see enterAwait). It returns a nil frame (and no
// error) when the call must go the Go way (making the generator object).
func (ts *threadState) enterGenFunction(th *runtime.Thread, caller *Frame, fn *Function, args []runtime.Value, kwnames []string) (*Frame, error) {
	if isPlainCoroutineFunction(fn) {
		if _, ok := awaitFollows(caller.code, caller.pc); ok {
			// a CALL is marked, so that the next time needs no look
			if in := caller.code.instrs[caller.pc-1]; in.Op() == code.CALL {
				caller.code.instrs[caller.pc-1] = code.MakeInstr(opCallAwaited, in.Arg())
			}
			return ts.enterAwait(th, caller, fn, args, kwnames)
		}
	}
	return nil, nil
}

// enterCall prepares the inline call of the plain (non-generator) function fn from the
// frame caller with the vectorcall arguments args: it returns fn's new frame, already
// linked as the thread's current frame. On an error nothing is linked and the error is
// raised by the call instruction.
func (ts *threadState) enterCall(th *runtime.Thread, caller *Frame, fn *Function, args []runtime.Value, kwnames []string) (*Frame, error) {
	// (without a step limit only an interrupt request needs the call)
	if b := &ts.box; b.limited && (b.steps != -1<<63 || b.intr.Load()) {
		if err := b.step(); err != nil {
			return nil, err
		}
	}
	if len(args) == fn.code.simpleArgs && len(kwnames) == 0 {
		if th.Depth >= th.Interp.RecursionLimit {
			return nil, th.Enter()
		}
		f := fn.reuseFrame(ts)
		if f == nil {
			f = fn.takeFrameSlow(th, ts)
		}
		fast := f.fast
		for i := 0; i < len(args); i++ {
			fast[i] = args[i]
		}
		return ts.link(th, caller, f), nil
	}
	f := fn.takeFrame(th, ts)
	if err := fn.bindFrame(th, f, args, kwnames); err != nil {
		return nil, err
	}
	if th.Depth >= th.Interp.RecursionLimit {
		fn.releaseFrame(f)
		return nil, th.Enter()
	}
	return ts.link(th, caller, f), nil
}

// link makes f, called inline from caller, the thread's current frame.
func (ts *threadState) link(th *runtime.Thread, caller, f *Frame) *Frame {
	th.Depth++
	f.back = caller
	f.entry = enteredByCall
	f.outerHandling = th.Handling
	th.Frame = f
	return f
}

// leaveCall unlinks the inline frame f when it has returned or raised, restoring the
// caller's state, and returns the caller.
func (ts *threadState) leaveCall(th *runtime.Thread, f *Frame) *Frame {
	caller := f.back
	th.Handling = f.outerHandling
	th.Frame = caller
	th.Depth--
	if fn := f.owner; fn != nil {
		fn.releaseFrame(f)
	} else {
		ts.popFrame(f)
	}
	return caller
}

// bindFrame binds args and kwnames into f, a frame from takeFrame, the general way
// (defaults, keywords, *args, **kwargs) and makes its cells; on an argument error it
// puts f back and returns the error.
func (fn *Function) bindFrame(th *runtime.Thread, f *Frame, args []runtime.Value, kwnames []string) error {
	if err := bindArgs(th, fn, f.fast, args, kwnames); err != nil {
		fn.releaseFrame(f)
		return err
	}
	if f.cells != nil {
		f.initCells(fn.closure)
	}
	return nil
}

// takeFrame returns a frame for an inline call of fn (a plain function, or a coroutine
// function awaited at once) on the thread ts: one of fn's returned frames, ready as it
// is (same code, globals and builtins; only its cells are new), or a new one. Keeping
// frames by function rather than by depth spares the re-slicing a depth's frame needs
// when the functions called at that depth vary.
func (fn *Function) takeFrame(th *runtime.Thread, ts *threadState) *Frame {
	if f := fn.reuseFrame(ts); f != nil {
		return f
	}
	return fn.takeFrameSlow(th, ts)
}

// reuseFrame is takeFrame's common case, small enough to inline: one of fn's returned
// frames made for ts (nil if there is none). A frame keeps its cells slice, cleared,
// for the caller to fill (initCells).
func (fn *Function) reuseFrame(ts *threadState) *Frame {
	if n := len(fn.free); n > 0 {
		if f := fn.free[n-1]; f.ts == ts {
			fn.free = fn.free[:n-1]
			return f
		}
	}
	return nil
}

// takeFrameSlow is takeFrame when reuseFrame has no frame.
func (fn *Function) takeFrameSlow(th *runtime.Thread, ts *threadState) *Frame {
	c := fn.code
	n := c.nlocals
	vals := make([]runtime.Value, n+c.StackSize+1)
	f := &Frame{code: c, fn: fn, globals: fn.globals, builtins: th.Interp.Builtins,
		fast: vals[:n:n], stack: vals[n:], vals: vals, ts: ts, owner: fn, plainArgs: -1}
	if c.ncells > 0 {
		f.cells = make([]*runtime.Cell, c.ncells)
	} else if c.KwOnlyArgCount == 0 && c.Flags&(code.FlagVarargs|code.FlagVarKeywords) == 0 {
		f.plainArgs = c.ArgCount
	}
	return f
}

// releaseFrame puts f, a frame from takeFrame that returned or raised, back on fn's free
// list, dropping its references.
func (fn *Function) releaseFrame(f *Frame) {
	fast := f.fast
	for i := 0; i < len(fast); i++ {
		fast[i] = nil
	}
	// the slice is kept for the next call (nothing else holds it: closures copy the
	// cells); the cells themselves are new each call
	cells := f.cells
	for i := 0; i < len(cells); i++ {
		cells[i] = nil
	}
	f.back = nil
	f.sp, f.pc, f.excDepth, f.owned = 0, 0, 0, 0
	f.entry, f.outerHandling, f.initSelf = enteredByEval, nil, nil
	fn.free = append(fn.free, f)
}

// errInitResult is the error of an __init__ that returned something other than None.
func errInitResult(r runtime.Value) error {
	return runtime.TypeErrorf("__init__() should return None, not '%s'", runtime.TypeName(r))
}

// enterInit prepares the inline run of initFn, the plain __init__ (see plainInit) of the
// class t being called from caller: it makes the instance, writes it over slots[0] (the
// class; slots[1:] are the arguments) and enters __init__ with it, marking the frame so
// that its return yields the instance.
func (ts *threadState) enterInit(th *runtime.Thread, caller *Frame, t, solid *runtime.Type, initFn *Function, slots []runtime.Value, kwnames []string) (*Frame, error) {
	obj, err := newInstance(th, t, solid, slots, kwnames)
	if err != nil {
		return nil, err
	}
	slots[0] = obj
	f, err := ts.enterCall(th, caller, initFn, slots, kwnames)
	if err != nil {
		return nil, err
	}
	f.initSelf = obj
	return f, nil
}

// enterGen resumes the generator g inline, as send would with None, for the FOR_ITER
// (entry enteredByForIter) or the async for step (enteredByAnext, see
// AsyncGenerator.loopStep) of the frame caller: g must be neither running nor finished.
// target is the loop's loopTarget (see Frame). It returns g's frame, linked as
// the thread's current frame.
func (ts *threadState) enterGen(th *runtime.Thread, caller *Frame, g *genBase, entry entryKind, target int32) (*Frame, error) {
	f := g.frame
	if !g.started {
		g.start(th)
	} else if !skipYieldOn(f, ts) {
		f.stack[f.sp] = runtime.None
		f.sp++
	}
	if th.Depth >= th.Interp.RecursionLimit {
		return nil, th.Enter()
	}
	th.Depth++
	g.running = true
	f.outerHandling = th.Handling
	if g.handling != nil {
		th.Handling = g.handling
	}
	f.back = caller
	f.entry = entry
	f.loopTarget = target
	th.Frame = f
	return f, nil
}

// leaveGenYield suspends the inline-resumed generator frame f at a yield (its pc and
// stack are saved) and returns the frame that resumed it.
func (ts *threadState) leaveGenYield(th *runtime.Thread, f *Frame) *Frame {
	g := f.gen
	caller := f.back
	th.Frame = caller
	f.back = nil
	f.entry = enteredByEval
	g.running = false
	th.Depth--
	if f.excDepth > 0 {
		g.handling = th.Handling
	} else {
		g.handling = nil
	}
	th.Handling = f.outerHandling
	f.outerHandling = nil
	return caller
}

// leaveGenDone finishes the inline-resumed generator frame f, which returned or raised,
// releasing it, and returns the frame that resumed it.
func (ts *threadState) leaveGenDone(th *runtime.Thread, f *Frame) *Frame {
	g := f.gen
	caller := f.back
	th.Frame = caller
	th.Depth--
	th.Handling = f.outerHandling
	f.back, f.entry, f.outerHandling = nil, enteredByEval, nil
	g.running = false
	g.handling = nil
	g.finished = true
	g.release(th)
	return caller
}

// leave unlinks the inline frame f, which an exception is leaving, and returns its
// caller with the exception to raise there (a generator's or coroutine's goes through
// PEP 479).
func (ts *threadState) leave(th *runtime.Thread, f *Frame, exc *runtime.Exception) (*Frame, error) {
	switch f.entry {
	case enteredByForIter:
		return ts.leaveGenDone(th, f), pep479(kindGenerator, exc)
	case enteredByAnext:
		caller := ts.leaveGenDone(th, f)
		anextGen(caller).runningAsync = false
		return caller, pep479(kindAsyncGen, exc)
	case enteredByAwait:
		// raised by the await (its SEND), as when the coroutine runs on its own
		caller := ts.leaveCall(th, f)
		caller.pc += 3
		return caller, pep479(kindCoroutine, exc)
	}
	return ts.leaveCall(th, f), exc
}

// leaveForIterYield suspends gf, a generator frame resumed inline by a FOR_ITER
// (enteredByForIter), at its yield of x (leaveGenYield) and gives x to the loop: it is
// stored at once in the loop's target local recorded by enterGen (loopTarget; copied
// into an owned slot, see storeOwned), or pushed. It returns the loop's frame, and
// whether it does not reference x's box. (One call from eval, where the functions it
// calls are too big to inline.)
func (ts *threadState) leaveForIterYield(th *runtime.Thread, gf *Frame, x runtime.Value) (*Frame, bool) {
	t := gf.loopTarget
	f := ts.leaveGenYield(th, gf)
	switch {
	case t > 0:
		f.fast[t-1] = x
		f.pc++
		return f, false
	case t < 0:
		f.pc++
		return f, f.storeOwned(uint32(-t-1), x)
	}
	f.stack[f.sp] = x
	f.sp++
	return f, false
}

// forIterExit ends the for loop of frame f, suspended at its FOR_ITER, whose generator
// has finished: it pops the generator and jumps to the loop's exit.
func forIterExit(f *Frame) {
	f.sp--
	f.stack[f.sp] = nil
	f.pc = int(f.code.instrs[f.pc-1].Arg()) // (a FOR_ITER superinstruction keeps its exit)
}
