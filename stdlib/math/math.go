// Package math implements aio's math module: CPython's mathematical functions and
// constants, with its error messages ("math domain error", "math range error", …).
package math

import (
	"math"
	"math/big"

	"github.com/aiolang/aio/runtime"
)

// Module is the math module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "math", Init: initModule}

// unary describes a function of one float computed by a Go function. As in CPython's
// math_1, a NaN result from a non-NaN argument is a domain error, and an infinite result
// from a finite argument is a range error (OverflowError) when overflow is possible, else a
// domain error.
type unary struct {
	name        string
	fn          func(float64) float64
	canOverflow bool
}

var unaries = []unary{
	{"acos", math.Acos, false},
	{"acosh", math.Acosh, false},
	{"asin", math.Asin, false},
	{"asinh", math.Asinh, false},
	{"atan", math.Atan, false},
	{"atanh", math.Atanh, false},
	{"cbrt", math.Cbrt, false},
	{"cos", math.Cos, false},
	{"cosh", math.Cosh, true},
	{"erf", math.Erf, false},
	{"erfc", math.Erfc, false},
	{"exp", math.Exp, true},
	{"exp2", math.Exp2, true},
	{"expm1", math.Expm1, true},
	{"fabs", math.Abs, false},
	{"sin", math.Sin, false},
	{"sinh", math.Sinh, true},
	{"sqrt", math.Sqrt, false},
	{"tan", math.Tan, false},
	{"tanh", math.Tanh, false},
	{"gamma", gamma, true},
	{"lgamma", lgamma, true},
}

func (u unary) call(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg(u.name, args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	return checked(x, u.fn(x), u.canOverflow)
}

// checked applies math_1's error rules to r = f(x).
func checked(x, r float64, canOverflow bool) (runtime.Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, rangeError()
		}
		return nil, domainError()
	}
	return runtime.Float(r), nil
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("math")
	m.Dict.SetStr("__doc__", runtime.Str("This module provides access to the mathematical functions\ndefined by the C standard."))
	m.Dict.SetStr("pi", runtime.Float(math.Pi))
	m.Dict.SetStr("e", runtime.Float(math.E))
	m.Dict.SetStr("tau", runtime.Float(2*math.Pi))
	m.Dict.SetStr("inf", runtime.Float(math.Inf(1)))
	m.Dict.SetStr("nan", runtime.Float(math.NaN()))
	for _, u := range unaries {
		m.AddFunc(u.name, u.call)
	}
	for _, u := range [...]struct {
		name string
		k    float64
	}{{"degrees", 180 / math.Pi}, {"radians", math.Pi / 180}} {
		m.AddFunc(u.name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			a, err := oneArg(u.name, args, kwnames)
			if err != nil {
				return nil, err
			}
			x, err := toFloat(th, a)
			if err != nil {
				return nil, err
			}
			return runtime.Float(x * u.k), nil
		})
	}
	for name, fn := range map[string]runtime.BuiltinFunc{
		"atan2":     floatPair("atan2", math.Atan2),
		"ceil":      ceil,
		"comb":      comb,
		"copysign":  floatPair("copysign", math.Copysign),
		"dist":      dist,
		"factorial": factorial,
		"floor":     floor,
		"fmod":      modulo("fmod", math.Mod),
		"frexp":     frexp,
		"fsum":      fsum,
		"gcd":       gcd,
		"hypot":     hypot,
		"isclose":   isclose,
		"isfinite":  isfinite,
		"isinf":     isinf,
		"isnan":     isnan,
		"isqrt":     isqrt,
		"lcm":       lcm,
		"ldexp":     ldexp,
		"log":       logFn,
		"log10":     log10,
		"log1p":     log1p,
		"log2":      log2,
		"modf":      modf,
		"nextafter": floatPair("nextafter", math.Nextafter),
		"perm":      perm,
		"pow":       pow,
		"prod":      prod,
		"remainder": modulo("remainder", math.Remainder),
		"trunc":     trunc,
		"ulp":       ulp,
	} {
		m.AddFunc(name, fn)
	}
	return m, nil
}

