package vm

import (
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// Frame is one activation of a code object. Frames live on the heap: a generator or
// coroutine keeps its frame between resumptions, with pc and the value stack intact.
type Frame struct {
	code     *Code
	fn       *Function // the function running (nil for module code run directly)
	globals  *runtime.Dict
	builtins *runtime.Dict
	// locals is the namespace of module and class bodies (LOAD_NAME / STORE_NAME); for a
	// module it is globals.
	locals *runtime.Dict
	fast   []runtime.Value // the local variable slots (VarNames)
	cells  []*runtime.Cell // CellVars then FreeVars
	stack  []runtime.Value // the value stack (len = StackSize)
	sp     int             // stack depth
	pc     int             // next instruction (saved when suspended or calling)
	back   *Frame          // the calling frame
	gen    *genBase        // the generator owning this frame, if any
	// excDepth counts the except blocks entered (PUSH_EXC_INFO) and not yet left: a
	// generator suspended inside one keeps its handled exception.
	excDepth int
	// ts is the state of the thread the frame was made for (nil for frames of threads the
	// vm did not create).
	ts *threadState
	// callSerial is the thread's generator serial when the last call started.
	callSerial uint64
	// vals is the backing store of fast and stack (kept by pooled frames for reuse).
	vals []runtime.Value
	// entry tells how the running frame was entered: by a call of eval, or inline, by
	// its caller's eval loop (see enterCall), which it resumes when it returns, yields or
	// raises. outerHandling is th.Handling at the call or resumption, restored when the
	// frame is left; initSelf, for the frame of an __init__ run by a class call, is the
	// new instance, which the call returns.
	entry entryKind
	// loopTarget tells a generator frame resumed inline by a loop where its yield goes:
	// for a FOR_ITER (enteredByForIter), 1 + the local slot in which the loop stores each
	// item (opForIterStoreFast), its negation for an owned slot (opForIterStoreOwned),
	// or 0 when the item is pushed; for an async for's step
	// (enteredByAnext), the SEND's exit. The yield need not read the loop's instruction.
	loopTarget    int32
	outerHandling *runtime.Exception
	initSelf      runtime.Value
	// owner is the function whose free list the frame returns to (see takeFrame); nil
	// for frames of the thread's pool and of generators.
	owner *Function
	// owned has bit i set while local slot i holds an int or float box that nothing
	// else references (see owned.go); only accumulator and loop slots (below 64) ever
	// have one.
	owned uint64
	// plainArgs, for a frame from takeFrame, is the number of positional parameters when
	// they are all the function has (no keyword-only ones, *args or **kwargs, no cells):
	// a call with that many positional arguments only copies them. It is -1 otherwise.
	plainArgs int
}

// Code returns the frame's code object.
func (f *Frame) Code() *Code { return f.code }

// Back returns the calling frame (nil for the outermost).
func (f *Frame) Back() *Frame { return f.back }

// Globals returns the frame's globals dict.
func (f *Frame) Globals() *runtime.Dict { return f.globals }

// Line returns the source line the frame is executing (or suspended at).
func (f *Frame) Line() int {
	pc := f.pc - 1
	if pc < 0 {
		pc = 0
	}
	return lineAt(f.code, pc)
}

// lineAt returns the line of the instruction at pc, or of the closest earlier instruction
// that has one (compiler-generated code has line 0).
func lineAt(c *Code, pc int) int {
	for ; pc >= 0; pc-- {
		if l := int(c.position(pc).Line); l > 0 {
			return l
		}
	}
	return c.FirstLine
}

// newFrame makes a frame for code c with the given globals (builtins from th's interpreter).
func newFrame(th *runtime.Thread, c *Code, globals *runtime.Dict) *Frame {
	n := c.nlocals
	vals := make([]runtime.Value, n+c.StackSize+1)
	f := &Frame{
		code:     c,
		globals:  globals,
		builtins: th.Interp.Builtins,
		fast:     vals[:n:n],
		stack:    vals[n:],
	}
	if c.ncells > 0 {
		f.cells = make([]*runtime.Cell, c.ncells)
	}
	return f
}

// initCells creates the frame's cells: a fresh cell for each cell variable (holding the
// argument when it is also a parameter) and the closure's cells for the free variables.
func (f *Frame) initCells(closure []*runtime.Cell) {
	c := f.code
	nc := len(c.CellVars)
	for i := 0; i < nc; i++ {
		cell := &runtime.Cell{}
		if c.Cell2Arg != nil && c.Cell2Arg[i] >= 0 {
			cell.V = f.fast[c.Cell2Arg[i]]
		}
		f.cells[i] = cell
	}
	copy(f.cells[nc:], closure)
}

// currentFrame returns th's innermost aio frame, or nil.
func currentFrame(th *runtime.Thread) *Frame {
	f, _ := th.Frame.(*Frame)
	return f
}

// callFunction calls fn: binds the arguments into a new frame and runs it, or for a
// generator, coroutine or async generator function returns the new generator object.
func callFunction(th *runtime.Thread, fn *Function, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	c := fn.code
	if len(args) == c.simpleArgs && len(kwnames) == 0 {
		if ts, ok := th.Local.(*threadState); ok {
			return callSimple(th, ts, fn, args)
		}
	}
	if c.isGen {
		g, f := newGenerator(th, fn)
		if err := bindArgs(th, fn, f.fast, args, kwnames); err != nil {
			genOf(g).discard(th)
			return nil, err
		}
		if f.cells != nil {
			f.initCells(fn.closure)
		}
		return g, nil
	}
	ts, _ := th.Local.(*threadState)
	if ts != nil && ts.box.limited {
		if err := ts.box.step(); err != nil {
			return nil, err
		}
	}
	var f *Frame
	if ts != nil {
		f = ts.pushFrame(th, c, fn.globals)
	} else {
		f = newFrame(th, c, fn.globals)
	}
	f.fn = fn
	if err := bindArgs(th, fn, f.fast, args, kwnames); err != nil {
		if ts != nil {
			ts.popFrame(f)
		}
		return nil, err
	}
	if f.cells != nil {
		f.initCells(fn.closure)
	}
	if th.Depth >= th.Interp.RecursionLimit {
		if ts != nil {
			ts.popFrame(f)
		}
		return nil, th.Enter()
	}
	th.Depth++
	v, err := runFrame(th, f)
	th.Depth--
	if ts != nil {
		ts.popFrame(f)
	}
	return v, err
}

// callSimple is callFunction for a simple function (Code.simple) called with exactly its
// positional parameters on a vm thread: nothing to bind but a copy.
func callSimple(th *runtime.Thread, ts *threadState, fn *Function, args []runtime.Value) (runtime.Value, error) {
	if ts.box.limited {
		if err := ts.box.step(); err != nil {
			return nil, err
		}
	}
	if th.Depth >= th.Interp.RecursionLimit {
		return nil, th.Enter()
	}
	f := ts.pushFrame(th, fn.code, fn.globals)
	f.fn = fn
	copy(f.fast, args)
	th.Depth++
	v, err := runFrame(th, f)
	th.Depth--
	ts.popFrame(f)
	return v, err
}

// pushFrame returns a frame for code c from the thread's pool of function frames (frames
// of plain function calls are strictly nested, so they are reused by depth and a call
// allocates nothing once the pool is warm).
func (ts *threadState) pushFrame(th *runtime.Thread, c *Code, globals *runtime.Dict) *Frame {
	if ts.nframes == len(ts.frames) {
		ts.frames = append(ts.frames, &Frame{ts: ts})
	}
	f := ts.frames[ts.nframes]
	ts.nframes++
	// a frame reused for the same code keeps its slot slices (fewer pointer writes)
	if f.code != c {
		n := c.nlocals
		need := n + c.StackSize + 1
		if cap(f.vals) < need {
			f.vals = make([]runtime.Value, need+need/2)
		}
		vals := f.vals[:need]
		f.code = c
		f.fast = vals[:n:n]
		f.stack = vals[n:]
	}
	if f.globals != globals {
		f.globals = globals
	}
	if b := th.Interp.Builtins; f.builtins != b {
		f.builtins = b
	}
	if c.ncells > 0 {
		f.cells = make([]*runtime.Cell, c.ncells)
	}
	return f
}

// getVals returns a cleared slice of at least n values (from the pool when it has one).
func (ts *threadState) getVals(n int) []runtime.Value {
	if n <= maxPooledVals {
		b := valsBucket(n)
		if l := len(ts.valPool[b]); l > 0 {
			v := ts.valPool[b][l-1]
			ts.valPool[b] = ts.valPool[b][:l-1]
			return v
		}
		return make([]runtime.Value, 1<<b)
	}
	return make([]runtime.Value, n)
}

// putVals returns a slice obtained from getVals to the pool.
func (ts *threadState) putVals(v []runtime.Value) {
	n := cap(v)
	if n > maxPooledVals || n&(n-1) != 0 {
		return
	}
	b := valsBucket(n)
	if len(ts.valPool[b]) >= maxPoolLen {
		return
	}
	v = v[:n]
	clear(v)
	ts.valPool[b] = append(ts.valPool[b], v)
}

const (
	maxPooledVals = 1 << 8 // larger frames are not pooled
	maxPoolLen    = 1024   // slices kept per size class
)

// valsBucket is the size class of n values: the smallest power of two ≥ n.
func valsBucket(n int) int {
	b := 0
	for 1<<b < n {
		b++
	}
	return b
}

// popFrame returns the innermost pooled frame to the pool, dropping its references.
func (ts *threadState) popFrame(f *Frame) {
	ts.nframes--
	// the eval loop clears the stack slots it pops, so only the locals hold references
	// (a plain loop: cheaper than memclrHasPointers for the few slots of a frame)
	fast := f.fast
	for i := 0; i < len(fast); i++ {
		fast[i] = nil
	}
	// the other fields are overwritten by the next pushFrame; only what could keep
	// user-visible objects alive is dropped
	if f.locals != nil || f.cells != nil {
		f.locals, f.cells = nil, nil
	}
	f.back = nil
	f.sp, f.pc, f.excDepth, f.owned = 0, 0, 0, 0
	if f.entry != enteredByEval {
		f.entry, f.outerHandling, f.initSelf = enteredByEval, nil, nil
	}
}

// runFrame runs a (non-generator) frame to completion, linking it into th's frame chain.
func runFrame(th *runtime.Thread, f *Frame) (runtime.Value, error) {
	f.back = currentFrame(th)
	th.Frame = f
	handling := th.Handling
	v, _, err := eval(th, f, nil)
	th.Handling = handling
	if f.back != nil {
		th.Frame = f.back
	} else {
		th.Frame = nil
	}
	return v, err
}

// isYieldFrom reports whether a frame suspended at pc (the instruction after a
// YIELD_VALUE) is inside a delegation loop, and returns the loop's exit.
func isYieldFrom(c *Code, pc int) (exit int, ok bool) {
	if pc <= 0 || pc > len(c.Code.Code) {
		return 0, false
	}
	in := c.Code.Code[pc-1]
	if in.Op() == code.YIELD_VALUE && in.Arg() != 0 {
		return int(in.Arg()), true
	}
	return 0, false
}
