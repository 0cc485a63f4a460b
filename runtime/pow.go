package runtime

import (
	"math"
	"math/big"
)

// Go's math.Pow is off by an ulp or more in common cases (1.05**10), while CPython relies on
// the C library's pow, which is correctly rounded in practice. powFloat computes x**y
// (x > 0, finite, y finite) in 160-bit arithmetic and rounds once.

const powPrec = 160

// ln2Big is ln(2) at powPrec bits (computed once at init, immutable).
var ln2Big = func() *big.Float {
	// ln 2 = 2 atanh(1/3)
	z := new(big.Float).SetPrec(powPrec).Quo(big.NewFloat(1).SetPrec(powPrec), big.NewFloat(3).SetPrec(powPrec))
	r := atanhSeries(z)
	return r.Mul(r, big.NewFloat(2).SetPrec(powPrec))
}()

// atanhSeries returns atanh(z) = z + z^3/3 + z^5/5 + … for small |z|.
func atanhSeries(z *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(powPrec).Set(z)
	z2 := new(big.Float).SetPrec(powPrec).Mul(z, z)
	term := new(big.Float).SetPrec(powPrec).Set(z)
	t := new(big.Float).SetPrec(powPrec)
	for n := int64(3); n < 400; n += 2 {
		term.Mul(term, z2)
		t.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(n))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -powPrec {
			break
		}
		sum.Add(sum, t)
	}
	return sum
}

// lnBig returns ln(x) for x > 0.
func lnBig(x float64) *big.Float {
	frac, exp := math.Frexp(x) // x = frac * 2^exp, frac in [0.5, 1)
	if frac < math.Sqrt2/2 {
		frac *= 2
		exp--
	}
	m := new(big.Float).SetPrec(powPrec).SetFloat64(frac)
	one := new(big.Float).SetPrec(powPrec).SetInt64(1)
	num := new(big.Float).SetPrec(powPrec).Sub(m, one)
	den := new(big.Float).SetPrec(powPrec).Add(m, one)
	z := num.Quo(num, den)
	r := atanhSeries(z)
	r.Mul(r, new(big.Float).SetPrec(powPrec).SetInt64(2))
	e := new(big.Float).SetPrec(powPrec).SetInt64(int64(exp))
	e.Mul(e, ln2Big)
	return r.Add(r, e)
}

// expBig returns exp(t) as a float64 (±Inf/0 on overflow/underflow).
func expBig(t *big.Float) float64 {
	tf, _ := t.Float64()
	if tf > 710 {
		return math.Inf(1)
	}
	if tf < -746 {
		return 0
	}
	k := math.Round(tf / math.Ln2)
	r := new(big.Float).SetPrec(powPrec).Mul(new(big.Float).SetPrec(powPrec).SetFloat64(k), ln2Big)
	r.Sub(t, r) // |r| <= ~0.35
	// exp(r) = exp(r/2^s)^(2^s)
	const s = 8
	r.SetMantExp(r, -s)
	sum := new(big.Float).SetPrec(powPrec).SetInt64(1)
	term := new(big.Float).SetPrec(powPrec).SetInt64(1)
	for n := int64(1); n < 60; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < s; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}

// powPositive returns x**y for finite x > 0 and finite y, correctly rounded (almost
// always).
func powPositive(x, y float64) float64 {
	switch {
	case y == 1:
		return x
	case y == 2:
		return x * x
	case y == 0.5:
		return math.Sqrt(x)
	case y == -1:
		return 1 / x
	case x == 1:
		return 1
	}
	// exact powers of two stay exact
	if frac, _ := math.Frexp(x); frac == 0.5 && y == math.Trunc(y) && math.Abs(y) < 2000 {
		return math.Pow(x, y)
	}
	// small integer powers of small integers are exact in float64 when they fit
	if y == math.Trunc(y) && y > 0 && y <= 64 && x == math.Trunc(x) && x < 1<<26 {
		r := 1.0
		exact := true
		for i := 0; i < int(y); i++ {
			r *= x
			if r > 1<<53 {
				exact = false
				break
			}
		}
		if exact {
			return r
		}
	}
	t := lnBig(x)
	t.Mul(t, new(big.Float).SetPrec(powPrec).SetFloat64(y))
	return expBig(t)
}