// twoFloats checks and converts the two arguments of a binary float function.
func twoFloats(th *runtime.Thread, name string, args []runtime.Value, kwnames []string) (float64, float64, error) {
	if err := nArgs(name, 2, args, kwnames); err != nil {
		return 0, 0, err
	}
	x, err := toFloat(th, args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := toFloat(th, args[1])
	return x, y, err
}

// floatPair builds a math function of two floats that is op exactly
// (atan2, copysign, nextafter).
func floatPair(name string, op func(a, b float64) float64) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		a, b, err := twoFloats(th, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		return runtime.Float(op(a, b)), nil
	}
}

// modulo builds math.fmod and math.remainder, which differ only in the Go
// operation: an infinite divisor leaves a finite x as it is, and a NaN
// result from non-NaN operands is a domain error.
func modulo(name string, op func(x, y float64) float64) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		x, y, err := twoFloats(th, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return runtime.Float(x), nil
		}
		r := op(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, domainError()
		}
		return runtime.Float(r), nil
	}
}

func pow(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	x, y, err := twoFloats(th, "pow", args, kwnames)
	if err != nil {
		return nil, err
	}
	// C99 Annex F special cases that Go's Pow answers differently.
	switch {
	case x == 1 || y == 0:
		return runtime.Float(1), nil
	case math.IsNaN(x) || math.IsNaN(y):
		return runtime.Float(math.NaN()), nil
	case x == -1 && math.IsInf(y, 0):
		return runtime.Float(1), nil
	}
	r := math.Pow(x, y)
	finite := !math.IsInf(x, 0) && !math.IsInf(y, 0)
	if finite {
		if math.IsNaN(r) {
			return nil, domainError()
		}
		if math.IsInf(r, 0) {
			if x == 0 {
				return nil, domainError()
			}
			return nil, rangeError()
		}
	}
	return runtime.Float(r), nil
}

func ulp(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("ulp", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsNaN(x):
		return runtime.Float(x), nil
	case math.IsInf(x, 0):
		return runtime.Float(math.Inf(1)), nil
	}
	x = math.Abs(x)
	if x == math.MaxFloat64 {
		return runtime.Float(x - math.Nextafter(x, 0)), nil
	}
	return runtime.Float(math.Nextafter(x, math.Inf(1)) - x), nil
}

// predicate makes isfinite, isinf, isnan.
func predicate(name string, th *runtime.Thread, args []runtime.Value, kwnames []string, p func(float64) bool) (runtime.Value, error) {
	a, err := oneArg(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	return runtime.BoolOf(p(x)), nil
}

func isfinite(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	return predicate("isfinite", th, args, kwnames, func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })
}

func isinf(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	return predicate("isinf", th, args, kwnames, func(x float64) bool { return math.IsInf(x, 0) })
}

func isnan(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	return predicate("isnan", th, args, kwnames, math.IsNaN)
}

func isclose(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw, err := splitKwargs("isclose", args, kwnames, "a", "b", "rel_tol", "abs_tol")
	if err != nil {
		return nil, err
	}
	if len(pos) > 2 {
		return nil, runtime.TypeErrorf("isclose() takes exactly 2 positional arguments (%d given)", len(pos))
	}
	vals := [2]runtime.Value{}
	for i, name := range [...]string{"a", "b"} {
		if i < len(pos) {
			if _, dup := kw[name]; dup {
				return nil, runtime.TypeErrorf("argument for isclose() given by name ('%s') and position (%d)", name, i+1)
			}
			vals[i] = pos[i]
		} else if v, ok := kw[name]; ok {
			vals[i] = v
		} else {
			return nil, runtime.TypeErrorf("isclose() missing required argument '%s' (pos %d)", name, i+1)
		}
	}
	a, err := toFloat(th, vals[0])
	if err != nil {
		return nil, err
	}
	b, err := toFloat(th, vals[1])
	if err != nil {
		return nil, err
	}
	relTol, absTol := 1e-9, 0.0
	if v, ok := kw["rel_tol"]; ok {
		if relTol, err = toFloat(th, v); err != nil {
			return nil, err
		}
	}
	if v, ok := kw["abs_tol"]; ok {
		if absTol, err = toFloat(th, v); err != nil {
			return nil, err
		}
	}
	if relTol < 0 || absTol < 0 {
		return nil, runtime.ValueErrorf("tolerances must be non-negative")
	}
	if a == b {
		return runtime.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return runtime.False, nil
	}
	diff := math.Abs(b - a)
	return runtime.BoolOf(diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol), nil
}

