package math

import (
	"math"
	"math/big"

	"github.com/aiolang/aio/runtime"
)

// toFloat converts a math function's argument to float64 as CPython's PyFloat_AsDouble does:
// float, int and bool directly (an int too large raises OverflowError), then __float__ and
// __index__; anything else raises "must be real number, not T".
func toFloat(th *runtime.Thread, v runtime.Value) (float64, error) {
	if f, ok, err := runtime.FloatOfReal(v); ok {
		return f, err
	}
	if x, ok := v.(*runtime.Object); ok && x.Base != nil {
		return toFloat(th, x.Base)
	}
	for _, name := range [...]string{"__float__", "__index__"} {
		r, ok, err := callSpecial(th, v, name)
		if err != nil {
			return 0, err
		}
		if !ok {
			continue
		}
		if name == "__float__" {
			f, isFloat := r.(runtime.Float)
			if !isFloat {
				return 0, runtime.TypeErrorf("%s.__float__ returned non-float (type %s)", v.Type().Name, r.Type().Name)
			}
			return float64(f), nil
		}
		return toFloat(th, r)
	}
	return 0, runtime.TypeErrorf("must be real number, not %s", v.Type().Name)
}

// callSpecial calls v's special method name (looked up on its type) with no arguments; ok is
// false when the type does not define it.
func callSpecial(th *runtime.Thread, v runtime.Value, name string) (runtime.Value, bool, error) {
	if _, ok := v.Type().Lookup(name); !ok {
		return nil, false, nil
	}
	fn, self, err := runtime.LookupMethod(th, v, name)
	if err != nil {
		return nil, false, err
	}
	var r runtime.Value
	if self {
		r, err = runtime.Call(th, fn, []runtime.Value{v}, nil)
	} else {
		r, err = runtime.Call(th, fn, nil, nil)
	}
	return r, true, err
}

// toBig converts an integer argument (int, bool, or an object with __index__) to a big.Int;
// anything else raises "'T' object cannot be interpreted as an integer".
func toBig(th *runtime.Thread, v runtime.Value) (*big.Int, error) {
	switch x := v.(type) {
	case runtime.Int:
		return big.NewInt(int64(x)), nil
	case runtime.Bool:
		if x {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *runtime.BigInt:
		return new(big.Int).Set(x.Big()), nil
	case *runtime.Object:
		if x.Base != nil {
			if b, err := toBig(th, x.Base); err == nil {
				return b, nil
			}
		}
	}
	r, ok, err := callSpecial(th, v, "__index__")
	if err != nil {
		return nil, err
	}
	if ok {
		switch r.(type) {
		case runtime.Int, runtime.Bool, *runtime.BigInt:
			return toBig(th, r)
		}
		return nil, runtime.TypeErrorf("__index__ returned non-int (type %s)", r.Type().Name)
	}
	return nil, runtime.TypeErrorf("'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// isInt reports whether v is an int (or bool, or an int subclass instance).
func isInt(v runtime.Value) bool {
	switch x := v.(type) {
	case runtime.Int, runtime.Bool, *runtime.BigInt:
		return true
	case *runtime.Object:
		return x.Base != nil && isInt(x.Base)
	}
	return false
}

// floatToInt converts a float with an integral value to an int, raising CPython's errors for
// infinities and NaN.
func floatToInt(f float64) (runtime.Value, error) {
	if math.IsInf(f, 0) {
		return nil, runtime.OverflowErrorf("cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, runtime.ValueErrorf("cannot convert float NaN to integer")
	}
	if f >= -(1<<63) && f < 1<<63 {
		return runtime.Int(int64(f)), nil
	}
	b, _ := big.NewFloat(f).Int(nil)
	return runtime.IntFromBig(b), nil
}

// domainError is CPython's "math domain error".
func domainError() error { return runtime.ValueErrorf("math domain error") }

// rangeError is CPython's "math range error".
func rangeError() error { return runtime.OverflowErrorf("math range error") }
