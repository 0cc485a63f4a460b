package runtime

import (
	"math"
	"math/big"
	"math/bits"
)

// intBinary computes op on two int64s, promoting to big ints on overflow.
func intBinary(op BinaryOp, x, y int64) (Value, error) {
	switch op {
	case OpAdd:
		c := x + y
		if (x^c)&(y^c) < 0 {
			return IntFromBig(new(big.Int).Add(big.NewInt(x), big.NewInt(y))), nil
		}
		return MakeInt(c), nil
	case OpSub:
		c := x - y
		if (x^y)&(x^c) < 0 {
			return IntFromBig(new(big.Int).Sub(big.NewInt(x), big.NewInt(y))), nil
		}
		return MakeInt(c), nil
	case OpMul:
		if (x < 1<<31 && x > -1<<31) && (y < 1<<31 && y > -1<<31) {
			return MakeInt(x * y), nil
		}
		ax, ay := uint64(x), uint64(y)
		neg := false
		if x < 0 {
			ax = uint64(-x)
			neg = true
		}
		if y < 0 {
			ay = uint64(-y)
			neg = !neg
		}
		hi, lo := bits.Mul64(ax, ay)
		if hi == 0 && (lo < 1<<63 || (neg && lo == 1<<63)) {
			if neg {
				return Int(-int64(lo)), nil
			}
			return Int(int64(lo)), nil
		}
		return IntFromBig(new(big.Int).Mul(big.NewInt(x), big.NewInt(y))), nil
	case OpFloorDiv:
		if y == 0 {
			return nil, ZeroDivisionErrorf("integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			return IntFromBig(new(big.Int).Neg(big.NewInt(x))), nil
		}
		q := x / y
		if (x%y != 0) && ((x < 0) != (y < 0)) {
			q--
		}
		return MakeInt(q), nil
	case OpMod:
		if y == 0 {
			return nil, ZeroDivisionErrorf("integer modulo by zero")
		}
		if y == -1 {
			return Int(0), nil
		}
		r := x % y
		if r != 0 && (r^y) < 0 {
			r += y
		}
		return MakeInt(r), nil
	case OpTrueDiv:
		if y == 0 {
			return nil, ZeroDivisionErrorf("division by zero")
		}
		if x > -1<<53 && x < 1<<53 && y > -1<<53 && y < 1<<53 {
			return Float(float64(x) / float64(y)), nil
		}
		return bigTrueDiv(big.NewInt(x), big.NewInt(y))
	case OpPow:
		if y < 0 {
			if x == 0 {
				return nil, ZeroDivisionErrorf("0.0 cannot be raised to a negative power")
			}
			return floatPow(float64(x), float64(y))
		}
		r, ok := intPow(x, y)
		if ok {
			return Int(r), nil
		}
		return IntFromBig(new(big.Int).Exp(big.NewInt(x), big.NewInt(y), nil)), nil
	case OpLShift:
		if y < 0 {
			return nil, ValueErrorf("negative shift count")
		}
		if x == 0 {
			return Int(0), nil
		}
		if y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return Int(r), nil
			}
		}
		if y > 1<<30 {
			return nil, OverflowErrorf("too many digits in integer")
		}
		return IntFromBig(new(big.Int).Lsh(big.NewInt(x), uint(y))), nil
	case OpRShift:
		if y < 0 {
			return nil, ValueErrorf("negative shift count")
		}
		if y >= 64 {
			if x < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return Int(x >> uint(y)), nil
	case OpAnd:
		return MakeInt(x & y), nil
	case OpOr:
		return MakeInt(x | y), nil
	case OpXor:
		return MakeInt(x ^ y), nil
	}
	return NotImplemented, nil
}

func intPow(x, y int64) (int64, bool) {
	r := int64(1)
	for y > 0 {
		if y&1 == 1 {
			hi, lo := bits.Mul64(uint64(abs64(r)), uint64(abs64(x)))
			if hi != 0 || lo >= 1<<63 {
				return 0, false
			}
			neg := (r < 0) != (x < 0)
			r = int64(lo)
			if neg {
				r = -r
			}
		}
		y >>= 1
		if y > 0 {
			hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(x)))
			if hi != 0 || lo >= 1<<63 {
				return 0, false
			}
			x = int64(lo)
		}
	}
	return r, true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// bigBinary computes op on two arbitrary-precision ints.
