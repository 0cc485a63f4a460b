package vm

import (
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// unwind handles the exception err raised by the instruction at pc: it adds the frame's
// traceback entry (if addTB; chaining __context__ first for a fresh exception if chain),
// and finds the handler in the exception table. If there is one, the stack is cut to the
// handler's depth, the exception pushed, and the handler's pc returned with ok true;
// otherwise the frame is left (stack cleared) and ok is false.
func (f *Frame) unwind(th *runtime.Thread, exc *runtime.Exception, pc int, addTB, chain bool, sp int) (int, int, bool) {
	co := f.code
	if addTB && !superArgsReported(co, exc, pc) {
		f.addTraceback(th, exc, pc, chain)
	}
	stack := f.stack
	// the handler's entry by pointer (co.handler's copy of it costs a store-forwarding
	// stall on this hot path)
	var h *code.ExceptEntry
	if pc >= 0 && pc < len(co.handlerAt) {
		if i := co.handlerAt[pc]; i >= 0 {
			h = &co.ExceptTable[i]
		}
	}
	ok := h != nil
	if ok {
		if ts, isTS := th.Local.(*threadState); isTS && ts.box.halted {
			ok = false // a stopped program runs no more handlers
		}
	}
	if !ok {
		clear(stack[:sp])
		f.sp = 0
		f.pc = pc + 1
		return 0, 0, false
	}
	for sp > int(h.Depth) {
		sp--
		stack[sp] = nil
	}
	if h.Lasti {
		stack[sp] = runtime.Int(pc)
		sp++
	}
	stack[sp] = exc
	sp++
	return int(h.Handler), sp, true
}

// tracebackEntry returns the traceback entry for the instruction at pc (resolved by
// FramePos when needed).
func tracebackEntry(c *Code, pc int) runtime.Frame {
	return runtime.Frame{Src: c, PC: pc}
}

// addTraceback adds the frame's traceback entry for the instruction at pc to exc (first
// chaining the handled exception and taking the traceback of the task's callers, for an
// exception raised here).
func (f *Frame) addTraceback(th *runtime.Thread, exc *runtime.Exception, pc int, chain bool) {
	if chain && len(exc.Traceback) == 0 {
		chainContext(th, exc)
	}
	if exc.Traceback == nil && f.ts != nil {
		exc.Traceback = f.ts.box.traceback()
	}
	exc.AddFrame(tracebackEntry(f.code, pc))
}

// superArgsReported reports whether exc, raised by the instruction at pc, is an error of
// LOAD_SUPER_ATTR's super(class, self) call that already has its traceback entry at the
// instruction before (the position of the super() call; see superAttrOp).
func superArgsReported(co *Code, exc *runtime.Exception, pc int) bool {
	if pc <= 0 || pc >= len(co.Code.Code) || co.Code.Code[pc].Op() != code.LOAD_SUPER_ATTR {
		return false
	}
	tb := exc.Traceback
	return len(tb) > 0 && tb[len(tb)-1] == tracebackEntry(co, pc-1)
}

// FramePos implements runtime.FrameSource: the position of the instruction at pc.
func (c *Code) FramePos(pc int) runtime.FramePos {
	pos := c.position(pc)
	line := int(pos.Line)
	col, endCol, endLine := int(pos.Col), int(pos.EndCol), int(pos.EndLine)
	if line <= 0 {
		line = lineAt(c, pc)
		col, endCol, endLine = -1, -1, line
	}
	return runtime.FramePos{Filename: c.Filename, Name: c.Name, Line: line, EndLine: endLine, Col: col, EndCol: endCol}
}

// chainContext sets exc.__context__ to the exception being handled (implicit chaining),
// breaking any cycle as CPython does.
func chainContext(th *runtime.Thread, exc *runtime.Exception) {
	h := th.Handling
	if h == nil || h == exc {
		return
	}
	// break cycles: if exc is in h's context chain, cut it out
	for o := h; o != nil; {
		ctx := o.Context
		if ctx == exc {
			o.Context = nil
			break
		}
		o = ctx
	}
	exc.Context = h
}
