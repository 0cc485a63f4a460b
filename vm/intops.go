package vm

import (
	"math/bits"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// smallInts holds boxed ints from -smallIntNeg to smallIntMax-1, so that results in that
// range are stored in a Value without allocating (immutable after init).
var smallInts [smallIntNeg + smallIntMax]runtime.Value

const (
	smallIntNeg = 256
	smallIntMax = 4096
)

func init() {
	for i := range smallInts {
		smallInts[i] = runtime.Int(i - smallIntNeg)
	}
}

// intBinaryRest is the part of the int fast path that binOp leaves out of eval: * past
// 32 bits, and true division of ints that convert exactly. ok is false for anything
// else, which the general path decides.
func intBinaryRest(bx *evalState, op code.BinaryOp, a, b runtime.Value) (runtime.Value, bool) {
	x, ok := a.(runtime.Int)
	if !ok {
		return nil, false
	}
	y, ok := b.(runtime.Int)
	if !ok {
		return nil, false
	}
	switch op {
	case code.BinMul:
		hi, lo := bits.Mul64(uint64(abs64(int64(x))), uint64(abs64(int64(y))))
		if hi == 0 && lo <= 1<<62 && x != -1<<63 && y != -1<<63 {
			return bx.int(x * y), true
		}
	case code.BinTrueDiv:
		if y != 0 && exactFloat(x) && exactFloat(y) {
			return bx.float(float64(x) / float64(y)), true
		}
	}
	return nil, false
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// exactFloat reports whether float64(x) is exact (|x| < 2**53).
func exactFloat(x runtime.Int) bool { return x > -1<<53 && x < 1<<53 }

// asFloat returns v as a float64 if it is a float, or an int that converts exactly.
func asFloat(v runtime.Value) (float64, bool) {
	switch x := v.(type) {
	case runtime.Float:
		return float64(x), true
	case runtime.Int:
		if exactFloat(x) {
			return float64(x), true
		}
	}
	return 0, false
}

// floatCompare compares two floats (NaN compares false except !=).
func floatCompare(op code.CompareOp, x, y float64) bool {
	switch op {
	case code.CmpLt:
		return x < y
	case code.CmpLe:
		return x <= y
	case code.CmpEq:
		return x == y
	case code.CmpNe:
		return x != y
	case code.CmpGt:
		return x > y
	}
	return x >= y
}

// intAdd and intSub are the inline fast paths of int + and -: ok is false when the
// result overflows int64. (Small enough to be inlined into eval.)
func intAdd(x, y runtime.Int) (r runtime.Int, ok bool) {
	r = x + y
	return r, (r > x) == (y > 0)
}

func intSub(x, y runtime.Int) (r runtime.Int, ok bool) {
	r = x - y
	return r, (r < x) == (y > 0)
}

// intMul is the inline fast path of int *: ok when both operands fit in 32 bits, so that
// the product cannot overflow.
func intMul(x, y runtime.Int) (r runtime.Int, ok bool) {
	return x * y, x == runtime.Int(int32(x)) && y == runtime.Int(int32(y))
}

// floorDiv is Python's x // y for y > 0 (rounding toward negative infinity), small
// enough to be inlined into eval.
func floorDiv(x, y runtime.Int) runtime.Int {
	q := x / y
	if x%y < 0 {
		q--
	}
	return q
}

// floorMod is Python's x % y for y > 0 (the result has y's sign), small enough to be
// inlined into eval.
func floorMod(x, y runtime.Int) runtime.Int {
	r := x % y
	if r < 0 {
		r += y
	}
	return r
}
