package vm

import (
	"math/bits"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// intBinary is the eval loop's fast path for int op int: ok is false when the result
// needs the general path (overflow, division by zero, true division, shifts, powers).
func intBinary(op code.BinaryOp, x, y runtime.Int) (runtime.Value, bool) {
	switch op {
	case code.BinAdd:
		r := x + y
		if (r > x) == (y > 0) {
			return r, true
		}
	case code.BinSub:
		r := x - y
		if (r < x) == (y > 0) {
			return r, true
		}
	case code.BinMul:
		hi, lo := bits.Mul64(uint64(abs64(int64(x))), uint64(abs64(int64(y))))
		if hi == 0 && lo <= 1<<62 && x != -1<<63 && y != -1<<63 {
			return x * y, true
		}
	case code.BinFloorDiv:
		if y > 0 {
			q := x / y
			if (x%y != 0) && (x < 0) {
				q--
			}
			return q, true
		}
	case code.BinMod:
		if y > 0 {
			m := x % y
			if m < 0 {
				m += y
			}
			return m, true
		}
	case code.BinAnd:
		return x & y, true
	case code.BinOr:
		return x | y, true
	case code.BinXor:
		return x ^ y, true
	}
	return nil, false
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// intCompare compares two small ints.
func intCompare(op code.CompareOp, x, y runtime.Int) bool {
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
