package runtime

import "math"

// Fast paths of the correctly rounded functions: evaluate in double-double arithmetic
// (about 100 bits), round once, and report whether the rounding is certain. Only results
// lying within 2^-25 ulp of a rounding boundary (or near the ends of the range) go to the
// exact big.Float path.

// dd is a double-double number hi+lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddMul(a, b dd) dd {
	p := a.hi * b.hi
	e := math.FMA(a.hi, b.hi, -p)
	e += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p, e)
}

// ddDivInt returns a/n for a small integer n.
func ddDivInt(a dd, n float64) dd {
	q1 := a.hi / n
	r := math.FMA(-q1, n, a.hi) + a.lo
	return quickTwoSum(q1, r/n)
}

// ddDiv returns a/b.
func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	p := ddMul(dd{q1, 0}, b)
	r := ddAdd(a, dd{-p.hi, -p.lo})
	q2 := r.hi / b.hi
	return quickTwoSum(q1, q2)
}

// ln2DD is ln 2 to double-double precision.
var ln2DD = dd{6.93147180559945286227e-01, 2.31904681384629955842e-17}

// roundDD returns hi+lo rounded to float64 and whether that rounding is certain given an
// error far below 2^-25 ulp.
func roundDD(v dd) (float64, bool) {
	bits := math.Float64bits(v.hi)
	exp := bits & 0x7ff0000000000000
	if exp <= 1<<52 || exp == 0x7ff0000000000000 {
		return 0, false // subnormal, smallest normal binade, or not finite
	}
	ulp := math.Float64frombits(exp) * 0x1p-52
	half := ulp / 2
	if bits&(1<<52-1) == 0 && (v.lo < 0) != (v.hi < 0) {
		half = ulp / 4 // toward zero from a power of two the spacing halves
	}
	if math.Abs(half-math.Abs(v.lo)) < ulp*0x1p-25 {
		return 0, false
	}
	return v.hi, true
}

// expFast returns e**x correctly rounded, or ok false when the exact path must decide.
func expFast(x float64) (float64, bool) {
	if !(x > -700 && x < 700) {
		return 0, false
	}
	k := math.Round(x / ln2DD.hi)
	// r = x - k ln2, exactly enough: k*ln2.hi as an exact product
	p := k * ln2DD.hi
	pe := math.FMA(k, ln2DD.hi, -p)
	r := twoSum(x, -p)
	r.lo -= pe
	r.lo -= k * ln2DD.lo
	r = quickTwoSum(r.hi, r.lo)
	// Taylor series, |r| <= 0.35: 27 terms reach 2^-110.
	s := dd{1, 0}
	for n := 27.0; n >= 1; n-- {
		s = ddAdd(dd{1, 0}, ddDivInt(ddMul(r, s), n))
	}
	ki := int(k)
	s.hi = math.Ldexp(s.hi, ki)
	s.lo = math.Ldexp(s.lo, ki)
	return roundDD(s)
}

// logFast returns ln(x) correctly rounded for finite x > 0, or ok false.
func logFast(x float64) (float64, bool) {
	if !(x >= 0x1p-1022 && x <= math.MaxFloat64) {
		return 0, false
	}
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log m = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.172
	s := ddDiv(dd{m - 1, 0}, twoSum(m, 1))
	z := ddMul(s, s)
	var sum dd
	for n := 22; n >= 0; n-- {
		d := float64(2*n + 1)
		inv := 1 / d
		sum = ddAdd(dd{inv, math.FMA(-inv, d, 1) / d}, ddMul(z, sum))
	}
	lm := ddMul(s, sum)
	lm.hi *= 2
	lm.lo *= 2
	if e != 0 {
		ef := float64(e)
		p := ef * ln2DD.hi
		kl := quickTwoSum(p, math.FMA(ef, ln2DD.hi, -p)+ef*ln2DD.lo)
		lm = ddAdd(kl, lm)
	}
	return roundDD(lm)
}
