package runtime

import (
	"math"
	"math/big"
)

// Correctly rounded elementary functions. Go's math package is accurate to about one ulp,
// while CPython uses the C library, whose results are correctly rounded in practice, so
// printing math.log10(0.1) or math.sin(2) would differ in the last digit. These compute
// in 160-bit arithmetic and round once.
//
// Cost: these take 10–30 µs and about 100 allocations per call (go test -bench Libm), a
// thousand times math.Sin's. They are for printing-exact results where one call does not
// matter (constant folding, repr-sensitive tests, complex ** in rare paths); do NOT call
// them per element on hot paths (e.g. stdlib/math's sin/exp/log on every call) until a
// fast path exists: Exp and Log take one (a double-double evaluation, falling back to the
// exact path only when the result lies within 2^-40 ulp of a rounding boundary).

// piBig is π at powPrec bits (Machin: 16 atan(1/5) - 4 atan(1/239)), immutable.
var piBig = func() *big.Float {
	a := atanSmall(new(big.Float).SetPrec(powPrec).Quo(bigF(1), bigF(5)))
	b := atanSmall(new(big.Float).SetPrec(powPrec).Quo(bigF(1), bigF(239)))
	a.Mul(a, bigF(16))
	b.Mul(b, bigF(4))
	return a.Sub(a, b)
}()

// ln10Big is ln(10) and halfPiBig π/2, immutable.
var (
	ln10Big   = lnBig(10)
	halfPiBig = new(big.Float).SetPrec(powPrec).Quo(piBig, big.NewFloat(2))
)

func bigF(x float64) *big.Float { return new(big.Float).SetPrec(powPrec).SetFloat64(x) }

// atanSmall is the Taylor series of atan for |z| <= ~0.2.
func atanSmall(z *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(powPrec).Set(z)
	z2 := new(big.Float).SetPrec(powPrec).Mul(z, z)
	term := new(big.Float).SetPrec(powPrec).Set(z)
	t := new(big.Float).SetPrec(powPrec)
	for n := int64(3); n < 2000; n += 2 {
		term.Mul(term, z2)
		term.Neg(term)
		t.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(n))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -powPrec-8 {
			break
		}
		sum.Add(sum, t)
	}
	return sum
}

func toF64(b *big.Float) float64 {
	f, _ := b.Float64()
	return f
}

// Exp returns e**x correctly rounded.
func Exp(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return math.Exp(x)
	}
	if r, ok := expFast(x); ok {
		return r
	}
	return expBig(bigF(x))
}

// Log returns ln(x) correctly rounded (x > 0).
func Log(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) || x == 1 {
		return math.Log(x)
	}
	if r, ok := logFast(x); ok {
		return r
	}
	return toF64(lnBig(x))
}

// Log10 returns log10(x) as glibc computes it (which CPython uses): from a correctly
// rounded log of the mantissa and the exponent — not itself correctly rounded.
func Log10(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log10(x)
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
		two54     = 1.80143985094819840000e+16
	)
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	k := int32(0)
	if hx < 0x00100000 { // subnormal
		k -= 54
		x *= two54
		bits = math.Float64bits(x)
		hx = int32(bits >> 32)
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k)&0x80000000) >> 31
	i &= 1
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := float64(y*log10_2lo) + float64(ivln10*Log(x))
	return z + float64(y*log10_2hi)
}

// Log2 returns log2(x) correctly rounded (exact for powers of two).
func Log2(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log2(x)
	}
	if frac, exp := math.Frexp(x); frac == 0.5 {
		return float64(exp - 1)
	}
	l := lnBig(x)
	return toF64(l.Quo(l, ln2Big))
}

