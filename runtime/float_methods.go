package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// The methods and attributes of float and complex.

func init() {
	addMethods(FloatType, map[string]BuiltinFunc{
		"is_integer": func(th *Thread, args []Value, kw []string) (Value, error) {
			f := float64(args[0].(Float))
			return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
		},
		"hex": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Str(floatHex(float64(args[0].(Float)))), nil
		},
		"as_integer_ratio": func(th *Thread, args []Value, kw []string) (Value, error) {
			f := float64(args[0].(Float))
			if math.IsInf(f, 0) {
				return nil, OverflowErrorf("cannot convert Infinity to integer ratio")
			}
			if math.IsNaN(f) {
				return nil, ValueErrorf("cannot convert NaN to integer ratio")
			}
			r, _ := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
			r.SetFloat64(f)
			return Tuple{IntFromBig(r.Num()), IntFromBig(r.Denom())}, nil
		},
		"conjugate": func(th *Thread, args []Value, kw []string) (Value, error) { return args[0], nil },
		"__int__":   func(th *Thread, args []Value, kw []string) (Value, error) { return ToInt(th, args[0]) },
		"__float__": func(th *Thread, args []Value, kw []string) (Value, error) { return args[0], nil },
		"__abs__":   func(th *Thread, args []Value, kw []string) (Value, error) { return Abs(th, args[0]) },
		"__round__": func(th *Thread, args []Value, kw []string) (Value, error) { return builtinRound(th, args, kw) },
		"__trunc__": func(th *Thread, args []Value, kw []string) (Value, error) { return ToInt(th, args[0]) },
		"__floor__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return FloatToInt(math.Floor(float64(args[0].(Float))))
		},
		"__ceil__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return FloatToInt(math.Ceil(float64(args[0].(Float))))
		},
	})
	FloatType.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(th *Thread, args []Value, kw []string) (Value, error) {
		if err := CheckArity("fromhex", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		s, _ := args[1].(Str)
		t := strings.TrimSpace(string(s))
		if !strings.Contains(strings.ToLower(t), "p") {
			t += "p0"
		}
		if !strings.HasPrefix(strings.TrimLeft(strings.ToLower(t), "+-"), "0x") {
			sign := ""
			if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") {
				sign, t = t[:1], t[1:]
			}
			t = sign + "0x" + t
		}
		f, err := strconv.ParseFloat(t, 64)
		if err != nil {
			return nil, ValueErrorf("invalid hexadecimal floating-point string")
		}
		return Float(f), nil
	})})
	addGetSet(FloatType, "real", func(th *Thread, obj Value) (Value, error) { return obj, nil }, nil)
	addGetSet(FloatType, "imag", func(th *Thread, obj Value) (Value, error) { return Float(0), nil }, nil)
	addGetSet(ComplexType, "real", func(th *Thread, obj Value) (Value, error) { return Float(real(obj.(Complex))), nil }, nil)
	addGetSet(ComplexType, "imag", func(th *Thread, obj Value) (Value, error) { return Float(imag(obj.(Complex))), nil }, nil)
	AddMethod(ComplexType, "conjugate", func(th *Thread, args []Value, kw []string) (Value, error) {
		c := args[0].(Complex)
		return Complex(complex(real(c), -imag(c))), nil
	})

}

// floatHex is float.hex().
func floatHex(f float64) string {
	if math.IsInf(f, 1) {
		return "inf"
	}
	if math.IsInf(f, -1) {
		return "-inf"
	}
	if math.IsNaN(f) {
		return "nan"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(f)
	exp := int((b >> 52) & 0x7ff)
	mant := b & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead = 0
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + strconv.Itoa(lead) + "." + m + "p" + es
}
