package compile

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// unitKind is what a compilation unit compiles (CPython's COMPILER_SCOPE_*).
type unitKind uint8

const (
	unitModule unitKind = iota
	unitClass
	unitFunction
	unitAsyncFunction
	unitLambda
	unitComprehension
)

// opSetup is a pseudo-instruction marking where a protected region (a handler) starts; the
// assembler computes the handler's stack depth there and drops it.
const opSetup code.Opcode = 255

// noLabel marks an instruction without a label argument.
const noLabel = -1

// instr is an instruction being generated.
type instr struct {
	op      code.Opcode
	arg     uint32
	target  int32 // label for jumps (and YIELD_VALUE's delegation exit), else noLabel
	pos     pos32
	handler *handler // innermost exception handler covering the instruction
}

// pos32 is a source span stored compactly in instructions.
type pos32 struct{ line, endLine, col, endCol int32 }

// toPos32 returns p in compact form.
func toPos32(p ast.Pos) pos32 {
	return pos32{int32(p.Lineno), int32(p.EndLineno), int32(p.ColOffset), int32(p.EndColOffset)}
}

// pos returns p as an ast.Pos.
func (p pos32) pos() ast.Pos {
	return ast.Pos{Lineno: int(p.line), EndLineno: int(p.endLine), ColOffset: int(p.col), EndColOffset: int(p.endCol)}
}

// handler is an exception handler: where it starts and how deep the stack is cut.
type handler struct {
	label  int
	adjust int // added to the stack depth at the SETUP point to get the handler's depth
	depth  int // computed by the assembler
}

// fblockKind is the kind of a frame block: a construct that break/continue/return must unwind.
type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionGroupHandler
)

type fblock struct {
	kind        fblockKind
	start, exit int      // loops: continue and break labels
	prev        *handler // the handler active outside this block
	finalbody   []ast.Stmt
	name        string // fbHandlerCleanup: the bound exception name, if any
	pos         ast.Pos
}

// unit is one code object being compiled.
type unit struct {
	kind     unitKind
	scope    *scope
	name     string
	qualname string

	instrs []instr
	labels []int
	// augLoads are the indexes in instrs of the LOAD_FASTs of augmented assignment
	// targets (code.Code.AugLoads).
	augLoads []int

	consts     []any
	constIndex map[string]int
	names      []string
	nameIndex  map[string]int
	varnames   []string
	varIndex   map[string]int
	cellvars   []string
	freevars   []string
	derefIndex map[string]int

	argcount, posonly, kwonly int
	firstLine                 int
	doc                       any

	pos     ast.Pos
	handler *handler
	fblocks []fblock
	private string
}

// compiler holds the state of one compilation.
type compiler struct {
	err      *errorReporter
	st       *symtable
	opts     Options
	filename string
	u        *unit
	units    []*unit
	strict   bool // tests: panic on inconsistent stack depths
	future   future
}

// fail aborts compilation with a SyntaxError at p.
func (c *compiler) fail(p ast.Pos, msg string) {
	panic(syntaxError{c.err.errorAt(p, msg)})
}

// enterUnit starts compiling a new code object for scope s.
func (c *compiler) enterUnit(kind unitKind, s *scope, name string, firstLine int) *unit {
	u := &unit{kind: kind, scope: s, name: name, firstLine: firstLine,
		constIndex: map[string]int{}, nameIndex: map[string]int{}, varIndex: map[string]int{},
		derefIndex: map[string]int{}, instrs: make([]instr, 0, 64)}
	if c.u != nil {
		u.private = c.u.private
	}
	if kind == unitClass {
		u.private = name
	}
	// Parameters take the first slots; other locals get theirs as the code first uses them,
	// which gives CPython's co_varnames order (and so the order of locals()).
	for _, p := range s.params {
		u.addVar(p)
	}
	u.cellvars = s.cellVars()
	u.freevars = s.freeVars()
	for i, n := range u.cellvars {
		u.derefIndex[n] = i
	}
	for i, n := range u.freevars {
		u.derefIndex[n] = len(u.cellvars) + i
	}
	u.qualname = c.qualname(kind, s, name)
	if c.u != nil {
		c.units = append(c.units, c.u)
	}
	c.u = u
	return u
}

// exitUnit returns to the enclosing code object.
func (c *compiler) exitUnit() {
	if n := len(c.units); n > 0 {
		c.u = c.units[n-1]
		c.units = c.units[:n-1]
	} else {
		c.u = nil
	}
}

// qualname computes __qualname__ as CPython's compiler_set_qualname does.
func (c *compiler) qualname(kind unitKind, s *scope, name string) string {
	parent := c.u
	if parent == nil || parent.kind == unitModule {
		return name
	}
	if kind == unitFunction || kind == unitAsyncFunction || kind == unitClass {
		mangled := mangle(parent.private, name)
		if parent.scope.resolved[mangled] == scopeGlobalExplicit {
			return name
		}
	}
	switch parent.kind {
	case unitFunction, unitAsyncFunction, unitLambda:
		return parent.qualname + ".<locals>." + name
	}
	return parent.qualname + "." + name
}

