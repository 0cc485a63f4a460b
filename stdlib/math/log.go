package math

import (
	"math"
	"math/big"

	"github.com/aiolang/aio/runtime"
)

// logOf computes a logarithm of a math function's argument as CPython's loghelper does:
// an int too large for a float is taken as m·2**e, so math.log(10**400) works; zero and
// negative arguments are domain errors.
func logOf(th *runtime.Thread, v runtime.Value, fn func(float64) float64, log2e float64) (float64, error) {
	if b, ok := v.(*runtime.BigInt); ok {
		x := b.Big()
		if x.Sign() <= 0 {
			return 0, domainError()
		}
		f, _ := new(big.Float).SetInt(x).Float64()
		if !math.IsInf(f, 0) {
			return fn(f), nil
		}
		// x = m * 2**e with 0.5 <= m < 1.
		e := x.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(x), -e).Float64()
		return fn(m) + float64(e)*log2e, nil
	}
	x, err := toFloat(th, v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError()
	}
	return fn(x), nil
}

func logFn(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := noKwargs("log", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, runtime.TypeErrorf("math.log requires 1 to 2 arguments")
	}
	num, err := logOf(th, args[0], math.Log, math.Ln2)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return runtime.Float(num), nil
	}
	den, err := logOf(th, args[1], math.Log, math.Ln2)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, runtime.ZeroDivisionErrorf("float division by zero")
	}
	return runtime.Float(num / den), nil
}

func log2(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("log2", args, kwnames)
	if err != nil {
		return nil, err
	}
	r, err := logOf(th, a, math.Log2, 1)
	if err != nil {
		return nil, err
	}
	return runtime.Float(r), nil
}

func log10(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("log10", args, kwnames)
	if err != nil {
		return nil, err
	}
	r, err := logOf(th, a, math.Log10, math.Log10(2))
	if err != nil {
		return nil, err
	}
	return runtime.Float(r), nil
}

func log1p(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("log1p", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	if x <= -1 {
		return nil, domainError()
	}
	return runtime.Float(math.Log1p(x)), nil
}
