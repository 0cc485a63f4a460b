package pystruct

import (
	"math"
	"math/big"

	"github.com/aiolang/aio/runtime"
)

func newBigUint(u uint64) *big.Int { return new(big.Int).SetUint64(u) }

// float16bits converts to IEEE 754 half precision (round to nearest even).
func float16bits(f float64) uint16 {
	bits := math.Float32bits(float32(f))
	sign := uint16(bits>>16) & 0x8000
	exp := int((bits>>23)&0xff) - 127 + 15
	mant := bits & 0x7fffff
	switch {
	case math.IsNaN(f):
		return sign | 0x7e00
	case exp >= 31:
		return sign | 0x7c00
	case exp <= 0:
		if exp < -10 {
			return sign
		}
		mant |= 0x800000
		shift := uint(14 - exp)
		half := mant >> shift
		rem := mant & (1<<shift - 1)
		mid := uint32(1) << (shift - 1)
		if rem > mid || (rem == mid && half&1 == 1) {
			half++
		}
		return sign | uint16(half)
	}
	half := uint16(exp)<<10 | uint16(mant>>13)
	rem := mant & 0x1fff
	if rem > 0x1000 || (rem == 0x1000 && half&1 == 1) {
		half++
	}
	return sign | half
}

// float16value converts IEEE 754 half precision to a float.
func float16value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	mant := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * mant * math.Pow(2, -24)
	case 31:
		if mant == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * (1 + mant/1024) * math.Pow(2, float64(exp-15))
}

// structValue is a compiled struct.Struct.
type structValue struct {
	source string
	ft     *format
	st     *module
}

var structType = newStructType()

// Type returns struct.Struct.
func (*structValue) Type() *runtime.Type { return structType }

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str("struct"))
	ns.SetStr("__qualname__", runtime.Str("error"))
	errType, err := runtime.NewClass(th, "error", []*runtime.Type{runtime.ExceptionType}, ns, nil)
	if err != nil {
		return nil, err
	}
	st := &module{errType: errType}
	m := runtime.NewModule("struct")
	m.Dict.SetStr("error", errType)
	m.Dict.SetStr("Struct", structType)
	formatArg := func(v runtime.Value) (*format, error) {
		var s string
		switch x := v.(type) {
		case runtime.Str:
			s = string(x)
		case runtime.Bytes:
			s = string(x)
		case *structValue:
			return x.ft, nil
		default:
			return nil, runtime.TypeErrorf("Struct() argument 1 must be a str or bytes object, not %s", v.Type().Name)
		}
		return st.parse(s)
	}
	// formatAndBuffer reads the (format, buffer) arguments of the unpack functions.
	formatAndBuffer := func(args []runtime.Value) (*format, []byte, error) {
		ft, err := formatArg(args[0])
		if err != nil {
			return nil, nil, err
		}
		b, err := runtime.BytesLike(args[1])
		return ft, b, err
	}
	m.AddFunc("calcsize", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 {
			return nil, runtime.TypeErrorf("calcsize() takes exactly one argument (%d given)", len(args))
		}
		ft, err := formatArg(args[0])
		if err != nil {
			return nil, err
		}
		return runtime.Int(ft.size), nil
	})
	m.AddFunc("pack", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("pack expected at least 1 argument, got 0")
		}
		ft, err := formatArg(args[0])
		if err != nil {
			return nil, err
		}
		b, err := st.pack(th, ft, args[1:])
		if err != nil {
			return nil, err
		}
		return runtime.Bytes(b), nil
	})
	m.AddFunc("unpack", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 2 {
			return nil, runtime.TypeErrorf("unpack expected 2 arguments, got %d", len(args))
		}
		ft, b, err := formatAndBuffer(args)
		if err != nil {
			return nil, err
		}
		return st.unpackExact(ft, b)
	})
	m.AddFunc("unpack_from", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 2 {
			return nil, runtime.TypeErrorf("unpack_from() missing required argument 'buffer' (pos 2)")
		}
		ft, b, err := formatAndBuffer(args)
		if err != nil {
			return nil, err
		}
		return st.unpackFrom(ft, b, args[2:])
	})
	m.AddFunc("iter_unpack", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 2 {
			return nil, runtime.TypeErrorf("iter_unpack expected 2 arguments, got %d", len(args))
		}
		ft, b, err := formatAndBuffer(args)
		if err != nil {
			return nil, err
		}
		if ft.size == 0 || len(b)%ft.size != 0 {
			return nil, st.errorf("iterative unpacking requires a buffer of a multiple of %d bytes", ft.size)
		}
		var out []runtime.Value
		for off := 0; off < len(b); off += ft.size {
			out = append(out, st.unpack(ft, b[off:off+ft.size]))
		}
		return runtime.Iter(th, runtime.NewList(out))
	})
	m.AddFunc("_compile", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 {
			return nil, runtime.TypeErrorf("Struct() takes exactly one argument")
		}
		ft, err := formatArg(args[0])
		if err != nil {
			return nil, err
		}
		src, _ := args[0].(runtime.Str)
		return &structValue{source: string(src), ft: ft, st: st}, nil
	})
	return m, nil
}

