package runtime

// BinaryOp is a binary arithmetic operator. The numbering is CPython 3.11's NB_* oparg
// order of BINARY_OP (without the in-place half), so vm/code can share it.
type BinaryOp uint8

// Binary operators.
const (
	OpAdd BinaryOp = iota
	OpAnd
	OpFloorDiv
	OpLShift
	OpMatMul
	OpMul
	OpMod
	OpOr
	OpPow
	OpRShift
	OpSub
	OpTrueDiv
	OpXor
)

var binopSymbols = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"}
var binopDunders = [...]string{"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"}
var binopRDunders = [...]string{"__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__", "__rmod__", "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__"}
var binopIDunders = [...]string{"__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__", "__ior__", "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__"}

// String returns the operator's symbol ("+", "//", …).
func (op BinaryOp) String() string { return binopSymbols[op] }

// CompareOp is a rich comparison operator, numbered like CPython's COMPARE_OP oparg.
type CompareOp uint8

// Comparison operators.
const (
	OpLt CompareOp = iota
	OpLe
	OpEq
	OpNe
	OpGt
	OpGe
)

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// swapped is the reflected operator (a < b ⇔ b > a).
var cmpSwapped = [...]CompareOp{OpGt, OpGe, OpEq, OpNe, OpLt, OpLe}

// String returns the operator's symbol.
func (op CompareOp) String() string { return cmpSymbols[op] }

// UnaryOp is a unary operator.
type UnaryOp uint8

// Unary operators (`not` is Truth's job).
const (
	OpNeg UnaryOp = iota
	OpPos
	OpInvert
)

var unarySymbols = [...]string{"unary -", "unary +", "unary ~"}
var unaryDunders = [...]string{"__neg__", "__pos__", "__invert__"}
