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

// boxInt stores i in a Value, without allocating for small values.
func boxInt(i runtime.Int) runtime.Value {
	if u := uint64(i + smallIntNeg); u < uint64(len(smallInts)) {
		return smallInts[u]
	}
	return i
}

// intBinary is the eval loop's fast path for int op int: ok is false when the result
// needs the general path (overflow, division by zero, true division, shifts, powers).
func intBinary(op code.BinaryOp, x, y runtime.Int) (runtime.Value, bool) {
	switch op {
	case code.BinAdd:
		r := x + y
		if (r > x) == (y > 0) {
			return boxInt(r), true
		}
	case code.BinSub:
		r := x - y
		if (r < x) == (y > 0) {
			return boxInt(r), true
		}
	case code.BinMul:
		hi, lo := bits.Mul64(uint64(abs64(int64(x))), uint64(abs64(int64(y))))
		if hi == 0 && lo <= 1<<62 && x != -1<<63 && y != -1<<63 {
			return boxInt(x * y), true
		}
	case code.BinFloorDiv:
		if y > 0 {
			q := x / y
			if (x%y != 0) && (x < 0) {
				q--
			}
			return boxInt(q), true
		}
	case code.BinMod:
		if y > 0 {
			m := x % y
			if m < 0 {
				m += y
			}
			return boxInt(m), true
		}
	case code.BinAnd:
		return boxInt(x & y), true
	case code.BinOr:
		return boxInt(x | y), true
	case code.BinXor:
		return boxInt(x ^ y), true
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