func bigBinary(op BinaryOp, x, y *big.Int) (Value, error) {
	z := new(big.Int)
	switch op {
	case OpAdd:
		z.Add(x, y)
	case OpSub:
		z.Sub(x, y)
	case OpMul:
		z.Mul(x, y)
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			if op == OpMod {
				return nil, ZeroDivisionErrorf("integer modulo by zero")
			}
			return nil, ZeroDivisionErrorf("integer division or modulo by zero")
		}
		m := new(big.Int)
		z.DivMod(x, y, m) // Euclidean: m >= 0
		if m.Sign() != 0 && y.Sign() < 0 {
			z.Sub(z, big.NewInt(1))
			m.Add(m, y)
		}
		if op == OpMod {
			return IntFromBig(m), nil
		}
	case OpTrueDiv:
		if y.Sign() == 0 {
			return nil, ZeroDivisionErrorf("division by zero")
		}
		return bigTrueDiv(x, y)
	case OpPow:
		if y.Sign() < 0 {
			fx, ok1 := bigToFloat(x)
			fy, ok2 := bigToFloat(y)
			if !ok1 || !ok2 {
				return nil, OverflowErrorf("int too large to convert to float")
			}
			if fx == 0 {
				return nil, ZeroDivisionErrorf("0.0 cannot be raised to a negative power")
			}
			return floatPow(fx, fy)
		}
		if !y.IsInt64() || (y.Int64() > 1<<24 && x.BitLen() > 1) {
			if x.CmpAbs(big.NewInt(1)) <= 0 {
				// 0, 1, -1 to a huge power.
				if x.Sign() == 0 {
					return Int(0), nil
				}
				if x.Sign() > 0 || y.Bit(0) == 0 {
					return Int(1), nil
				}
				return Int(-1), nil
			}
			return nil, Errorf(MemoryErrorType, "")
		}
		z.Exp(x, y, nil)
	case OpLShift:
		if y.Sign() < 0 {
			return nil, ValueErrorf("negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<30 {
			return nil, OverflowErrorf("too many digits in integer")
		}
		z.Lsh(x, uint(y.Int64()))
	case OpRShift:
		if y.Sign() < 0 {
			return nil, ValueErrorf("negative shift count")
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		z.Rsh(x, uint(y.Int64()))
	case OpAnd:
		z.And(x, y)
	case OpOr:
		z.Or(x, y)
	case OpXor:
		z.Xor(x, y)
	default:
		return NotImplemented, nil
	}
	return IntFromBig(z), nil
}

// bigTrueDiv divides two ints with correct rounding.
func bigTrueDiv(x, y *big.Int) (Value, error) {
	r := new(big.Rat).SetFrac(x, y)
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return nil, OverflowErrorf("integer division result too large for a float")
	}
	if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
		f = math.Copysign(0, -1)
	}
	return Float(f), nil
}

// floatBinary computes op on two floats with Python's semantics.
func floatBinary(op BinaryOp, x, y float64) (Value, error) {
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return nil, ZeroDivisionErrorf("float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv:
		if y == 0 {
			return nil, ZeroDivisionErrorf("float floor division by zero")
		}
		q, _ := floatDivMod(x, y)
		return Float(q), nil
	case OpMod:
		if y == 0 {
			return nil, ZeroDivisionErrorf("float modulo")
		}
		_, m := floatDivMod(x, y)
		return Float(m), nil
	case OpPow:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

// floatDivMod is CPython's float_divmod.
func floatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// floatPow is CPython's float_pow (a negative base to a fractional power gives a complex).
func floatPow(iv, iw float64) (Value, error) {
	isOddInt := func(x float64) bool { return math.Mod(math.Abs(x), 2) == 1 }
	switch {
	case iw == 0:
		return Float(1), nil
	case math.IsNaN(iv):
		return Float(iv), nil
	case math.IsNaN(iw):
		if iv == 1 {
			return Float(1), nil
		}
		return Float(iw), nil
	case math.IsInf(iw, 0):
		av := math.Abs(iv)
		if av == 1 {
			return Float(1), nil
		}
		if (iw > 0) == (av > 1) {
			return Float(math.Abs(iw)), nil
		}
		return Float(0), nil
	case math.IsInf(iv, 0):
		odd := isOddInt(iw)
		if iw > 0 {
			if odd {
				return Float(iv), nil
			}
			return Float(math.Abs(iv)), nil
		}
		if odd {
			return Float(math.Copysign(0, iv)), nil
		}
		return Float(0), nil
	case iv == 0:
		if iw < 0 {
			return nil, ZeroDivisionErrorf("0.0 cannot be raised to a negative power")
		}
		if isOddInt(iw) {
			return Float(iv), nil
		}
		return Float(0), nil
	}
	neg := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return complexPow(complex(iv, 0), complex(iw, 0))
		}
		iv = -iv
		neg = isOddInt(iw)
	}
	if iv == 1 {
		if neg {
			return Float(-1), nil
		}
		return Float(1), nil
	}
	r := powPositive(iv, iw)
	if math.IsInf(r, 0) {
		return nil, OverflowErrorf("(34, 'Numerical result out of range')")
	}
	if neg {
		r = -r
	}
	return Float(r), nil
}