// addVar returns the fast slot of a local, adding it if new.
func (u *unit) addVar(name string) int {
	if i, ok := u.varIndex[name]; ok {
		return i
	}
	u.varIndex[name] = len(u.varnames)
	u.varnames = append(u.varnames, name)
	return len(u.varnames) - 1
}

// addName returns the index of name in Names, adding it if new.
func (u *unit) addName(name string) uint32 {
	if i, ok := u.nameIndex[name]; ok {
		return uint32(i)
	}
	u.nameIndex[name] = len(u.names)
	u.names = append(u.names, name)
	return uint32(len(u.names) - 1)
}

// constKey returns a string identifying a constant for deduplication (1, 1.0 and True stay
// distinct, and so do 0.0 and -0.0), or false for constants that are never shared (code).
func constKey(v any) (string, bool) {
	switch v := v.(type) {
	case nil:
		return "N", true
	case bool:
		if v {
			return "b1", true
		}
		return "b0", true
	case int64:
		return "i" + strconv.FormatInt(v, 10), true
	case *big.Int:
		return "I" + v.String(), true
	case float64:
		return "f" + strconv.FormatUint(math.Float64bits(v), 16), true
	case complex128:
		return "c" + strconv.FormatUint(math.Float64bits(real(v)), 16) + "," + strconv.FormatUint(math.Float64bits(imag(v)), 16), true
	case string:
		return "s" + v, true
	case []byte:
		return "y" + string(v), true
	case code.Ellipsis:
		return "e", true
	case code.Tuple:
		var b strings.Builder
		b.WriteString("t")
		for _, e := range v {
			k, ok := constKey(e)
			if !ok {
				return "", false
			}
			b.WriteString(strconv.Itoa(len(k)))
			b.WriteByte(':')
			b.WriteString(k)
		}
		return b.String(), true
	}
	return "", false
}

// addConst returns the index of constant v, sharing equal constants.
func (u *unit) addConst(v any) uint32 {
	k, ok := constKey(v)
	if ok {
		if i, ok := u.constIndex[k]; ok {
			return uint32(i)
		}
		u.constIndex[k] = len(u.consts)
	}
	u.consts = append(u.consts, v)
	return uint32(len(u.consts) - 1)
}

// ---- emission ----

// emit appends op with arg at the current position, under the current handler.
func (c *compiler) emit(op code.Opcode, arg uint32) {
	u := c.u
	u.instrs = append(u.instrs, instr{op: op, arg: arg, target: noLabel, pos: toPos32(u.pos), handler: u.handler})
}

// emitOp emits an instruction without argument.
func (c *compiler) emitOp(op code.Opcode) { c.emit(op, 0) }

// emitJump emits a jump (or YIELD_VALUE) whose argument is the pc of label.
func (c *compiler) emitJump(op code.Opcode, label int) {
	u := c.u
	u.instrs = append(u.instrs, instr{op: op, target: int32(label), pos: toPos32(u.pos), handler: u.handler})
}

// loadConst emits LOAD_CONST v.
func (c *compiler) loadConst(v any) { c.emit(code.LOAD_CONST, c.u.addConst(v)) }

// newLabel returns a new unplaced label.
func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, -1)
	return len(c.u.labels) - 1
}

// placeLabel binds label l to the next instruction.
func (c *compiler) placeLabel(l int) { c.u.labels[l] = len(c.u.instrs) }

// setup starts a region protected by a new handler jumping to label; the handler keeps the
// stack depth at this point plus adjust. It returns the previously active handler.
func (c *compiler) setup(label, adjust int) *handler {
	h := &handler{label: label, adjust: adjust}
	prev := c.u.handler
	c.u.instrs = append(c.u.instrs, instr{op: opSetup, target: noLabel, handler: h})
	c.u.handler = h
	return prev
}

// popBlock ends the protected region started by setup.
func (c *compiler) popBlock(prev *handler) { c.u.handler = prev }

// maxBlocks is CPython's CO_MAXBLOCKS, the deepest nesting of loops, try and with blocks.
const maxBlocks = 20

// pushFblock enters a block that break/continue/return must unwind.
func (c *compiler) pushFblock(fb fblock) {
	if len(c.u.fblocks) >= maxBlocks {
		c.fail(c.u.pos, "too many statically nested blocks")
	}
	fb.prev = c.u.handler
	c.u.fblocks = append(c.u.fblocks, fb)
}

// pushFblockOutside enters a block whose code runs under a handler of its own; prev is
// the handler active outside the block (what setup returned), which leaving it restores.
func (c *compiler) pushFblockOutside(fb fblock, prev *handler) {
	c.pushFblock(fb)
	c.u.fblocks[len(c.u.fblocks)-1].prev = prev
}

// popFblock leaves the innermost block.
func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// setPos sets the position of the following instructions and returns the previous one.
func (c *compiler) setPos(p ast.Pos) ast.Pos {
	old := c.u.pos
	c.u.pos = p
	return old
}
