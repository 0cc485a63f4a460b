package math

import (
	"math"
	"math/big"
	"testing"

	"github.com/aiolang/aio/runtime"
)

// call imports math in a fresh interpreter and calls math.name(args...).
func call(t *testing.T, name string, args ...runtime.Value) (runtime.Value, error) {
	t.Helper()
	in := runtime.NewInterp(runtime.Options{})
	in.RegisterModule(Module)
	th := in.NewThread()
	m, err := in.ImportModule(th, "math")
	if err != nil {
		t.Fatalf("import math: %v", err)
	}
	fn, ok := m.Dict.GetStr(name)
	if !ok {
		t.Fatalf("math.%s is missing", name)
	}
	return fn.(*runtime.Builtin).Call(th, args, nil)
}

func big10(n int) runtime.Value {
	return runtime.IntFromBig(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
}

func TestValues(t *testing.T) {
	f := func(x float64) runtime.Value { return runtime.Float(x) }
	i := func(x int64) runtime.Value { return runtime.Int(x) }
	for _, tc := range []struct {
		name string
		args []runtime.Value
		want runtime.Value
	}{
		{"sqrt", []runtime.Value{i(16)}, f(4)},
		{"sqrt", []runtime.Value{runtime.True}, f(1)},
		{"floor", []runtime.Value{f(-2.5)}, i(-3)},
		{"ceil", []runtime.Value{f(2.1)}, i(3)},
		{"trunc", []runtime.Value{f(-3.7)}, i(-3)},
		{"floor", []runtime.Value{i(7)}, i(7)},
		{"fabs", []runtime.Value{i(-3)}, f(3)},
		{"gcd", []runtime.Value{i(12), i(18)}, i(6)},
		{"gcd", nil, i(0)},
		{"lcm", []runtime.Value{i(4), i(6)}, i(12)},
		{"lcm", nil, i(1)},
		{"factorial", []runtime.Value{i(10)}, i(3628800)},
		{"comb", []runtime.Value{i(5), i(2)}, i(10)},
		{"comb", []runtime.Value{i(5), i(7)}, i(0)},
		{"perm", []runtime.Value{i(5), i(2)}, i(20)},
		{"perm", []runtime.Value{i(5)}, i(120)},
		{"isqrt", []runtime.Value{i(17)}, i(4)},
		{"log", []runtime.Value{f(math.E)}, f(1)},
		{"log", []runtime.Value{i(8), i(2)}, f(3)},
		{"log", []runtime.Value{big10(400)}, f(921.0340371976182)},
		{"log", []runtime.Value{big10(400), i(10)}, f(399.99999999999994)},
		{"log2", []runtime.Value{i(1024)}, f(10)},
		{"log10", []runtime.Value{i(1000)}, f(3)},
		{"log10", []runtime.Value{big10(400)}, f(400)},
		{"exp", []runtime.Value{i(0)}, f(1)},
		{"hypot", []runtime.Value{i(3), i(4)}, f(5)},
		{"hypot", []runtime.Value{i(3), i(4), i(12)}, f(13)},
		{"hypot", nil, f(0)},
		{"hypot", []runtime.Value{f(1e308), f(1e308)}, f(1.4142135623730951e+308)},
		{"copysign", []runtime.Value{i(1), f(math.Copysign(0, -1))}, f(-1)},
		{"fmod", []runtime.Value{i(7), i(3)}, f(1)},
		{"pow", []runtime.Value{i(2), i(10)}, f(1024)},
		{"pow", []runtime.Value{f(1), f(math.NaN())}, f(1)},
		{"degrees", []runtime.Value{f(math.Pi)}, f(180)},
		{"radians", []runtime.Value{i(180)}, f(math.Pi)},
		{"isnan", []runtime.Value{f(math.NaN())}, runtime.True},
		{"isinf", []runtime.Value{f(math.Inf(-1))}, runtime.True},
		{"isfinite", []runtime.Value{i(1)}, runtime.True},
		{"nextafter", []runtime.Value{i(1), i(2)}, f(1.0000000000000002)},
		{"ulp", []runtime.Value{f(1)}, f(2.220446049250313e-16)},
		{"ldexp", []runtime.Value{i(1), i(2)}, f(4)},
		{"ldexp", []runtime.Value{f(1), runtime.IntFromBig(new(big.Int).Lsh(big.NewInt(-1), 100))}, f(0)},
		{"lgamma", []runtime.Value{f(-2.5)}, f(-0.05624371649767457)},
		{"erf", []runtime.Value{i(1)}, f(0.8427007929497149)},
		{"atan2", []runtime.Value{f(0), f(math.Copysign(0, -1))}, f(math.Pi)},
		{"remainder", []runtime.Value{i(5), i(3)}, f(-1)},
	} {
		got, err := call(t, tc.name, tc.args...)
		if err != nil {
			t.Errorf("math.%s%v: %v", tc.name, tc.args, err)
			continue
		}
		if got != tc.want {
			t.Errorf("math.%s%v = %#v, want %#v", tc.name, tc.args, got, tc.want)
		}
	}
}

func TestFsumAndDist(t *testing.T) {
	list := func(xs ...float64) runtime.Value {
		items := make([]runtime.Value, len(xs))
		for i, x := range xs {
			items[i] = runtime.Float(x)
		}
		return runtime.Tuple(items)
	}
	for _, tc := range []struct {
		name string
		args []runtime.Value
		want float64
	}{
		{"fsum", []runtime.Value{list(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)}, 1},
		{"fsum", []runtime.Value{list(1, 1e100, 1, -1e100)}, 2},
		{"fsum", []runtime.Value{list()}, 0},
		{"dist", []runtime.Value{list(1, 2), list(4, 6)}, 5},
	} {
		got, err := call(t, tc.name, tc.args...)
		if err != nil {
			t.Skipf("math.%s needs iteration over tuples from the runtime: %v", tc.name, err)
		}
		if got != runtime.Float(tc.want) {
			t.Errorf("math.%s = %#v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestFactorialBig(t *testing.T) {
	got, err := call(t, "factorial", runtime.Int(30))
	if err != nil {
		t.Fatal(err)
	}
	b, ok := got.(*runtime.BigInt)
	if !ok || b.Big().String() != "265252859812191058636308480000000" {
		t.Errorf("factorial(30) = %#v", got)
	}
	got, err = call(t, "trunc", runtime.Float(1e300))
	if err != nil {
		t.Fatal(err)
	}
	if b, ok := got.(*runtime.BigInt); !ok || len(b.Big().String()) != 301 {
		t.Errorf("trunc(1e300) = %#v", got)
	}
}

func TestErrors(t *testing.T) {
	f := func(x float64) runtime.Value { return runtime.Float(x) }
	i := func(x int64) runtime.Value { return runtime.Int(x) }
	for _, tc := range []struct {
		name string
		args []runtime.Value
		want string
	}{
		{"sqrt", nil, "TypeError: math.sqrt() takes exactly one argument (0 given)"},
		{"sqrt", []runtime.Value{i(1), i(2)}, "TypeError: math.sqrt() takes exactly one argument (2 given)"},
		{"sqrt", []runtime.Value{i(-1)}, "ValueError: math domain error"},
		{"sqrt", []runtime.Value{runtime.Str("x")}, "TypeError: must be real number, not str"},
		{"sqrt", []runtime.Value{big10(400)}, "OverflowError: int too large to convert to float"},
		{"log", []runtime.Value{i(0)}, "ValueError: math domain error"},
		{"log", []runtime.Value{i(-1)}, "ValueError: math domain error"},
		{"log", []runtime.Value{i(10), i(1)}, "ZeroDivisionError: float division by zero"},
		{"log", nil, "TypeError: math.log requires 1 to 2 arguments"},
		{"exp", []runtime.Value{i(1000)}, "OverflowError: math range error"},
		{"cosh", []runtime.Value{i(1000)}, "OverflowError: math range error"},
		{"acos", []runtime.Value{i(2)}, "ValueError: math domain error"},
		{"atanh", []runtime.Value{i(1)}, "ValueError: math domain error"},
		{"sin", []runtime.Value{f(math.Inf(1))}, "ValueError: math domain error"},
		{"gamma", []runtime.Value{i(0)}, "ValueError: math domain error"},
		{"gamma", []runtime.Value{i(-1)}, "ValueError: math domain error"},
		{"gamma", []runtime.Value{i(200)}, "OverflowError: math range error"},
		{"lgamma", []runtime.Value{i(0)}, "ValueError: math domain error"},
		{"pow", []runtime.Value{i(0), i(-1)}, "ValueError: math domain error"},
		{"pow", []runtime.Value{i(10), i(400)}, "OverflowError: math range error"},
		{"pow", []runtime.Value{i(-8), f(1.0 / 3)}, "ValueError: math domain error"},
		{"pow", []runtime.Value{i(1)}, "TypeError: pow expected 2 arguments, got 1"},
		{"fmod", []runtime.Value{i(1), i(0)}, "ValueError: math domain error"},
		{"fmod", []runtime.Value{f(math.Inf(1)), i(1)}, "ValueError: math domain error"},
		{"factorial", []runtime.Value{i(-1)}, "ValueError: factorial() not defined for negative values"},
		{"factorial", []runtime.Value{f(1)}, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"isqrt", []runtime.Value{i(-1)}, "ValueError: isqrt() argument must be nonnegative"},
		{"comb", []runtime.Value{i(-1), i(2)}, "ValueError: n must be a non-negative integer"},
		{"comb", []runtime.Value{i(2), i(-1)}, "ValueError: k must be a non-negative integer"},
		{"comb", []runtime.Value{i(1)}, "TypeError: comb expected 2 arguments, got 1"},
		{"perm", nil, "TypeError: perm expected at least 1 argument, got 0"},
		{"floor", []runtime.Value{f(math.Inf(1))}, "OverflowError: cannot convert float infinity to integer"},
		{"floor", []runtime.Value{f(math.NaN())}, "ValueError: cannot convert float NaN to integer"},
		{"floor", []runtime.Value{runtime.None}, "TypeError: must be real number, not NoneType"},
		{"trunc", []runtime.Value{runtime.None}, "TypeError: type NoneType doesn't define __trunc__ method"},
		{"ldexp", []runtime.Value{f(1), f(1.5)}, "TypeError: Expected an int as second argument to ldexp."},
		{"ldexp", []runtime.Value{f(1), i(5000)}, "OverflowError: math range error"},
		{"gcd", []runtime.Value{f(1.5)}, "TypeError: 'float' object cannot be interpreted as an integer"},
	} {
		_, err := call(t, tc.name, tc.args...)
		if err == nil || err.Error() != tc.want {
			t.Errorf("math.%s%v: error %v, want %s", tc.name, tc.args, err, tc.want)
		}
	}
}

// TestGammaMatchesCPython compares with values printed by CPython 3.11. Γ may differ in
// the last bits (up to 1e-13 relative) because Go's Exp and Pow are not glibc's.
func TestGammaMatchesCPython(t *testing.T) {
	for _, tc := range []struct {
		fn      func(float64) float64
		x, want float64
	}{
		{gamma, 0.5, 1.7724538509055159},
		{gamma, -2.5, -0.9453087204829417},
		{gamma, 5.5, 52.34277778455352},
		{gamma, 171.5, 9.483367566824801e+307},
		{gamma, -0.5, -3.544907701811032},
		{gamma, 1e-30, 9.999999999999999e+29},
		{lgamma, -2.5, -0.05624371649767457},
		{lgamma, 2.5, 0.2846828704729196},
		{lgamma, 100.5, 361.4355404677776},
		{lgamma, -0.5, 1.265512123484645},
	} {
		got := tc.fn(tc.x)
		if math.Abs(got-tc.want) > 1e-13*math.Abs(tc.want) {
			t.Errorf("f(%v) = %v, want %v", tc.x, got, tc.want)
		}
	}
}
