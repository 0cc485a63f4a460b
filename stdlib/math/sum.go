package math

import (
	"math"
	"math/big"

	"github.com/aiolang/aio/runtime"
)

// exactPrec is a big.Float precision that holds any sum of float64 values exactly (their
// exponents span about 2100 bits) with room for carries.
const exactPrec = 2400

// roundFloat rounds an exact big.Float to the nearest float64 (ties to even); overflow
// gives ±Inf.
func roundFloat(x *big.Float) float64 {
	f, _ := x.Float64()
	return f
}

func fsum(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("fsum", args, kwnames)
	if err != nil {
		return nil, err
	}
	it, err := runtime.Iter(th, a)
	if err != nil {
		return nil, err
	}
	sum := new(big.Float).SetPrec(exactPrec)
	var special float64 // the sum of the infinities and NaNs seen
	hasSpecial := false
	term := new(big.Float).SetPrec(exactPrec)
	for {
		v, ok, err := runtime.Next(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		x, err := toFloat(th, v)
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			special += x
			hasSpecial = true
			continue
		}
		sum.Add(sum, term.SetFloat64(x))
	}
	if hasSpecial {
		if math.IsNaN(special) {
			// -inf + inf, or a NaN among the terms.
			return nil, runtime.ValueErrorf("-inf + inf in fsum")
		}
		return runtime.Float(special), nil
	}
	r := roundFloat(sum)
	if math.IsInf(r, 0) {
		return nil, runtime.OverflowErrorf("intermediate overflow in fsum")
	}
	return runtime.Float(r), nil
}

// norm returns the Euclidean norm of xs, correctly rounded: the squares are summed exactly
// and the square root is taken at high precision. An infinite coordinate makes it inf even
// when another is NaN, as in CPython.
func norm(xs []float64) float64 {
	nan := false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(x) {
			nan = true
		}
	}
	if nan {
		return math.NaN()
	}
	sum := new(big.Float).SetPrec(exactPrec)
	sq := new(big.Float).SetPrec(exactPrec)
	for _, x := range xs {
		sq.SetFloat64(x)
		sq.Mul(sq, sq)
		sum.Add(sum, sq)
	}
	if sum.Sign() == 0 {
		return 0
	}
	return roundFloat(new(big.Float).SetPrec(200).Sqrt(sum))
}

func hypot(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := noKwargs("hypot", kwnames); err != nil {
		return nil, err
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := toFloat(th, a)
		if err != nil {
			return nil, err
		}
		xs[i] = x
	}
	return runtime.Float(norm(xs)), nil
}

// floats converts a sequence of numbers to float64s.
func floats(th *runtime.Thread, seq runtime.Value) ([]float64, error) {
	it, err := runtime.Iter(th, seq)
	if err != nil {
		return nil, err
	}
	var xs []float64
	for {
		v, ok, err := runtime.Next(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return xs, nil
		}
		x, err := toFloat(th, v)
		if err != nil {
			return nil, err
		}
		xs = append(xs, x)
	}
}

func dist(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := nArgs("dist", 2, args, kwnames); err != nil {
		return nil, err
	}
	p, err := floats(th, args[0])
	if err != nil {
		return nil, err
	}
	q, err := floats(th, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, runtime.ValueErrorf("both points must have the same number of dimensions")
	}
	// Differences are computed exactly, then the norm of them.
	d := make([]float64, len(p))
	exact := true
	for i := range p {
		d[i] = p[i] - q[i]
		if !math.IsInf(d[i], 0) && !math.IsNaN(d[i]) {
			diff := new(big.Float).SetPrec(exactPrec).SetFloat64(p[i])
			diff.Sub(diff, new(big.Float).SetFloat64(q[i]))
			if f, acc := diff.Float64(); acc != big.Exact || f != d[i] {
				exact = false
			}
		}
	}
	if exact {
		return runtime.Float(norm(d)), nil
	}
	// Rare: a difference is not representable; sum the exact squares instead.
	sum := new(big.Float).SetPrec(exactPrec)
	for i := range p {
		diff := new(big.Float).SetPrec(exactPrec).SetFloat64(p[i])
		diff.Sub(diff, new(big.Float).SetFloat64(q[i]))
		diff.Mul(diff, diff)
		sum.Add(sum, diff)
	}
	return runtime.Float(roundFloat(new(big.Float).SetPrec(200).Sqrt(sum))), nil
}

func prod(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw, err := splitKwargs("prod", args, kwnames, "start")
	if err != nil {
		return nil, err
	}
	if len(pos) != 1 {
		return nil, runtime.TypeErrorf("prod() takes exactly 1 positional argument (%d given)", len(pos))
	}
	var acc runtime.Value = runtime.Int(1)
	if s, ok := kw["start"]; ok {
		acc = s
	}
	it, err := runtime.Iter(th, pos[0])
	if err != nil {
		return nil, err
	}
	for {
		v, ok, err := runtime.Next(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return acc, nil
		}
		if acc, err = runtime.Binary(th, runtime.OpMul, acc, v); err != nil {
			return nil, err
		}
	}
}