func complexPow(x, y complex128) (Value, error) {
	if x == 0 {
		if real(y) < 0 || imag(y) != 0 {
			return nil, ZeroDivisionErrorf("0.0 to a negative or complex power")
		}
		if y == 0 {
			return Complex(1), nil
		}
		return Complex(0), nil
	}
	if imag(y) == 0 && real(y) == math.Trunc(real(y)) && math.Abs(real(y)) <= 100 {
		// CPython uses repeated multiplication for small integer exponents.
		n := int(real(y))
		neg := n < 0
		if neg {
			n = -n
		}
		r := complex(1, 0)
		p := x
		for n > 0 {
			if n&1 == 1 {
				r *= p
			}
			p *= p
			n >>= 1
		}
		if neg {
			r = 1 / r
		}
		return Complex(r), nil
	}
	// CPython's _Py_c_pow
	vabs := math.Hypot(real(x), imag(x))
	ln := math.Pow(vabs, real(y))
	if vabs > 0 && !math.IsInf(vabs, 0) && !math.IsNaN(real(y)) && !math.IsInf(real(y), 0) {
		ln = powPositive(vabs, real(y))
	}
	at := Atan2(imag(x), real(x))
	phase := at * real(y)
	if imag(y) != 0 {
		ln /= Exp(at * imag(y))
		phase += imag(y) * Log(vabs)
	}
	if math.IsInf(phase, 0) {
		return nil, ZeroDivisionErrorf("0.0 to a negative or complex power")
	}
	r := complex(ln*Cos(phase), ln*Sin(phase))
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, OverflowErrorf("complex exponentiation")
	}
	return Complex(r), nil
}

func complexBinary(op BinaryOp, x, y complex128) (Value, error) {
	switch op {
	case OpAdd:
		return Complex(x + y), nil
	case OpSub:
		return Complex(x - y), nil
	case OpMul:
		return Complex(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return nil, ZeroDivisionErrorf("complex division by zero")
		}
		return Complex(complexDiv(x, y)), nil
	case OpPow:
		return complexPow(x, y)
	}
	return NotImplemented, nil
}

// complexDiv is CPython's _Py_c_quot (Smith's algorithm).
func complexDiv(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	if absBr >= absBi {
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom)
	}
	ratio := br / bi
	denom := br*ratio + bi
	return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom)
}

// numKind classifies a numeric operand: 0 not a number, 1 int (Int/Bool), 2 big int,
// 3 float, 4 complex.
func numKind(v Value) int {
	switch v.(type) {
	case Int, Bool:
		return 1
	case *BigInt:
		return 2
	case Float:
		return 3
	case Complex:
		return 4
	}
	return 0
}

// toFloat converts an int/float operand to float64.
func toFloat(v Value) (float64, error) {
	switch x := v.(type) {
	case Int:
		return float64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case Float:
		return float64(x), nil
	case *BigInt:
		f, ok := bigToFloat(&x.b)
		if !ok {
			return 0, OverflowErrorf("int too large to convert to float")
		}
		return f, nil
	}
	return 0, TypeErrorf("must be real number, not %s", v.Type().Name)
}

// FloatOfReal converts a float, int or bool to float64 as CPython's
// PyFloat_AsDouble does for those types (an int too large raises
// OverflowError); ok is false, with no error, for any other object, whose
// __float__ or __index__ the caller may try next.
func FloatOfReal(v Value) (f float64, ok bool, err error) {
	switch v.(type) {
	case Int, Bool, Float, *BigInt:
		f, err = toFloat(v)
		return f, true, err
	}
	return 0, false, nil
}

func toComplex(v Value) (complex128, error) {
	if c, ok := v.(Complex); ok {
		return complex128(c), nil
	}
	f, err := toFloat(v)
	return complex(f, 0), err
}

// numberBinary applies op to two built-in numbers; NotImplemented if either is not one.
func numberBinary(op BinaryOp, a, b Value) (Value, error) {
	ka, kb := numKind(a), numKind(b)
	if ka == 0 || kb == 0 {
		return NotImplemented, nil
	}
	k := max(ka, kb)
	switch k {
	case 1:
		x, _ := AsInt64(a)
		y, _ := AsInt64(b)
		if op == OpAnd || op == OpOr || op == OpXor {
			if ba, ok := a.(Bool); ok {
				if bb, ok := b.(Bool); ok {
					switch op {
					case OpAnd:
						return ba && bb, nil
					case OpOr:
						return ba || bb, nil
					default:
						return Bool(ba != bb), nil
					}
				}
			}
		}
		return intBinary(op, x, y)
	case 2:
		return bigBinary(op, toBig(a), toBig(b))
	case 3:
		if op >= OpAnd && (op == OpAnd || op == OpOr || op == OpXor || op == OpLShift || op == OpRShift || op == OpMatMul) {
			return NotImplemented, nil
		}
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat(b)
		if err != nil {
			return nil, err
		}
		return floatBinary(op, x, y)
	default:
		x, err := toComplex(a)
		if err != nil {
			return nil, err
		}
		y, err := toComplex(b)
		if err != nil {
			return nil, err
		}
		return complexBinary(op, x, y)
	}
}