// rounding implements floor and ceil: ints are returned as they are, objects with the
// special method (__floor__ / __ceil__) use it, anything else is converted to float first.
func rounding(name, special string, round func(float64) float64, th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	if r, ok, err := roundNumber(a, round); ok {
		return r, err
	}
	if r, ok, err := callSpecial(th, a, special); ok || err != nil {
		return r, err
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	return floatToInt(round(x))
}

// roundNumber is floor, ceil and trunc of an int, bool or float (round applied to a
// float, ints returned as they are); ok is false for any other object.
func roundNumber(a runtime.Value, round func(float64) float64) (r runtime.Value, ok bool, err error) {
	switch x := a.(type) {
	case runtime.Int, *runtime.BigInt:
		return a, true, nil
	case runtime.Bool:
		if x {
			return runtime.Int(1), true, nil
		}
		return runtime.Int(0), true, nil
	case runtime.Float:
		r, err = floatToInt(round(float64(x)))
		return r, true, err
	}
	return nil, false, nil
}

func floor(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	return rounding("floor", "__floor__", math.Floor, th, args, kwnames)
}

func ceil(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	return rounding("ceil", "__ceil__", math.Ceil, th, args, kwnames)
}

func trunc(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("trunc", args, kwnames)
	if err != nil {
		return nil, err
	}
	if r, ok, err := roundNumber(a, math.Trunc); ok {
		return r, err
	}
	if r, ok, err := callSpecial(th, a, "__trunc__"); ok || err != nil {
		return r, err
	}
	return nil, runtime.TypeErrorf("type %s doesn't define __trunc__ method", a.Type().Name)
}

func frexp(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("frexp", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return runtime.Tuple{runtime.Float(x), runtime.Int(0)}, nil
	}
	m, e := math.Frexp(x)
	return runtime.Tuple{runtime.Float(m), runtime.Int(e)}, nil
}

func modf(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	a, err := oneArg("modf", args, kwnames)
	if err != nil {
		return nil, err
	}
	x, err := toFloat(th, a)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsInf(x, 0):
		return runtime.Tuple{runtime.Float(math.Copysign(0, x)), runtime.Float(x)}, nil
	case math.IsNaN(x):
		return runtime.Tuple{runtime.Float(x), runtime.Float(x)}, nil
	}
	i, f := math.Modf(x)
	return runtime.Tuple{runtime.Float(f), runtime.Float(i)}, nil
}

func ldexp(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := nArgs("ldexp", 2, args, kwnames); err != nil {
		return nil, err
	}
	x, err := toFloat(th, args[0])
	if err != nil {
		return nil, err
	}
	if !isInt(args[1]) {
		return nil, runtime.TypeErrorf("Expected an int as second argument to ldexp.")
	}
	eb, err := toBig(th, args[1])
	if err != nil {
		return nil, err
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return runtime.Float(x), nil
	}
	var e int
	switch {
	case eb.Cmp(big.NewInt(1<<20)) > 0:
		e = 1 << 20
	case eb.Cmp(big.NewInt(-(1 << 20))) < 0:
		e = -(1 << 20)
	default:
		e = int(eb.Int64())
	}
	r := math.Ldexp(x, e)
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return runtime.Float(r), nil
}
