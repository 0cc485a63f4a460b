package runtime

import (
	"strconv"
	"strings"
)

// The methods of bytes and bytearray.

func init() {
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

// latin1 maps bytes to a str of the code points 0-255 (and back), so that bytes methods
// can reuse the str implementations (which only treat ASCII specially in these cases).
func latin1(b []byte) Str {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return Str(string(rs))
}

func unLatin1(s Str) Bytes {
	out := make([]byte, 0, len(s))
	for _, r := range string(s) {
		out = append(out, byte(r))
	}
	return Bytes(out)
}

func toLatin1Arg(v Value) Value {
	switch x := v.(type) {
	case Bytes:
		return latin1([]byte(x))
	case *ByteArray:
		return latin1(x.B)
	case Tuple:
		out := make(Tuple, len(x))
		for i, e := range x {
			out[i] = toLatin1Arg(e)
		}
		return out
	case *List:
		out := make([]Value, len(x.Items))
		for i, e := range x.Items {
			out[i] = toLatin1Arg(e)
		}
		return &List{Items: out}
	}
	return v
}

func fromLatin1Result(v Value, array bool) Value {
	switch x := v.(type) {
	case Str:
		b := unLatin1(x)
		if array {
			return &ByteArray{B: []byte(b)}
		}
		return b
	case Tuple:
		out := make(Tuple, len(x))
		for i, e := range x {
			out[i] = fromLatin1Result(e, array)
		}
		return out
	case *List:
		for i, e := range x.Items {
			x.Items[i] = fromLatin1Result(e, array)
		}
		return x
	}
	return v
}

func init() {
	for _, name := range []string{"split", "rsplit", "strip", "lstrip", "rstrip", "replace", "startswith",
		"endswith", "find", "rfind", "index", "rindex", "count", "upper", "lower", "title", "capitalize",
		"swapcase", "center", "ljust", "rjust", "zfill", "partition", "rpartition", "join", "isdigit",
		"isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "splitlines", "expandtabs",
		"removeprefix", "removesuffix"} {
		for _, t := range []*Type{BytesType, ByteArrayType} {
			if _, has := t.Dict.GetStr(name); has && name != "split" && name != "strip" && name != "replace" && name != "join" &&
				name != "startswith" && name != "endswith" && name != "find" && name != "count" && name != "upper" && name != "lower" {
				continue
			}
			array := t == ByteArrayType
			AddMethod(t, name, func(th *Thread, args []Value, kw []string) (Value, error) {
				conv := make([]Value, len(args))
				for i, a := range args {
					conv[i] = toLatin1Arg(a)
				}
				if name == "join" && len(args) == 2 {
					items, err := ToSlice(th, args[1])
					if err != nil {
						return nil, err
					}
					for i, it := range items {
						switch it.(type) {
						case Bytes, *ByteArray:
							items[i] = toLatin1Arg(it)
						default:
							return nil, TypeErrorf("sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
						}
					}
					conv[1] = &List{Items: items}
				}
				// looked up at call time: str's methods are installed by another init
				sm, ok := StrType.Dict.GetStr(name)
				if !ok {
					return nil, AttributeErrorf("'bytes' object has no attribute '%s'", name)
				}
				r, err := sm.(*MethodDescr).Fn(th, conv, kw)
				if err != nil {
					return nil, err
				}
				return fromLatin1Result(r, array), nil
			})
		}
	}
}
