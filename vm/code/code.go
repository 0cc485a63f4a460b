// Package code defines aio's bytecode: the opcodes (each documented with its operand and stack
// effect), the code object produced by vm/compile and run by vm, and a disassembler.
//
// An instruction is a 32-bit word (Instr): the opcode in the low 8 bits and an unsigned 24-bit
// argument in the high 24 bits. Jump arguments are absolute instruction indexes. Exceptions are
// handled through a zero-cost exception table (CPython 3.11 style) and source positions through
// a run-length position table.
package code

import "sort"

// Instr is one encoded instruction: Op in bits 0-7, Arg in bits 8-31.
type Instr uint32

// MaxArg is the largest instruction argument.
const MaxArg = 1<<24 - 1

// MakeInstr encodes op with arg (arg must be ≤ MaxArg).
func MakeInstr(op Opcode, arg uint32) Instr { return Instr(uint32(op) | arg<<8) }

// Op returns the instruction's opcode.
func (i Instr) Op() Opcode { return Opcode(i & 0xff) }

// Arg returns the instruction's argument.
func (i Instr) Arg() uint32 { return uint32(i) >> 8 }

// Flags describe a code object, with CPython's CO_* values where CPython has them.
type Flags uint32

// The code flags.
const (
	FlagOptimized      Flags = 0x0001 // locals are fast slots (functions, lambdas, comprehensions)
	FlagNewLocals      Flags = 0x0002 // a new locals namespace is made for each run
	FlagVarargs        Flags = 0x0004 // has *args (its slot follows the kw-only parameters)
	FlagVarKeywords    Flags = 0x0008 // has **kwargs (its slot follows *args, if any)
	FlagNested         Flags = 0x0010 // defined inside another function
	FlagGenerator      Flags = 0x0020 // a generator function
	FlagNoFree         Flags = 0x0040 // no cell and no free variables
	FlagCoroutine      Flags = 0x0080 // an async def (or a module with top-level await)
	FlagAsyncGenerator Flags = 0x0200 // an async def containing yield
	FlagClassBody      Flags = 0x1000 // a class body: run with a namespace dict as locals
	FlagClassCell      Flags = 0x2000 // class body that creates the __class__ cell (returns it)
	FlagComprehension  Flags = 0x4000 // a comprehension's function (takes the iterator ".0")
	FlagModule         Flags = 0x8000 // module (or interactive, or expression) code
)

// Ellipsis is the constant `...` among Code.Consts.
type Ellipsis struct{}

// Tuple is a constant tuple among Code.Consts (elements are constants too).
type Tuple []any

// Code is a compiled unit: a module, a function, a lambda, a comprehension or a class body.
type Code struct {
	Name      string // function name, "<module>", "<lambda>", "<listcomp>", class name, …
	QualName  string // __qualname__, e.g. "C.method.<locals>.inner"
	Filename  string
	FirstLine int // line of the def/class/lambda (of the first decorator for decorated defs)

	// Parameters: VarNames[0:ArgCount] are the positional parameters (the first
	// PosOnlyArgCount of them positional-only), then KwOnlyArgCount keyword-only ones, then
	// *args if FlagVarargs, then **kwargs if FlagVarKeywords.
	ArgCount, PosOnlyArgCount, KwOnlyArgCount int
	Flags                                     Flags

	Code []Instr // the instructions

	// Consts holds the constants: nil (None), bool, int64, *big.Int, float64, complex128,
	// string, []byte, Ellipsis, Tuple, and *Code (nested functions, lambdas,
	// comprehensions, class bodies).
	Consts []any
	// Names are the global, attribute, imported and (in module/class code) variable names
	// used by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD and IMPORT_* instructions.
	Names []string
	// VarNames are the names of the fast local slots (parameters first).
	VarNames []string
	// CellVars are the variables of this code captured by inner functions; FreeVars the
	// variables of outer functions used here. Cell i is CellVars[i] for i < len(CellVars),
	// else FreeVars[i-len(CellVars)]; a closure passed to MAKE_FUNCTION holds one cell per
	// FreeVars entry, in order.
	CellVars, FreeVars []string
	// Cell2Arg maps each cell variable that is also a parameter to its parameter slot
	// (index into VarNames); -1 for cells that are not parameters. Nil when no cell is a
	// parameter. At frame start the vm creates the cells and fills these from the arguments
	// (the parameter's fast slot is then unused).
	Cell2Arg []int

	// Doc is the docstring (a string) or nil.
	Doc any

	StackSize int // maximum value stack depth

	// ExceptTable lists the protected ranges, sorted by Start and non-overlapping.
	ExceptTable []ExceptEntry
	// Positions is the pc → source position table: entry i covers pcs from Positions[i].PC up
	// to the next entry's PC. Sorted by PC; the first entry has PC 0.
	Positions []PosEntry
	// AugLoads lists, in increasing order, the pcs of the LOAD_FASTs that load the target
	// of an augmented assignment to a fast local (`x += e`): the value loaded is used
	// only as the left operand of the in-place BINARY_OP, whose result the instruction
	// after it stores back into the same slot. (The vm lets such a store reuse the
	// slot's int or float box, see vm/owned.go.)
	AugLoads []int
}

// ExceptEntry is one exception table entry: an exception raised by an instruction with pc in
// [Start, End) is handled by cutting the value stack down to Depth items, pushing (if Lasti)
// the raising pc as an int, pushing the exception, and jumping to Handler.
type ExceptEntry struct {
	Start, End, Handler uint32
	Depth               uint32
	Lasti               bool
}

// PosEntry is one row of the position table: instructions from PC on come from the source
// span Line:Col – EndLine:EndCol (1-based lines, 0-based UTF-8 byte columns as CPython's
// co_positions; 0 line means no position, e.g. compiler-generated cleanup).
type PosEntry struct {
	PC                         uint32
	Line, EndLine, Col, EndCol int32
}

// Handler returns the exception table entry covering pc, if any.
func (c *Code) Handler(pc int) (ExceptEntry, bool) {
	t := c.ExceptTable
	i := sort.Search(len(t), func(i int) bool { return int(t[i].End) > pc })
	if i < len(t) && int(t[i].Start) <= pc {
		return t[i], true
	}
	return ExceptEntry{}, false
}

// Position returns the source position of the instruction at pc.
func (c *Code) Position(pc int) PosEntry {
	t := c.Positions
	i := sort.Search(len(t), func(i int) bool { return int(t[i].PC) > pc })
	if i == 0 {
		return PosEntry{}
	}
	return t[i-1]
}

// Line returns the source line of the instruction at pc (0 if unknown).
func (c *Code) Line(pc int) int { return int(c.Position(pc).Line) }

// NumCells returns the number of cells a frame of c needs: len(CellVars)+len(FreeVars).
func (c *Code) NumCells() int { return len(c.CellVars) + len(c.FreeVars) }

// NumParams returns the number of parameter slots: positional, keyword-only, *args, **kwargs.
func (c *Code) NumParams() int {
	n := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&FlagVarargs != 0 {
		n++
	}
	if c.Flags&FlagVarKeywords != 0 {
		n++
	}
	return n
}
