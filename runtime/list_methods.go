package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// The methods of list, tuple, int, float and bytes.

func listSelf(args []Value) *List { return args[0].(*List) }

func seqIndexOf(th *Thread, items []Value, args []Value) (int, error) {
	start, end := 0, len(items)
	if len(args) > 1 {
		if n, ok := IndexValue(args[1]); ok {
			start = clampIndex(int(n), len(items))
		}
	}
	if len(args) > 2 {
		if n, ok := IndexValue(args[2]); ok {
			end = clampIndex(int(n), len(items))
		}
	}
	for i := start; i < end && i < len(items); i++ {
		eq, err := Equal(th, items[i], args[0])
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func seqCount(th *Thread, items []Value, x Value) (int, error) {
	n := 0
	for _, it := range items {
		eq, err := Equal(th, it, x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
	return n, nil
}

func init() {
	addMethods(ListType, map[string]BuiltinFunc{
		"append": func(th *Thread, args []Value, kw []string) (Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return nil, CheckArity("list.append", args[1:], kw, 1, 1)
			}
			l := listSelf(args)
			l.Items = append(l.Items, args[1])
			return None, nil
		},
		"extend": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("list.extend", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			l := listSelf(args)
			items, err := ToSlice(th, args[1])
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, items...)
			return None, nil
		},
		"insert": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("insert", args[1:], kw, 2, 2); err != nil {
				return nil, err
			}
			l := listSelf(args)
			n, ok := IndexValue(args[1])
			if !ok {
				return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", args[1].Type().Name)
			}
			i := clampIndex(int(n), len(l.Items))
			l.Items = append(l.Items, nil)
			copy(l.Items[i+1:], l.Items[i:])
			l.Items[i] = args[2]
			return None, nil
		},
		"pop": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("pop", args[1:], kw, 0, 1); err != nil {
				return nil, err
			}
			l := listSelf(args)
			if len(l.Items) == 0 {
				return nil, IndexErrorf("pop from empty list")
			}
			i := len(l.Items) - 1
			if len(args) > 1 {
				n, ok := IndexValue(args[1])
				if !ok {
					return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", args[1].Type().Name)
				}
				if n < 0 {
					n += int64(len(l.Items))
				}
				if n < 0 || n >= int64(len(l.Items)) {
					return nil, IndexErrorf("pop index out of range")
				}
				i = int(n)
			}
			v := l.Items[i]
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[len(l.Items)-1] = nil
			l.Items = l.Items[:len(l.Items)-1]
			return v, nil
		},
		"remove": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("remove", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			l := listSelf(args)
			i, err := seqIndexOf(th, l.Items, args[1:2])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				return nil, ValueErrorf("list.remove(x): x not in list")
			}
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[len(l.Items)-1] = nil
			l.Items = l.Items[:len(l.Items)-1]
			return None, nil
		},
		"index": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("index", args[1:], kw, 1, 3); err != nil {
				return nil, err
			}
			i, err := seqIndexOf(th, listSelf(args).Items, args[1:])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				r, err := Repr(th, args[1])
				if err != nil {
					return nil, err
				}
				return nil, ValueErrorf("%s is not in list", r)
			}
			return Int(i), nil
		},
		"count": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("count", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := seqCount(th, listSelf(args).Items, args[1])
			return Int(n), err
		},
		"reverse": func(th *Thread, args []Value, kw []string) (Value, error) {
			items := listSelf(args).Items
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
			return None, nil
		},
		"sort": func(th *Thread, args []Value, kw []string) (Value, error) {
			var key Value
			reverse := false
			if err := UnpackArgs("sort", args[1:], kw, "$key?", &key, "$reverse?", &reverse); err != nil {
				return nil, err
			}
			l := listSelf(args)
			items := l.Items
			l.Items = nil // CPython empties the list while sorting
			err := SortValues(th, items, key, reverse)
			if l.Items != nil && err == nil {
				err = ValueErrorf("list modified during sort")
			}
			l.Items = items
			return None, err
		},
		"copy": func(th *Thread, args []Value, kw []string) (Value, error) {
			return &List{Items: append([]Value(nil), listSelf(args).Items...)}, nil
		},
		"clear": func(th *Thread, args []Value, kw []string) (Value, error) {
			listSelf(args).Items = nil
			return None, nil
		},
		"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Int(len(listSelf(args).Items)), nil
		},
		"__getitem__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return getItem(th, args[0], args[1])
		},
		"__setitem__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, setItem(th, args[0], args[1], args[2])
		},
		"__delitem__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, delItem(th, args[0], args[1])
		},
		"__contains__": func(th *Thread, args []Value, kw []string) (Value, error) {
			r, err := contains(th, args[0], args[1])
			return Bool(r), err
		},
		"__iter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return listSelf(args).Iter(), nil
		},
		"__reversed__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Reversed(th, args[0])
		},
	})
	addMethods(TupleType, map[string]BuiltinFunc{
		"index": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("index", args[1:], kw, 1, 3); err != nil {
				return nil, err
			}
			i, err := seqIndexOf(th, args[0].(Tuple), args[1:])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				return nil, ValueErrorf("tuple.index(x): x not in tuple")
			}
			return Int(i), nil
		},
		"count": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("count", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := seqCount(th, args[0].(Tuple), args[1])
			return Int(n), err
		},
		"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Int(len(args[0].(Tuple))), nil
		},
		"__getitem__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return getItem(th, args[0], args[1])
		},
		"__contains__": func(th *Thread, args []Value, kw []string) (Value, error) {
			r, err := contains(th, args[0], args[1])
			return Bool(r), err
		},
		"__iter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return args[0].(Tuple).Iter(), nil
		},
	})

	// int
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
			switch order {
			case "big":
			case "little":
				for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
					out[i], out[j] = out[j], out[i]
				}
			default:
				return nil, ValueErrorf("byteorder must be either 'little' or 'big'")
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
		switch order {
		case "big":
		case "little":
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
		default:
			return nil, ValueErrorf("byteorder must be either 'little' or 'big'")
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

	// float
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

	// bytes
	bytesMethods := map[string]BuiltinFunc{
		"decode": func(th *Thread, args []Value, kw []string) (Value, error) {
			enc, errs := "utf-8", "strict"
			if err := UnpackArgs("decode", args[1:], kw, "encoding?", &enc, "errors?", &errs); err != nil {
				return nil, err
			}
			s, err := Decode(bytesOf(args[0]), enc, errs)
			return Str(s), err
		},
		"hex": func(th *Thread, args []Value, kw []string) (Value, error) {
			const digits = "0123456789abcdef"
			b := bytesOf(args[0])
			out := make([]byte, 0, 2*len(b))
			for _, c := range b {
				out = append(out, digits[c>>4], digits[c&15])
			}
			return Str(out), nil
		},
		"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Int(len(bytesOf(args[0]))), nil
		},
		"startswith": func(th *Thread, args []Value, kw []string) (Value, error) {
			p, ok := args[1].(Bytes)
			return Bool(ok && strings.HasPrefix(string(bytesOf(args[0])), string(p))), nil
		},
		"endswith": func(th *Thread, args []Value, kw []string) (Value, error) {
			p, ok := args[1].(Bytes)
			return Bool(ok && strings.HasSuffix(string(bytesOf(args[0])), string(p))), nil
		},
		"find": func(th *Thread, args []Value, kw []string) (Value, error) {
			p, ok := args[1].(Bytes)
			if !ok {
				return nil, TypeErrorf("argument should be integer or bytes-like object, not '%s'", args[1].Type().Name)
			}
			return Int(strings.Index(string(bytesOf(args[0])), string(p))), nil
		},
		"count": func(th *Thread, args []Value, kw []string) (Value, error) {
			p, ok := args[1].(Bytes)
			if !ok {
				return nil, TypeErrorf("argument should be integer or bytes-like object, not '%s'", args[1].Type().Name)
			}
			return Int(strings.Count(string(bytesOf(args[0])), string(p))), nil
		},
		"split": func(th *Thread, args []Value, kw []string) (Value, error) {
			s := string(bytesOf(args[0]))
			var parts []string
			if len(args) < 2 || args[1] == None {
				parts = strings.Fields(s)
			} else {
				sep, _ := args[1].(Bytes)
				parts = strings.Split(s, string(sep))
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = Bytes(p)
			}
			return &List{Items: out}, nil
		},
		"strip": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Bytes(strings.TrimSpace(string(bytesOf(args[0])))), nil
		},
		"upper": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Bytes(strings.ToUpper(string(bytesOf(args[0])))), nil
		},
		"lower": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Bytes(strings.ToLower(string(bytesOf(args[0])))), nil
		},
		"replace": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("replace", args[1:], kw, 2, 3); err != nil {
				return nil, err
			}
			o, _ := args[1].(Bytes)
			n, _ := args[2].(Bytes)
			return Bytes(strings.Replace(string(bytesOf(args[0])), string(o), string(n), -1)), nil
		},
		"join": func(th *Thread, args []Value, kw []string) (Value, error) {
			items, err := Items(th, args[1])
			if err != nil {
				return nil, err
			}
			parts := make([]string, len(items))
			for i, it := range items {
				switch b := it.(type) {
				case Bytes:
					parts[i] = string(b)
				case *ByteArray:
					parts[i] = string(b.B)
				default:
					return nil, TypeErrorf("sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
				}
			}
			return Bytes(strings.Join(parts, string(bytesOf(args[0])))), nil
		},
	}
	addMethods(BytesType, bytesMethods)
	addMethods(ByteArrayType, bytesMethods)
	addMethods(ByteArrayType, map[string]BuiltinFunc{
		"append": func(th *Thread, args []Value, kw []string) (Value, error) {
			n, ok := IndexValue(args[1])
			if !ok || n < 0 || n > 255 {
				return nil, ValueErrorf("byte must be in range(0, 256)")
			}
			ba := args[0].(*ByteArray)
			ba.B = append(ba.B, byte(n))
			return None, nil
		},
		"extend": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, err := bytesFromArgs(th, "bytearray", args[1:2], nil)
			if err != nil {
				return nil, err
			}
			ba := args[0].(*ByteArray)
			ba.B = append(ba.B, s...)
			return None, nil
		},
	})
	BytesType.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(th *Thread, args []Value, kw []string) (Value, error) {
		s, _ := args[1].(Str)
		t := strings.ReplaceAll(string(s), " ", "")
		if len(t)%2 != 0 {
			return nil, ValueErrorf("non-hexadecimal number found in fromhex() arg at position %d", len(t))
		}
		out := make([]byte, len(t)/2)
		for i := range out {
			v, err := strconv.ParseUint(t[2*i:2*i+2], 16, 8)
			if err != nil {
				return nil, ValueErrorf("non-hexadecimal number found in fromhex() arg at position %d", 2*i)
			}
			out[i] = byte(v)
		}
		return Bytes(out), nil
	})})
}

func bytesOf(v Value) []byte {
	switch b := unwrapBase(v).(type) {
	case Bytes:
		return []byte(b)
	case *ByteArray:
		return b.B
	}
	return nil
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
