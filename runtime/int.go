package runtime

import (
	"math"
	"math/big"
	"strconv"
)

// Int is a Python int that fits in an int64 (the fast path). Results that overflow are
// promoted to *BigInt, and *BigInt results that fit are demoted back to Int, so a given
// integer has exactly one representation.
type Int int64

// Type returns int.
func (Int) Type() *Type { return IntType }

// BigInt is a Python int outside the int64 range. Its value is never modified.
type BigInt struct {
	b big.Int
}

// Type returns int.
func (*BigInt) Type() *Type { return IntType }

// Big returns the value as a *big.Int (do not modify it).
func (x *BigInt) Big() *big.Int { return &x.b }

// IntFromBig returns b as an Int if it fits in an int64, else as a *BigInt. b must not be
// modified afterwards.
func IntFromBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	x := &BigInt{}
	x.b.Set(b)
	return x
}

// IntFromString parses an integer literal in the given base (0 means Python's literal rules,
// with prefixes and underscores). ok is false on a syntax error.
func IntFromString(s string, base int) (Value, bool) {
	if base == 10 || base == 0 {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return Int(n), true
		}
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, false
	}
	return IntFromBig(b), true
}

// toBig converts an int-like value (Int, *BigInt, Bool) to a *big.Int (fresh for Int/Bool).
func toBig(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case *BigInt:
		return &x.b
	case Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *Object:
		if x.Base != nil {
			return toBig(x.Base) // an instance of an int subclass (isIntLike accepts it)
		}
	}
	return nil
}

// AsInt64 returns the value of an int (or bool) that fits an int64.
func AsInt64(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case *Object:
		if x.Base != nil {
			return AsInt64(x.Base)
		}
	}
	return 0, false
}

// isIntLike reports whether v is an int or bool (exactly, or a subclass instance).
func isIntLike(v Value) bool {
	switch x := v.(type) {
	case Int, *BigInt, Bool:
		return true
	case *Object:
		return x.Base != nil && isIntLike(x.Base)
	}
	return false
}

// bigToFloat converts with Python's rounding; ok is false on overflow.
func bigToFloat(b *big.Int) (float64, bool) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// smallInts holds pre-boxed Values for the ints in [smallIntMin, smallIntMax): storing
// one of them in a Value allocates nothing (Go itself only avoids the allocation for
// 0..255). Immutable after init.
var smallInts = func() []Value {
	out := make([]Value, smallIntMax-smallIntMin)
	for i := range out {
		out[i] = Int(i + smallIntMin)
	}
	return out
}()

const (
	smallIntMin = -5
	smallIntMax = 1 << 12
)

// MakeInt returns i as a Value, without allocating for small ints.
func MakeInt(i int64) Value {
	if uint64(i-smallIntMin) < smallIntMax-smallIntMin {
		return smallInts[i-smallIntMin]
	}
	return Int(i)
}