// unpackExact is unpack: b must hold exactly one record of ft.
func (st *module) unpackExact(ft *format, b []byte) (runtime.Value, error) {
	if len(b) != ft.size {
		return nil, st.errorf("unpack requires a buffer of %d bytes", ft.size)
	}
	return st.unpack(ft, b), nil
}

// unpackFrom is unpack_from: one record of ft read from b at the offset in rest
// (the arguments after the buffer; 0 when there are none).
func (st *module) unpackFrom(ft *format, b []byte, rest []runtime.Value) (runtime.Value, error) {
	off := 0
	if len(rest) > 0 {
		n, _ := runtime.AsInt64(rest[0])
		off = int(n)
	}
	if off < 0 || off+ft.size > len(b) {
		return nil, st.errorf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", off+ft.size, ft.size, off, len(b))
	}
	return st.unpack(ft, b[off:off+ft.size]), nil
}

// compileIn compiles a Struct in the interpreter th runs in (through its struct module).
func compileIn(th *runtime.Thread, args []runtime.Value) (runtime.Value, error) {
	m, err := th.Interp.ImportModule(th, "struct")
	if err != nil {
		return nil, err
	}
	fn, ok := m.Dict.GetStr("_compile")
	if !ok {
		return nil, runtime.RuntimeErrorf("struct module is incomplete")
	}
	return runtime.Call(th, fn, args, nil)
}

func newStructType() *runtime.Type {
	t := runtime.NewBuiltinType("Struct", "struct", nil, false)
	t.New = func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return compileIn(th, args)
	}
	method := func(name string, fn func(th *runtime.Thread, s *structValue, args []runtime.Value) (runtime.Value, error)) {
		runtime.AddMethod(t, name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			s, ok := args[0].(*structValue)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor '%s' requires a 'struct.Struct' object", name)
			}
			return fn(th, s, args[1:])
		})
	}
	method("pack", func(th *runtime.Thread, s *structValue, args []runtime.Value) (runtime.Value, error) {
		b, err := s.st.pack(th, s.ft, args)
		if err != nil {
			return nil, err
		}
		return runtime.Bytes(b), nil
	})
	method("unpack", func(th *runtime.Thread, s *structValue, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 1 {
			return nil, runtime.TypeErrorf("unpack() takes exactly one argument (%d given)", len(args))
		}
		b, err := runtime.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		return s.st.unpackExact(s.ft, b)
	})
	method("unpack_from", func(th *runtime.Thread, s *structValue, args []runtime.Value) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("unpack_from() missing required argument 'buffer' (pos 1)")
		}
		b, err := runtime.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		return s.st.unpackFrom(s.ft, b, args[1:])
	})
	prop := func(name string, get func(s *structValue) runtime.Value) {
		t.Dict.SetStr(name, &runtime.Property{Get: runtime.NewBuiltin(name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			s, ok := args[0].(*structValue)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor '%s' requires a 'struct.Struct' object", name)
			}
			return get(s), nil
		})})
	}
	prop("size", func(s *structValue) runtime.Value { return runtime.Int(s.ft.size) })
	prop("format", func(s *structValue) runtime.Value { return runtime.Str(s.source) })
	return t
}
