package runtime

import (
	"math/big"
	"math/bits"
)

// The methods and attributes of int.

func init() {
	addMethods(IntType, map[string]BuiltinFunc{
		"bit_length": func(th *Thread, args []Value, kw []string) (Value, error) {
			if x, ok := AsInt64(args[0]); ok {
				if x < 0 {
					x = -x
				}
				return Int(bits.Len64(uint64(x))), nil
			}
			return Int(toBig(args[0]).BitLen()), nil
		},
		"bit_count": func(th *Thread, args []Value, kw []string) (Value, error) {
			b := new(big.Int).Abs(toBig(args[0]))
			n := 0
			for _, w := range b.Bits() {
				n += bits.OnesCount64(uint64(w))
			}
			return Int(n), nil
		},
		"to_bytes": func(th *Thread, args []Value, kw []string) (Value, error) {
			length := 1
			order := "big"
			signed := false
			if err := UnpackArgs("to_bytes", args[1:], kw, "length?", &length, "byteorder?", &order, "$signed?", &signed); err != nil {
				return nil, err
			}
			b := toBig(args[0])
			if b.Sign() < 0 && !signed {
				return nil, OverflowErrorf("can't convert negative int to unsigned")
			}
			v := new(big.Int).Set(b)
			if v.Sign() < 0 {
				v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
			}
			limit := 8 * length
			if signed {
				limit--
			}
			if b.Sign() >= 0 && b.BitLen() > limit || b.Sign() < 0 && new(big.Int).Not(b).BitLen() > limit || v.Sign() < 0 {
				return nil, OverflowErrorf("int too big to convert")
			}
			out := v.FillBytes(make([]byte, length))
			if err := toByteOrder(order, out); err != nil {
				return nil, err
			}
			return Bytes(out), nil
		},
		"conjugate": func(th *Thread, args []Value, kw []string) (Value, error) { return ToInt(th, args[0]) },
		"as_integer_ratio": func(th *Thread, args []Value, kw []string) (Value, error) {
			v, err := ToInt(th, args[0])
			return Tuple{v, Int(1)}, err
		},
		"__index__": func(th *Thread, args []Value, kw []string) (Value, error) { return ToInt(th, args[0]) },
		"__int__":   func(th *Thread, args []Value, kw []string) (Value, error) { return ToInt(th, args[0]) },
		"__float__": func(th *Thread, args []Value, kw []string) (Value, error) { return ToFloat(th, args[0]) },
		"__abs__":   func(th *Thread, args []Value, kw []string) (Value, error) { return Abs(th, args[0]) },
		"__bool__": func(th *Thread, args []Value, kw []string) (Value, error) {
			b, err := Truth(th, args[0])
			return Bool(b), err
		},
		"__round__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return builtinRound(th, args, kw)
		},
	})
	IntType.Dict.SetStr("from_bytes", &ClassMethod{Func: NewBuiltin("from_bytes", func(th *Thread, args []Value, kw []string) (Value, error) {
		var data Value
		order := "big"
		signed := false
		if err := UnpackArgs("from_bytes", args[1:], kw, "bytes", &data, "byteorder?", &order, "$signed?", &signed); err != nil {
			return nil, err
		}
		var b []byte
		switch d := data.(type) {
		case Bytes:
			b = []byte(d)
		case *ByteArray:
			b = append([]byte(nil), d.B...)
		default:
			s, err := bytesFromArgs(th, "bytes", []Value{data}, nil)
			if err != nil {
				return nil, err
			}
			b = []byte(s)
		}
		if err := toByteOrder(order, b); err != nil {
			return nil, err
		}
		v := new(big.Int).SetBytes(b)
		if signed && len(b) > 0 && b[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
		}
		r := IntFromBig(v)
		if cls, ok := args[0].(*Type); ok && cls != IntType {
			return Call(th, cls, []Value{r}, nil)
		}
		return r, nil
	})})
	for _, name := range []string{"real", "numerator"} {
		addGetSet(IntType, name, func(th *Thread, obj Value) (Value, error) { return ToInt(th, obj) }, nil)
	}
	addGetSet(IntType, "imag", func(th *Thread, obj Value) (Value, error) { return Int(0), nil }, nil)
	addGetSet(IntType, "denominator", func(th *Thread, obj Value) (Value, error) { return Int(1), nil }, nil)

}

// toByteOrder turns big-endian b into byteorder order in place (reversing it
// for "little"), for int.to_bytes and int.from_bytes.
func toByteOrder(order string, b []byte) error {
	switch order {
	case "big":
	case "little":
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	default:
		return ValueErrorf("byteorder must be either 'little' or 'big'")
	}
	return nil
}
