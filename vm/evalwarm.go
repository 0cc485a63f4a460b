package vm

import (
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// warmOp runs instructions of the frame f that are neither hot enough to stay in eval's
// loop nor rare enough for coldOp: keeping them out of eval leaves the hot loop fewer
// values to keep in registers. It returns the new stack depth, or a frame the loop must
// switch to (an inline call, see enterCall; f's stack depth and pc are then saved), or
// the error the instruction raised.
func (f *Frame) warmOp(th *runtime.Thread, ts *threadState, bx *evalState, in code.Instr, pc, sp int) (*Frame, int, error) {
	co := f.code
	stack := f.stack
	switch in.Op() {
	case code.DELETE_FAST:
		if f.fast[in.Arg()] == nil {
			return nil, sp, runtime.UnboundLocalError(co.VarNames[in.Arg()])
		}
		f.fast[in.Arg()] = nil
		f.owned &^= 1 << in.Arg() // (see owned.go)

	case code.LOAD_NAME:
		name := co.Names[in.Arg()]
		x, ok := f.locals.GetStr(name)
		if !ok {
			if x, ok = f.globals.GetStr(name); !ok {
				if x, ok = f.builtins.GetStr(name); !ok {
					return nil, sp, f.nameError(name)
				}
			}
		}
		stack[sp] = x
		sp++

	case code.STORE_NAME:
		sp--
		f.locals.SetStr(co.Names[in.Arg()], stack[sp])
		stack[sp] = nil

	case code.STORE_GLOBAL:
		sp--
		f.globals.SetStr(co.Names[in.Arg()], stack[sp])
		stack[sp] = nil

	case code.LOAD_CLOSURE:
		stack[sp] = f.cells[in.Arg()]
		sp++

	case code.LIST_TO_TUPLE:
		l := stack[sp-1].(*runtime.List)
		stack[sp-1] = runtime.Tuple(l.Items)

	case code.LOAD_ASSERTION_ERROR:
		stack[sp] = runtime.AssertionErrorType
		sp++

	case code.CALL_KW, code.CALL_METHOD_KW:
		return f.callKw(th, ts, bx, in, pc, sp)
	}
	return nil, sp, nil
}

// callKw runs CALL_KW and CALL_METHOD_KW (see warmOp): the keyword names are the
// constant before the instruction, already converted (Code.kwnames).
func (f *Frame) callKw(th *runtime.Thread, ts *threadState, bx *evalState, in code.Instr, pc, sp int) (*Frame, int, error) {
	co := f.code
	instrs := co.Code.Code
	stack := f.stack
	n := int(in.Arg())
	sp--
	kwt := stack[sp]
	stack[sp] = nil
	var kwnames []string
	if pc >= 2 && instrs[pc-2].Op() == code.LOAD_CONST && co.kwnames != nil {
		kwnames = co.kwnames[instrs[pc-2].Arg()]
	}
	if kwnames == nil {
		t, _ := kwt.(runtime.Tuple)
		kwnames = make([]string, len(t))
		for i, k := range t {
			s, _ := k.(runtime.Str)
			kwnames[i] = string(s)
		}
	}
	base := sp - n - 1
	first := base + 1
	if in.Op() == code.CALL_METHOD_KW {
		base--
		if stack[first-1] != nil {
			first--
		}
	}
	f.pc = pc
	if bx != nil {
		f.callSerial = bx.genSerial
	}
	var x runtime.Value
	var err error
	switch callee := stack[base].(type) {
	case *Function:
		if ts != nil && !callee.code.isGen {
			nf, err := ts.enterCall(th, f, callee, stack[first:sp], kwnames)
			return f.enteredKw(nf, err, base, sp)
		}
		x, err = callFunction(th, callee, stack[first:sp], kwnames)
	case *runtime.Type:
		if callee.IsHeap() && first == base+1 {
			if initFn, solid := plainInit(callee); ts != nil && initFn != nil && !initFn.code.isGen {
				nf, err := ts.enterInit(th, f, callee, solid, initFn, stack[base:sp], kwnames)
				return f.enteredKw(nf, err, base, sp)
			}
			x, err = construct(th, callee, stack[base:sp], kwnames)
		} else {
			x, err = callValue(th, callee, stack[first:sp], kwnames)
		}
	default:
		x, err = callValue(th, callee, stack[first:sp], kwnames)
	}
	clear(stack[base:sp])
	if err != nil {
		return nil, base, err
	}
	stack[base] = x
	return nil, base + 1, nil
}

// enteredKw finishes callKw after an inline call was entered (nf) or failed to be (err):
// the call's slots [base, sp) are dropped from f's stack.
func (f *Frame) enteredKw(nf *Frame, err error, base, sp int) (*Frame, int, error) {
	dropSlots(f.stack, base, sp)
	if err != nil {
		return nil, base, err
	}
	f.sp = base
	return nf, base, nil
}
