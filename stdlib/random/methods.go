package random

import (
	"math"
	"math/big"
	"sort"

	"github.com/aiolang/aio/runtime"
)

// arg returns the i-th positional argument or the keyword argument name, or def.
func arg(args []runtime.Value, kw map[string]runtime.Value, i int, name string, def runtime.Value) runtime.Value {
	if i < len(args) {
		return args[i]
	}
	if v, ok := kw[name]; ok {
		return v
	}
	return def
}

// maxArgs checks the number of positional arguments.
func maxArgs(name string, args []runtime.Value, most int) error {
	if len(args) > most {
		return runtime.TypeErrorf("Random.%s() takes from 1 to %d positional arguments but %d were given", name, most+1, len(args)+1)
	}
	return nil
}

// required returns a required argument, or CPython's "missing argument" TypeError.
func required(name string, args []runtime.Value, kw map[string]runtime.Value, i int, param string) (runtime.Value, error) {
	v := arg(args, kw, i, param, nil)
	if v == nil {
		return nil, runtime.TypeErrorf("Random.%s() missing 1 required positional argument: '%s'", name, param)
	}
	return v, nil
}

// index converts an integer argument (no floats: "'float' object cannot be interpreted as
// an integer").
func index(v runtime.Value) (*big.Int, error) {
	if b := toBigInt(v); b != nil {
		return b, nil
	}
	return nil, runtime.TypeErrorf("'%s' object cannot be interpreted as an integer", v.Type().Name)
}

func (r *Random) seedMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	if err := maxArgs("seed", args, 2); err != nil {
		return nil, err
	}
	return runtime.None, r.Seed(th, arg(args, kw, 0, "a", runtime.None))
}

func (r *Random) randomMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	if len(args) > 0 || len(kw) > 0 {
		return nil, runtime.TypeErrorf("Random.random() takes no arguments (%d given)", len(args)+len(kw))
	}
	return runtime.Float(r.Float()), nil
}

func (r *Random) getrandbitsMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	v, err := required("getrandbits", args, kw, 0, "k")
	if err != nil {
		return nil, err
	}
	k, err := index(v)
	if err != nil {
		return nil, err
	}
	if k.Sign() < 0 {
		return nil, runtime.ValueErrorf("number of bits must be non-negative")
	}
	if !k.IsInt64() || k.Int64() > 1<<30 {
		return nil, runtime.OverflowErrorf("Python int too large to convert to C int")
	}
	return r.getrandbits(int(k.Int64())), nil
}

func (r *Random) randbytesMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	v, err := required("randbytes", args, kw, 0, "n")
	if err != nil {
		return nil, err
	}
	n, err := index(v)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, runtime.ValueErrorf("number of bits must be non-negative")
	}
	size := int(n.Int64())
	bits := toBigInt(r.getrandbits(size * 8))
	out := make([]byte, size)
	bits.FillBytes(out)
	// int.to_bytes(n, 'little'): reverse the big-endian bytes.
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return runtime.Bytes(out), nil
}

// rangeArg converts a randrange argument as CPython 3.11 does: ints as they are, integral
// floats (deprecated) as ints, other floats are a ValueError ("non-integer arg 1 for
// randrange()").
func rangeArg(v runtime.Value, what string) (*big.Int, error) {
	if f, ok := v.(runtime.Float); ok {
		x := float64(f)
		if x != math.Trunc(x) || math.IsInf(x, 0) || math.IsNaN(x) {
			return nil, runtime.ValueErrorf("non-integer %s for randrange()", what)
		}
		b, _ := big.NewFloat(x).Int(nil)
		return b, nil
	}
	return index(v)
}

// randrange implements randrange(start, stop=None, step=1) as CPython 3.11 does.
func (r *Random) randrange(start, stop, step runtime.Value) (runtime.Value, error) {
	istart, err := rangeArg(start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == nil || stop == runtime.None {
		if step != nil {
			return nil, runtime.TypeErrorf("Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return r.below(istart), nil
		}
		return nil, runtime.ValueErrorf("empty range for randrange()")
	}
	istop, err := rangeArg(stop, "stop")
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != nil {
		if istep, err = rangeArg(step, "step"); err != nil {
			return nil, err
		}
	}
	if istep.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return runtime.IntFromBig(new(big.Int).Add(istart, toBigInt(r.below(width)))), nil
		}
		return nil, runtime.ValueErrorf("empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = new(big.Int).Add(width, istep)
		n.Sub(n, big.NewInt(1))
		floorDiv(n, istep)
	case -1:
		n = new(big.Int).Add(width, istep)
		n.Add(n, big.NewInt(1))
		floorDiv(n, istep)
	default:
		return nil, runtime.ValueErrorf("zero step for randrange()")
	}
	if n.Sign() <= 0 {
		return nil, runtime.ValueErrorf("empty range for randrange()")
	}
	off := new(big.Int).Mul(istep, toBigInt(r.below(n)))
	return runtime.IntFromBig(off.Add(off, istart)), nil
}

// floorDiv sets n to floor(n / d).
func floorDiv(n, d *big.Int) {
	m := new(big.Int)
	n.DivMod(n, d, m) // Euclidean: m >= 0
	if d.Sign() < 0 && m.Sign() != 0 {
		// Euclidean division rounds toward +inf for negative divisors; floor needs -1.
		n.Sub(n, big.NewInt(1))
	}
}

func (r *Random) randrangeMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	if err := maxArgs("randrange", args, 3); err != nil {
		return nil, err
	}
	start, err := required("randrange", args, kw, 0, "start")
	if err != nil {
		return nil, err
	}
	return r.randrange(start, arg(args, kw, 1, "stop", nil), arg(args, kw, 2, "step", nil))
}

