package compile

import (
	"fmt"

	"github.com/aiolang/aio/vm/code"
)

// assemble turns the finished unit into a code object: it resolves labels, computes the stack
// size and the handlers' depths by flow analysis, and builds the exception and position tables.
func (c *compiler) assemble(flags code.Flags) *code.Code {
	u := c.u
	labelIdx := func(l int) int {
		i := u.labels[l]
		if i < 0 {
			panic("compile: unplaced label")
		}
		return i
	}
	maxDepth, depth := c.stackDepth(labelIdx)
	// Map each instruction index to its final pc: pseudo-instructions and unreachable code
	// vanish (a label of removed code maps to the next instruction kept).
	keep := func(i int) bool { return u.instrs[i].op != opSetup && depth[i] >= 0 }
	pcOf := make([]int, len(u.instrs)+1)
	pc := 0
	for i := range u.instrs {
		pcOf[i] = pc
		if keep(i) {
			pc++
		}
	}
	pcOf[len(u.instrs)] = pc

	co := &code.Code{
		Name:            u.name,
		QualName:        u.qualname,
		Filename:        c.filename,
		FirstLine:       u.firstLine,
		ArgCount:        u.argcount,
		PosOnlyArgCount: u.posonly,
		KwOnlyArgCount:  u.kwonly,
		Flags:           flags,
		Consts:          u.consts,
		Names:           u.names,
		VarNames:        u.varnames,
		CellVars:        u.cellvars,
		FreeVars:        u.freevars,
		Doc:             u.doc,
		StackSize:       maxDepth,
	}
	if len(u.cellvars) == 0 && len(u.freevars) == 0 {
		co.Flags |= code.FlagNoFree
	}
	for i, name := range u.cellvars {
		for j, p := range u.scope.params {
			if p == name {
				if co.Cell2Arg == nil {
					co.Cell2Arg = make([]int, len(u.cellvars))
					for k := range co.Cell2Arg {
						co.Cell2Arg[k] = -1
					}
				}
				co.Cell2Arg[i] = j
			}
		}
	}
	co.Code = make([]code.Instr, 0, pc)
	var (
		lastPos  pos32
		havePos  bool
		curH     *handler
		curStart int
	)
	flushHandler := func(end int) {
		if curH != nil && end > curStart {
			co.ExceptTable = append(co.ExceptTable, code.ExceptEntry{
				Start: uint32(curStart), End: uint32(end),
				Handler: uint32(pcOf[labelIdx(curH.label)]), Depth: uint32(curH.depth)})
		}
	}
	for i, in := range u.instrs {
		if !keep(i) {
			continue
		}
		arg := in.arg
		if in.target != noLabel {
			arg = uint32(pcOf[labelIdx(int(in.target))])
		}
		if arg > code.MaxArg {
			c.fail(in.pos.pos(), "too many constants, names or instructions")
		}
		p := len(co.Code)
		co.Code = append(co.Code, code.MakeInstr(in.op, arg))
		if !havePos || in.pos != lastPos {
			co.Positions = append(co.Positions, code.PosEntry{PC: uint32(p),
				Line: in.pos.line, EndLine: in.pos.endLine, Col: in.pos.col, EndCol: in.pos.endCol})
			lastPos, havePos = in.pos, true
		}
		if in.handler != curH {
			flushHandler(p)
			curH, curStart = in.handler, p
		}
	}
	flushHandler(len(co.Code))
	for _, i := range u.augLoads {
		if keep(i) {
			co.AugLoads = append(co.AugLoads, pcOf[i])
		}
	}
	return co
}

// stackDepth computes the maximum stack depth by following every path through the code, and
// records each handler's depth at its SETUP point. It also returns the depth before each
// instruction: -1 for unreachable ones.
func (c *compiler) stackDepth(labelIdx func(int) int) (int, []int) {
	u := c.u
	n := len(u.instrs)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	push := func(i, d int) {
		if i > n {
			return
		}
		if depth[i] < 0 {
			depth[i] = d
			work = append(work, i)
		} else if d != depth[i] {
			// Inconsistent depths mean a codegen bug; keep the larger to stay safe.
			if c.strict {
				panic(fmt.Sprintf("compile: inconsistent stack depth %d vs %d at %d in %s", d, depth[i], i, u.qualname))
			}
			if d < depth[i] {
				return
			}
			depth[i] = d
			work = append(work, i)
		}
	}
	maxDepth := 0
	push(0, 0)
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[i]
		for ; i < n; i++ {
			if d > maxDepth {
				maxDepth = d
			}
			in := u.instrs[i]
			if in.op == opSetup {
				h := in.handler
				h.depth = d + h.adjust
				push(labelIdx(h.label), h.depth+1)
			} else if code.IsJump(in.op) {
				jd := d + code.StackEffect(in.op, in.arg, true)
				if jd > maxDepth {
					maxDepth = jd
				}
				push(labelIdx(int(in.target)), jd)
			}
			if in.op != opSetup {
				d += code.StackEffect(in.op, in.arg, false)
			}
			if d > maxDepth {
				maxDepth = d
			}
			if code.IsTerminal(in.op) {
				break
			}
			if i+1 < n && depth[i+1] >= 0 {
				if depth[i+1] != d && c.strict {
					panic(fmt.Sprintf("compile: inconsistent stack depth %d vs %d at %d in %s", d, depth[i+1], i+1, u.qualname))
				}
				if depth[i+1] >= d {
					break
				}
			}
			if i+1 <= n {
				depth[i+1] = d
			}
		}
	}
	return maxDepth, depth
}