// sinCosBig returns sin(x) and cos(x) at powPrec bits; ok is false for arguments too large
// to reduce accurately here.
func sinCosBig(x float64) (s, c *big.Float, ok bool) {
	if math.Abs(x) > 1<<30 {
		return nil, nil, false
	}
	halfPi := halfPiBig
	bx := bigF(x)
	kq := new(big.Float).SetPrec(powPrec).Quo(bx, halfPi)
	kf, _ := kq.Float64()
	k := math.Round(kf)
	r := new(big.Float).SetPrec(powPrec).Mul(bigF(k), halfPi)
	r.Sub(bx, r) // |r| <= ~pi/4
	// Taylor series for sin and cos of r
	r2 := new(big.Float).SetPrec(powPrec).Mul(r, r)
	sin := new(big.Float).SetPrec(powPrec).Set(r)
	cos := bigF(1)
	ts := new(big.Float).SetPrec(powPrec).Set(r)
	tc := bigF(1)
	for n := int64(1); n < 60; n++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, new(big.Float).SetPrec(powPrec).SetInt64((2*n)*(2*n+1)))
		ts.Neg(ts)
		tc.Mul(tc, r2)
		tc.Quo(tc, new(big.Float).SetPrec(powPrec).SetInt64((2*n-1)*(2*n)))
		tc.Neg(tc)
		sin.Add(sin, ts)
		cos.Add(cos, tc)
		if (ts.Sign() == 0 || ts.MantExp(nil) < -powPrec-8) && (tc.Sign() == 0 || tc.MantExp(nil) < -powPrec-8) {
			break
		}
	}
	switch int64(k) & 3 {
	case 0:
		return sin, cos, true
	case 1:
		return cos, sin.Neg(sin), true
	case 2:
		return sin.Neg(sin), cos.Neg(cos), true
	default:
		return cos.Neg(cos), sin, true
	}
}

// Sin returns sin(x) correctly rounded.
func Sin(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Sin(x)
	}
	s, _, ok := sinCosBig(x)
	if !ok {
		return math.Sin(x)
	}
	return toF64(s)
}

// Cos returns cos(x) correctly rounded.
func Cos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Cos(x)
	}
	_, c, ok := sinCosBig(x)
	if !ok {
		return math.Cos(x)
	}
	return toF64(c)
}

// Tan returns tan(x) correctly rounded.
func Tan(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Tan(x)
	}
	s, c, ok := sinCosBig(x)
	if !ok || c.Sign() == 0 {
		return math.Tan(x)
	}
	return toF64(s.Quo(s, c))
}

// atanBig returns atan(x) at powPrec bits.
func atanBig(x *big.Float) *big.Float {
	neg := x.Sign() < 0
	a := new(big.Float).SetPrec(powPrec).Abs(x)
	invert := a.Cmp(bigF(1)) > 0
	if invert {
		a.Quo(bigF(1), a)
	}
	// halve the argument until small: atan(a) = 2 atan(a / (1 + sqrt(1 + a^2)))
	doublings := 0
	for a.Cmp(bigF(0.125)) > 0 {
		t := new(big.Float).SetPrec(powPrec).Mul(a, a)
		t.Add(t, bigF(1))
		t.Sqrt(t)
		t.Add(t, bigF(1))
		a.Quo(a, t)
		doublings++
	}
	r := atanSmall(a)
	r.SetMantExp(r, doublings)
	if invert {
		r = new(big.Float).SetPrec(powPrec).Sub(halfPiBig, r)
	}
	if neg {
		r.Neg(r)
	}
	return r
}

// Atan returns atan(x) correctly rounded.
func Atan(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Atan(x)
	}
	return toF64(atanBig(bigF(x)))
}

// Asin returns asin(x) correctly rounded (|x| <= 1).
func Asin(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.Abs(x) >= 1 {
		return math.Asin(x)
	}
	bx := bigF(x)
	d := new(big.Float).SetPrec(powPrec).Mul(bx, bx)
	d.Sub(bigF(1), d)
	d.Sqrt(d)
	return toF64(atanBig(bx.Quo(bx, d)))
}

// Acos returns acos(x) correctly rounded (|x| <= 1).
func Acos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) >= 1 {
		return math.Acos(x)
	}
	bx := bigF(x)
	d := new(big.Float).SetPrec(powPrec).Mul(bx, bx)
	d.Sub(bigF(1), d)
	d.Sqrt(d)
	a := atanBig(bx.Quo(bx, d))
	return toF64(a.Sub(halfPiBig, a))
}

// Atan2 returns atan2(y, x) correctly rounded.
func Atan2(y, x float64) float64 {
	if y == 0 || x == 0 || math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Atan2(y, x)
	}
	q := new(big.Float).SetPrec(powPrec).Quo(bigF(y), bigF(x))
	a := atanBig(q)
	if x < 0 {
		if y >= 0 {
			a.Add(a, piBig)
		} else {
			a.Sub(a, piBig)
		}
	}
	return toF64(a)
}

// Pow returns x**y for finite x > 0 correctly rounded (see powPositive), else math.Pow.
func Pow(x, y float64) float64 {
	if x > 0 && !math.IsInf(x, 0) && !math.IsNaN(y) && !math.IsInf(y, 0) {
		return powPositive(x, y)
	}
	return math.Pow(x, y)
}
