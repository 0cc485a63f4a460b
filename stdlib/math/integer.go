package math

import (
	"math/big"

	"github.com/aiolang/aio/runtime"
)

// intArgs converts every argument to a big.Int (for gcd and lcm).
func intArgs(th *runtime.Thread, args []runtime.Value) ([]*big.Int, error) {
	out := make([]*big.Int, len(args))
	for i, a := range args {
		b, err := toBig(th, a)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func factorial(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("factorial", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := toBig(th, a)
	if err != nil {
		return nil, err
	}
	return factorialOf(n)
}

func factorialOf(n *big.Int) (runtime.Value, error) {
	if n.Sign() < 0 {
		return nil, runtime.ValueErrorf("factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 1<<24 {
		return nil, runtime.OverflowErrorf("factorial() argument should not exceed %d", int64(1<<63-1))
	}
	return runtime.IntFromBig(new(big.Int).MulRange(1, n.Int64())), nil
}

func gcd(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := noKwargs("gcd", kwnames); err != nil {
		return nil, err
	}
	xs, err := intArgs(th, args)
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, x := range xs {
		g.GCD(nil, nil, g, new(big.Int).Abs(x))
	}
	return runtime.IntFromBig(g), nil
}

func lcm(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := noKwargs("lcm", kwnames); err != nil {
		return nil, err
	}
	xs, err := intArgs(th, args)
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, x := range xs {
		if x.Sign() == 0 {
			return runtime.Int(0), nil
		}
		ax := new(big.Int).Abs(x)
		g := new(big.Int).GCD(nil, nil, l, ax)
		l.Mul(l, ax.Quo(ax, g))
	}
	return runtime.IntFromBig(l), nil
}

func isqrt(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("isqrt", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := toBig(th, a)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, runtime.ValueErrorf("isqrt() argument must be nonnegative")
	}
	return runtime.IntFromBig(n.Sqrt(n)), nil
}

// nk converts the arguments of comb and perm.
func nk(th *runtime.Thread, nv, kv runtime.Value) (*big.Int, *big.Int, error) {
	n, err := toBig(th, nv)
	if err != nil {
		return nil, nil, err
	}
	k, err := toBig(th, kv)
	if err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, runtime.ValueErrorf("n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, runtime.ValueErrorf("k must be a non-negative integer")
	}
	return n, k, nil
}

func comb(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := nArgs("comb", 2, args, kwnames); err != nil {
		return nil, err
	}
	n, k, err := nk(th, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return runtime.Int(0), nil
	}
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return nil, runtime.OverflowErrorf("min(n - k, k) must not exceed %d", int64(1<<63-1))
	}
	// C(n, k) = prod_{i=1..k} (n-k+i) / i, exact at every step.
	r := big.NewInt(1)
	base := new(big.Int).Sub(n, k)
	for i := int64(1); i <= k.Int64(); i++ {
		r.Mul(r, new(big.Int).Add(base, big.NewInt(i)))
		r.Quo(r, big.NewInt(i))
	}
	return runtime.IntFromBig(r), nil
}

func perm(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := noKwargs("perm", kwnames); err != nil {
		return nil, err
	}
	switch {
	case len(args) == 0:
		return nil, runtime.TypeErrorf("perm expected at least 1 argument, got 0")
	case len(args) > 2:
		return nil, runtime.TypeErrorf("perm expected at most 2 arguments, got %d", len(args))
	case len(args) == 1 || args[1] == runtime.None:
		n, err := toBig(th, args[0])
		if err != nil {
			return nil, err
		}
		return factorialOf(n)
	}
	n, k, err := nk(th, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return runtime.Int(0), nil
	}
	if !k.IsInt64() {
		return nil, runtime.OverflowErrorf("k must not exceed %d", int64(1<<63-1))
	}
	r := big.NewInt(1)
	x := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < k.Int64(); i++ {
		r.Mul(r, x)
		x.Sub(x, one)
	}
	return runtime.IntFromBig(r), nil
}