func (r *Random) randintMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	a, err := required("randint", args, kw, 0, "a")
	if err != nil {
		return nil, err
	}
	b, err := required("randint", args, kw, 1, "b")
	if err != nil {
		return nil, err
	}
	stop, err := runtime.Binary(th, runtime.OpAdd, b, runtime.Int(1))
	if err != nil {
		return nil, err
	}
	return r.randrange(a, stop, nil)
}

func (r *Random) choiceMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	seq, err := required("choice", args, kw, 0, "seq")
	if err != nil {
		return nil, err
	}
	n, err := runtime.Len(th, seq)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, runtime.IndexErrorf("Cannot choose from an empty sequence")
	}
	return runtime.GetItem(th, seq, runtime.Int(r.belowInt(n)))
}

func (r *Random) shuffleMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	x, err := required("shuffle", args, kw, 0, "x")
	if err != nil {
		return nil, err
	}
	n, err := runtime.Len(th, x)
	if err != nil {
		return nil, err
	}
	for i := n - 1; i >= 1; i-- {
		j := r.belowInt(i + 1)
		a, err := runtime.GetItem(th, x, runtime.Int(i))
		if err != nil {
			return nil, err
		}
		b, err := runtime.GetItem(th, x, runtime.Int(j))
		if err != nil {
			return nil, err
		}
		if err := runtime.SetItem(th, x, runtime.Int(i), b); err != nil {
			return nil, err
		}
		if err := runtime.SetItem(th, x, runtime.Int(j), a); err != nil {
			return nil, err
		}
	}
	return runtime.None, nil
}

func (r *Random) sampleMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	popv, err := required("sample", args, kw, 0, "population")
	if err != nil {
		return nil, err
	}
	kv, err := required("sample", args, kw, 1, "k")
	if err != nil {
		return nil, err
	}
	switch popv.(type) {
	case *runtime.Set, *runtime.FrozenSet, *runtime.Dict:
		return nil, runtime.TypeErrorf("Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	population, err := runtime.ToSlice(th, popv)
	if err != nil {
		return nil, err
	}
	if counts := arg(nil, kw, 0, "counts", runtime.None); counts != runtime.None {
		cs, err := runtime.ToSlice(th, counts)
		if err != nil {
			return nil, err
		}
		if len(cs) != len(population) {
			return nil, runtime.ValueErrorf("The number of counts does not match the population")
		}
		var expanded []runtime.Value
		for i, c := range cs {
			ci, ok := runtime.AsInt64(c)
			if !ok {
				return nil, runtime.TypeErrorf("Counts must be integers")
			}
			for ; ci > 0; ci-- {
				expanded = append(expanded, population[i])
			}
		}
		population = expanded
	}
	kb, err := index(kv)
	if err != nil {
		return nil, err
	}
	n := len(population)
	if kb.Sign() < 0 || kb.Cmp(big.NewInt(int64(n))) > 0 {
		return nil, runtime.ValueErrorf("Sample larger than population or is negative")
	}
	k := int(kb.Int64())
	result := make([]runtime.Value, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := append([]runtime.Value(nil), population...)
		for i := 0; i < k; i++ {
			j := r.belowInt(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := map[int]bool{}
		for i := 0; i < k; i++ {
			j := r.belowInt(n)
			for selected[j] {
				j = r.belowInt(n)
			}
			selected[j] = true
			result[i] = population[j]
		}
	}
	return runtime.NewList(result), nil
}

func (r *Random) choicesMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	if len(args) > 2 {
		return nil, runtime.TypeErrorf("Random.choices() takes from 2 to 3 positional arguments but %d were given", len(args)+1)
	}
	popv, err := required("choices", args, kw, 0, "population")
	if err != nil {
		return nil, err
	}
	population, err := runtime.ToSlice(th, popv)
	if err != nil {
		return nil, err
	}
	weights := arg(args, kw, 1, "weights", runtime.None)
	cumv := arg(nil, kw, 0, "cum_weights", runtime.None)
	kb, err := index(arg(nil, kw, 0, "k", runtime.Int(1)))
	if err != nil {
		return nil, err
	}
	k := int(kb.Int64())
	n := len(population)
	out := make([]runtime.Value, 0, max(k, 0))
	if cumv == runtime.None {
		if weights == runtime.None {
			if n == 0 && k > 0 {
				return nil, runtime.IndexErrorf("list index out of range")
			}
			fn := float64(n)
			for i := 0; i < k; i++ {
				out = append(out, population[int(math.Floor(r.Float()*fn))])
			}
			return runtime.NewList(out), nil
		}
		ws, err := runtime.ToSlice(th, weights)
		if err != nil {
			return nil, err
		}
		var acc runtime.Value = runtime.Int(0)
		cum := make([]runtime.Value, len(ws))
		for i, w := range ws {
			if i == 0 {
				acc = w
			} else if acc, err = runtime.Binary(th, runtime.OpAdd, acc, w); err != nil {
				return nil, err
			}
			cum[i] = acc
		}
		cumv = runtime.NewList(cum)
	} else if weights != runtime.None {
		return nil, runtime.TypeErrorf("Cannot specify both weights and cumulative weights")
	}
	cumVals, err := runtime.ToSlice(th, cumv)
	if err != nil {
		return nil, err
	}
	if len(cumVals) != n {
		return nil, runtime.ValueErrorf("The number of weights does not match the population")
	}
	cum := make([]float64, n)
	for i, c := range cumVals {
		if cum[i], err = floatOf(c); err != nil {
			return nil, err
		}
	}
	total := cum[n-1]
	if total <= 0 {
		return nil, runtime.ValueErrorf("Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, runtime.ValueErrorf("Total of weights must be finite")
	}
	hi := n - 1
	for i := 0; i < k; i++ {
		x := r.Float() * total
		// bisect_right(cum, x, 0, hi)
		j := sort.Search(hi, func(m int) bool { return x < cum[m] })
		out = append(out, population[j])
	}
	return runtime.NewList(out), nil
}

// twoFloats reads two float arguments with defaults.
func twoFloats(name string, args []runtime.Value, kw map[string]runtime.Value, n1, n2 string, d1, d2 runtime.Value) (float64, float64, error) {
	if err := maxArgs(name, args, 2); err != nil {
		return 0, 0, err
	}
	a := arg(args, kw, 0, n1, d1)
	b := arg(args, kw, 1, n2, d2)
	if a == nil {
		return 0, 0, runtime.TypeErrorf("Random.%s() missing 2 required positional arguments: '%s' and '%s'", name, n1, n2)
	}
	if b == nil {
		return 0, 0, runtime.TypeErrorf("Random.%s() missing 1 required positional argument: '%s'", name, n2)
	}
	x, err := floatOf(a)
	if err != nil {
		return 0, 0, err
	}
	y, err := floatOf(b)
	return x, y, err
}

func (r *Random) uniformMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	a, b, err := twoFloats("uniform", args, kw, "a", "b", nil, nil)
	if err != nil {
		return nil, err
	}
	return runtime.Float(a + (b-a)*r.Float()), nil
}

func (r *Random) triangularMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	if err := maxArgs("triangular", args, 3); err != nil {
		return nil, err
	}
	low, err := floatOf(arg(args, kw, 0, "low", runtime.Float(0)))
	if err != nil {
		return nil, err
	}
	high, err := floatOf(arg(args, kw, 1, "high", runtime.Float(1)))
	if err != nil {
		return nil, err
	}
	u := r.Float()
	c := 0.5
	if mode := arg(args, kw, 2, "mode", runtime.None); mode != runtime.None {
		m, err := floatOf(mode)
		if err != nil {
			return nil, err
		}
		if high == low {
			return runtime.Float(low), nil
		}
		c = (m - low) / (high - low)
	}
	if u > c {
		u, c = 1-u, 1-c
		low, high = high, low
	}
	return runtime.Float(low + (high-low)*math.Sqrt(u*c)), nil
}

func (r *Random) gaussMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	mu, sigma, err := twoFloats("gauss", args, kw, "mu", "sigma", runtime.Float(0), runtime.Float(1))
	if err != nil {
		return nil, err
	}
	z := r.gaussNext
	had := r.hasGauss
	r.hasGauss = false
	if !had {
		x2pi := r.Float() * 2 * math.Pi
		g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.Float()))
		z = math.Cos(x2pi) * g2rad
		r.gaussNext = math.Sin(x2pi) * g2rad
		r.hasGauss = true
	}
	return runtime.Float(mu + z*sigma), nil
}

// nvMagicConst is 4 * exp(-0.5) / sqrt(2.0).
var nvMagicConst = 4 * math.Exp(-0.5) / math.Sqrt(2.0)

func (r *Random) normalvariateMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	mu, sigma, err := twoFloats("normalvariate", args, kw, "mu", "sigma", runtime.Float(0), runtime.Float(1))
	if err != nil {
		return nil, err
	}
	var z float64
	for {
		u1 := r.Float()
		u2 := 1.0 - r.Float()
		z = nvMagicConst * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -math.Log(u2) {
			break
		}
	}
	return runtime.Float(mu + z*sigma), nil
}

func (r *Random) expovariateMethod(th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	if err := maxArgs("expovariate", args, 1); err != nil {
		return nil, err
	}
	lambd, err := floatOf(arg(args, kw, 0, "lambd", runtime.Float(1)))
	if err != nil {
		return nil, err
	}
	if lambd == 0 {
		return nil, runtime.ZeroDivisionErrorf("float division by zero")
	}
	return runtime.Float(-math.Log(1.0-r.Float()) / lambd), nil
}
