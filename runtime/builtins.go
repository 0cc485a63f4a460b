package runtime

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// newBuiltinsModule builds the builtins module of an interpreter.
func newBuiltinsModule(in *Interp) *Module {
	m := NewModule("builtins")
	d := m.Dict
	for name, fn := range builtinFuncs {
		d.SetStr(name, &Builtin{Name: name, Fn: fn})
	}
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType,
		BytesType, ByteArrayType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType,
		SliceType, PropertyType, ClassMethodType, StaticMethodType, SuperType, EnumerateType, ZipType,
		MapType, FilterType, ReversedType} {
		d.SetStr(t.Name, t)
	}
	for _, t := range builtinExceptionTypes {
		d.SetStr(t.Name, t)
	}
	for name, t := range excAliases {
		d.SetStr(name, t)
	}
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("__debug__", True)
	d.SetStr("exit", &quitter{"exit"})
	d.SetStr("quit", &quitter{"quit"})
	return m
}

// builtinFuncs are the functions of the builtins module (immutable after init).
var builtinFuncs map[string]BuiltinFunc

func init() {
	builtinFuncs = map[string]BuiltinFunc{
		"print":      builtinPrint,
		"len":        builtinLen,
		"repr":       builtinRepr,
		"ascii":      builtinASCII,
		"abs":        builtinAbs,
		"isinstance": builtinIsInstance,
		"issubclass": builtinIsSubclass,
		"id": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("id", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return Int(ID(args[0])), nil
		},
		"hash": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("hash", args, kw, 1, 1); err != nil {
				return nil, err
			}
			h, err := Hash(th, args[0])
			return Int(h), err
		},
		"callable": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("callable", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return Bool(IsCallable(args[0])), nil
		},
		"iter":    builtinIter,
		"next":    builtinNext,
		"getattr": builtinGetattr,
		"setattr": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("setattr", args, kw, 3, 3); err != nil {
				return nil, err
			}
			name, ok := args[1].(Str)
			if !ok {
				return nil, TypeErrorf("attribute name must be string, not '%s'", args[1].Type().Name)
			}
			return None, SetAttr(th, args[0], string(name), args[2])
		},
		"delattr": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("delattr", args, kw, 2, 2); err != nil {
				return nil, err
			}
			name, ok := args[1].(Str)
			if !ok {
				return nil, TypeErrorf("attribute name must be string, not '%s'", args[1].Type().Name)
			}
			return None, DelAttr(th, args[0], string(name))
		},
		"hasattr": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("hasattr", args, kw, 2, 2); err != nil {
				return nil, err
			}
			name, ok := args[1].(Str)
			if !ok {
				return nil, TypeErrorf("attribute name must be string, not '%s'", args[1].Type().Name)
			}
			r, err := HasAttr(th, args[0], string(name))
			return Bool(r), err
		},
		"sorted": builtinSorted,
		"min":    func(th *Thread, args []Value, kw []string) (Value, error) { return minMax(th, "min", args, kw, OpLt) },
		"max":    func(th *Thread, args []Value, kw []string) (Value, error) { return minMax(th, "max", args, kw, OpGt) },
		"sum":    builtinSum,
		"any": func(th *Thread, args []Value, kw []string) (Value, error) {
			return anyAll(th, "any", args, kw, true)
		},
		"all": func(th *Thread, args []Value, kw []string) (Value, error) {
			return anyAll(th, "all", args, kw, false)
		},
		"round":  builtinRound,
		"divmod": builtinDivmod,
		"pow":    builtinPow,
		"hex": func(th *Thread, args []Value, kw []string) (Value, error) {
			return intToBase(th, "hex", args, kw, 16, "0x")
		},
		"oct": func(th *Thread, args []Value, kw []string) (Value, error) {
			return intToBase(th, "oct", args, kw, 8, "0o")
		},
		"bin": func(th *Thread, args []Value, kw []string) (Value, error) {
			return intToBase(th, "bin", args, kw, 2, "0b")
		},
		"chr": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("chr", args, kw, 1, 1); err != nil {
				return nil, err
			}
			iv, err := Index(th, args[0])
			if err != nil {
				return nil, err
			}
			n, ok := IndexValue(iv)
			if !ok || n < 0 || n > 0x10ffff {
				if !ok {
					return nil, OverflowErrorf("Python int too large to convert to C int")
				}
				return nil, ValueErrorf("chr() arg not in range(0x110000)")
			}
			return Str(string(rune(n))), nil
		},
		"ord": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("ord", args, kw, 1, 1); err != nil {
				return nil, err
			}
			switch s := args[0].(type) {
			case Str:
				rs := []rune(string(s))
				if len(rs) != 1 {
					return nil, TypeErrorf("ord() expected a character, but string of length %d found", len(rs))
				}
				return Int(rs[0]), nil
			case Bytes:
				if len(s) != 1 {
					return nil, TypeErrorf("ord() expected a character, but string of length %d found", len(s))
				}
				return Int(s[0]), nil
			}
			return nil, TypeErrorf("ord() expected string of length 1, but %s found", args[0].Type().Name)
		},
		"format": func(th *Thread, args []Value, kw []string) (Value, error) {
			var v Value
			spec := ""
			if err := UnpackArgs("format", args, kw, "value", &v, "format_spec?", &spec); err != nil {
				return nil, err
			}
			s, err := Format(th, v, spec)
			return Str(s), err
		},
		"vars":       builtinVars,
		"dir":        builtinDir,
		"input":      builtinInput,
		"open":       builtinOpen,
		"globals":    builtinGlobals,
		"locals":     builtinLocals,
		"exec":       builtinExec,
		"aiter":      builtinAiter,
		"__import__": builtinImport,
		"anext":      builtinAnext,
		"eval":       builtinEval,
	}
}

func builtinLen(th *Thread, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) > 0 {
		return nil, CheckArity("len", args, kw, 1, 1)
	}
	n, err := Len(th, args[0])
	return MakeInt(int64(n)), err
}

func builtinRepr(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("repr", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, err := Repr(th, args[0])
	return Str(s), err
}

func builtinASCII(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("ascii", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, err := Repr(th, args[0])
	if err != nil {
		return nil, err
	}
	return Str(asciiEscape(s)), nil
}

func asciiEscape(s string) string {
	if isASCII(s) {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			sb.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&sb, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&sb, "\\u%04x", r)
		default:
			fmt.Fprintf(&sb, "\\U%08x", r)
		}
	}
	return sb.String()
}

func builtinAbs(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("abs", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return Abs(th, args[0])
}

// Abs implements abs(v).
func Abs(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		if x < 0 {
			return Unary(th, OpNeg, x)
		}
		return x, nil
	case Bool:
		n, _ := AsInt64(x)
		return Int(n), nil
	case *BigInt:
		return IntFromBig(new(big.Int).Abs(&x.b)), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	case Complex:
		return Float(math.Hypot(real(x), imag(x))), nil
	}
	if f, ok := v.Type().Lookup("__abs__"); ok {
		return callDunder0(th, f, v)
	}
	if o, ok := v.(*Object); ok && o.Base != nil {
		return Abs(th, o.Base)
	}
	return nil, TypeErrorf("bad operand type for abs(): '%s'", v.Type().Name)
}

// IsInstanceOfClassInfo implements isinstance(v, classinfo) (a class or nested tuples).
func IsInstanceOfClassInfo(th *Thread, v Value, info Value) (bool, error) {
	switch c := info.(type) {
	case *Type:
		if v.Type().IsSubtype(c) {
			return true, nil
		}
		if f, ok := userMethod(c.Type(), "__instancecheck__"); ok {
			r, err := callDunder(th, f, c, v)
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}
		return false, nil
	case Tuple:
		for _, x := range c {
			ok, err := IsInstanceOfClassInfo(th, v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		return IsInstanceOfClassInfo(th, v, c.Args)
	case *GenericAlias:
		return false, TypeErrorf("isinstance() argument 2 cannot be a parameterized generic")
	}
	return false, TypeErrorf("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func builtinIsInstance(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("isinstance", args, kw, 2, 2); err != nil {
		return nil, err
	}
	r, err := IsInstanceOfClassInfo(th, args[0], args[1])
	return Bool(r), err
}

// IsSubclassOfClassInfo implements issubclass(c, classinfo).
func IsSubclassOfClassInfo(th *Thread, c Value, info Value) (bool, error) {
	ct, ok := c.(*Type)
	if !ok {
		return false, TypeErrorf("issubclass() arg 1 must be a class")
	}
	switch x := info.(type) {
	case *Type:
		if ct.IsSubtype(x) {
			return true, nil
		}
		if f, ok := userMethod(x.Type(), "__subclasscheck__"); ok {
			r, err := callDunder(th, f, x, c)
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}
		return false, nil
	case Tuple:
		for _, e := range x {
			ok, err := IsSubclassOfClassInfo(th, c, e)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionType:
		return IsSubclassOfClassInfo(th, c, x.Args)
	}
	return false, TypeErrorf("issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtinIsSubclass(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("issubclass", args, kw, 2, 2); err != nil {
		return nil, err
	}
	r, err := IsSubclassOfClassInfo(th, args[0], args[1])
	return Bool(r), err
}

func builtinIter(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("iter", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		if !IsCallable(args[0]) {
			return nil, TypeErrorf("iter(v, w): v must be callable")
		}
		return &callableIter{fn: args[0], sentinel: args[1]}, nil
	}
	return Iter(th, args[0])
}

func builtinNext(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("next", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if _, ok := args[0].(Iterator); !ok {
		if _, ok := args[0].Type().Lookup("__next__"); !ok {
			return nil, TypeErrorf("'%s' object is not an iterator", args[0].Type().Name)
		}
		r, err := callDunder0(th, mustLookup(args[0].Type(), "__next__"), args[0])
		if err != nil && len(args) == 2 && IsInstanceOf(err, StopIterationType) {
			return args[1], nil
		}
		return r, err
	}
	if r, ok := args[0].(Resumable); ok {
		// a generator: its return value travels in StopIteration.value (vm engineer's fix)
		v, st, err := r.Send(th, None)
		if err == nil && st == Yielded {
			return v, nil
		}
		if err == nil {
			err = StopIteration(v)
		}
		if len(args) == 2 && IsInstanceOf(err, StopIterationType) {
			return args[1], nil
		}
		return nil, err
	}
	v, ok, err := Next(th, args[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, StopIteration(nil)
	}
	return v, nil
}

func mustLookup(t *Type, name string) Value {
	v, _ := t.Lookup(name)
	return v
}

func builtinGetattr(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("getattr", args, kw, 2, 3); err != nil {
		return nil, err
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, TypeErrorf("attribute name must be string, not '%s'", args[1].Type().Name)
	}
	if len(args) == 3 {
		v, ok, err := LookupAttr(th, args[0], string(name))
		if err != nil {
			if IsInstanceOf(err, AttributeErrorType) {
				return args[2], nil
			}
			return nil, err
		}
		if !ok {
			return args[2], nil
		}
		return v, nil
	}
	return GetAttr(th, args[0], string(name))
}

func minMax(th *Thread, name string, args []Value, kw []string, op CompareOp) (Value, error) {
	npos := len(args) - len(kw)
	var key, def Value
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
			if key == None {
				key = nil
			}
		case "default":
			def = args[npos+i]
		default:
			return nil, TypeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if npos == 0 {
		return nil, TypeErrorf("%s expected at least 1 argument, got 0", name)
	}
	var items []Value
	if npos == 1 {
		var err error
		if items, err = Items(th, args[0]); err != nil {
			return nil, err
		}
	} else {
		if def != nil {
			return nil, TypeErrorf("Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args[:npos]
	}
	if len(items) == 0 {
		if def != nil {
			return def, nil
		}
		return nil, ValueErrorf("%s() arg is an empty sequence", name)
	}
	best := items[0]
	var bestKey Value = best
	if key != nil {
		k, err := Call(th, key, []Value{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, it := range items[1:] {
		k := it
		if key != nil {
			var err error
			if k, err = Call(th, key, []Value{it}, nil); err != nil {
				return nil, err
			}
		}
		better, err := CompareBool(th, op, k, bestKey)
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = it, k
		}
	}
	return best, nil
}

func builtinSum(th *Thread, args []Value, kw []string) (Value, error) {
	var it Value
	var start Value = Int(0)
	if err := UnpackArgs("sum", args, kw, "iterable", &it, "start?", &start); err != nil {
		return nil, err
	}
	switch start.(type) {
	case Str:
		return nil, TypeErrorf("sum() can't sum strings [use ''.join(seq) instead]")
	case Bytes:
		return nil, TypeErrorf("sum() can't sum bytes [use b''.join(seq) instead]")
	case *ByteArray:
		return nil, TypeErrorf("sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	s := sumState{acc: start}
	switch x := start.(type) {
	case Int:
		s.mode, s.n = sumInt, int64(x)
	case Float:
		s.mode, s.f = sumFloat, float64(x)
	}
	if l, ok := it.(*List); ok {
		for i := 0; i < len(l.Items); i++ { // (an __add__ may change the list)
			if err := s.add(th, l.Items[i]); err != nil {
				return nil, err
			}
		}
	} else if err := ForEach(th, it, func(v Value) error { return s.add(th, v) }); err != nil {
		return nil, err
	}
	return s.result(), nil
}

// sumState is sum()'s accumulator. Like CPython's, it adds exact ints in a machine
// integer and floats (and ints that fit) in a machine float while it can, without boxing
// the partial sums; otherwise, and from the first item that does not fit on, it adds with
// the + operator.
type sumState struct {
	mode int
	n    int64   // the sum so far (mode sumInt)
	f    float64 // the sum so far (mode sumFloat)
	acc  Value   // the sum so far (mode sumGeneric)
}

const (
	sumGeneric = iota
	sumInt
	sumFloat
)

func (s *sumState) add(th *Thread, v Value) error {
	switch s.mode {
	case sumInt:
		var x int64
		switch y := v.(type) {
		case Int:
			x = int64(y)
		case Bool:
			if y {
				x = 1
			}
		default:
			s.mode, s.acc = sumGeneric, MakeInt(s.n)
			if f, ok := v.(Float); ok {
				// int + float is a float: go on in the float mode
				s.mode, s.f = sumFloat, float64(s.n)+float64(f)
				return nil
			}
			return s.addGeneric(th, v)
		}
		if r := s.n + x; (r^s.n)&(r^x) >= 0 {
			s.n = r
			return nil
		}
		s.mode, s.acc = sumGeneric, MakeInt(s.n) // overflow: big ints from here
		return s.addGeneric(th, v)
	case sumFloat:
		switch y := v.(type) {
		case Float:
			s.f += float64(y)
			return nil
		case Int:
			s.f += float64(y)
			return nil
		case Bool:
			if y {
				s.f++
			}
			return nil
		}
		s.mode, s.acc = sumGeneric, Float(s.f)
	}
	return s.addGeneric(th, v)
}

func (s *sumState) addGeneric(th *Thread, v Value) error {
	r, err := Binary(th, OpAdd, s.acc, v)
	if err != nil {
		return err
	}
	s.acc = r
	if f, ok := r.(Float); ok {
		s.mode, s.f = sumFloat, float64(f)
	}
	return nil
}

func (s *sumState) result() Value {
	switch s.mode {
	case sumInt:
		return MakeInt(s.n)
	case sumFloat:
		return Float(s.f)
	}
	return s.acc
}

func anyAll(th *Thread, name string, args []Value, kw []string, want bool) (Value, error) {
	if err := CheckArity(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return Bool(!want), nil
		}
		b, err := Truth(th, v)
		if err != nil {
			return nil, err
		}
		if b == want {
			return Bool(want), nil
		}
	}
}

func builtinRound(th *Thread, args []Value, kw []string) (Value, error) {
	var x, nd Value
	if err := UnpackArgs("round", args, kw, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	if nd == None {
		nd = nil
	}
	switch v := x.(type) {
	case Int, Bool, *BigInt:
		if nd == nil {
			return ToInt(th, v)
		}
		n, ok := IndexValue(nd)
		if !ok {
			return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", nd.Type().Name)
		}
		if n >= 0 {
			return ToInt(th, v)
		}
		// round to a multiple of 10**-n, half to even
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		b := toBig(v)
		q, r := new(big.Int).DivMod(b, p, new(big.Int))
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return IntFromBig(q.Mul(q, p)), nil
	case Float:
		f := float64(v)
		if nd == nil {
			r := math.RoundToEven(f)
			return FloatToInt(r)
		}
		n, ok := IndexValue(nd)
		if !ok {
			return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", nd.Type().Name)
		}
		return Float(roundFloat(f, int(n))), nil
	}
	if f, ok := x.Type().Lookup("__round__"); ok {
		if nd == nil {
			return callDunder0(th, f, x)
		}
		return callDunder(th, f, x, nd)
	}
	return nil, TypeErrorf("type %s doesn't define __round__ method", x.Type().Name)
}

// roundFloat is float.__round__(ndigits): correctly rounded, half to even on the exact
// binary value (like CPython's dtoa-based implementation).
func roundFloat(f float64, n int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if n > 323 {
		return f
	}
	if n < -308 {
		return math.Copysign(0, f)
	}
	if n >= 0 {
		s := strconv.FormatFloat(f, 'f', n, 64)
		r, _ := strconv.ParseFloat(s, 64)
		return r
	}
	p := math.Pow(10, float64(-n))
	y := f / p
	z := math.RoundToEven(y)
	if math.Abs(y-z) == 0.5 {
		z = 2 * math.RoundToEven(y/2)
	}
	r := z * p
	if math.IsInf(r, 0) {
		return f
	}
	return r
}

func builtinDivmod(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("divmod", args, kw, 2, 2); err != nil {
		return nil, err
	}
	return DivMod(th, args[0], args[1])
}

// DivMod implements divmod(a, b).
func DivMod(th *Thread, a, b Value) (Value, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y != 0 && !(x == math.MinInt64 && y == -1) {
			q, _ := intBinary(OpFloorDiv, int64(x), int64(y))
			m, _ := intBinary(OpMod, int64(x), int64(y))
			return Tuple{q, m}, nil
		}
	}
	ka, kb := numKind(a), numKind(b)
	if ka != 0 && kb != 0 && ka < 4 && kb < 4 {
		if ka == 3 || kb == 3 {
			x, err := toFloat(a)
			if err != nil {
				return nil, err
			}
			y, err := toFloat(b)
			if err != nil {
				return nil, err
			}
			if y == 0 {
				return nil, ZeroDivisionErrorf("float divmod()")
			}
			q, m := floatDivMod(x, y)
			return Tuple{Float(q), Float(m)}, nil
		}
		q, err := bigBinary(OpFloorDiv, toBig(a), toBig(b))
		if err != nil {
			return nil, err
		}
		m, err := bigBinary(OpMod, toBig(a), toBig(b))
		if err != nil {
			return nil, err
		}
		return Tuple{q, m}, nil
	}
	if f, ok := userMethod(a.Type(), "__divmod__"); ok {
		r, err := callDunder(th, f, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if f, ok := userMethod(b.Type(), "__rdivmod__"); ok {
		r, err := callDunder(th, f, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, TypeErrorf("unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
}

func builtinPow(th *Thread, args []Value, kw []string) (Value, error) {
	var base, exp, mod Value
	if err := UnpackArgs("pow", args, kw, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	if mod == nil || mod == None {
		return Binary(th, OpPow, base, exp)
	}
	if !isIntLike(base) || !isIntLike(exp) || !isIntLike(mod) {
		return nil, TypeErrorf("pow() 3rd argument not allowed unless all arguments are integers")
	}
	m := toBig(mod)
	if m.Sign() == 0 {
		return nil, ValueErrorf("pow() 3rd argument cannot be 0")
	}
	b, e := new(big.Int).Set(toBig(base)), new(big.Int).Set(toBig(exp))
	am := new(big.Int).Abs(m)
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(b, am), am)
		if inv == nil {
			return nil, ValueErrorf("base is not invertible for the given modulus")
		}
		b, e = inv, e.Neg(e)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(b, am), e, am)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return IntFromBig(r), nil
}

func intToBase(th *Thread, name string, args []Value, kw []string, base int, prefix string) (Value, error) {
	if err := CheckArity(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	iv, err := Index(th, args[0])
	if err != nil {
		return nil, err
	}
	b := toBig(iv)
	if b.Sign() < 0 {
		return Str("-" + prefix + new(big.Int).Neg(b).Text(base)), nil
	}
	return Str(prefix + b.Text(base)), nil
}

func builtinVars(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("vars", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return builtinLocals(th, nil, nil)
	}
	v, ok, err := LookupAttr(th, args[0], "__dict__")
	if err != nil || !ok {
		return nil, TypeErrorf("vars() argument must have __dict__ attribute")
	}
	return v, nil
}

// Dir returns the sorted attribute names of v (dir(v)).
func Dir(th *Thread, v Value) (*List, error) {
	if f, ok := userMethod(v.Type(), "__dir__"); ok {
		r, err := callDunder0(th, f, v)
		if err != nil {
			return nil, err
		}
		items, err := ToSlice(th, r)
		if err != nil {
			return nil, err
		}
		if err := SortValues(th, items, nil, false); err != nil {
			return nil, err
		}
		return &List{Items: items}, nil
	}
	names := map[string]bool{}
	addDict := func(d *Dict) {
		if d == nil {
			return
		}
		d.Items(func(k, _ Value) bool {
			if s, ok := k.(Str); ok {
				names[string(s)] = true
			}
			return true
		})
	}
	switch x := v.(type) {
	case *Module:
		addDict(x.Dict)
	case *Type:
		for _, m := range x.MRO {
			addDict(m.Dict)
		}
	default:
		switch o := v.(type) {
		case *Object:
			addDict(o.Dict())
		case *Exception:
			addDict(o.Dict)
		}
		for _, m := range v.Type().MRO {
			addDict(m.Dict)
		}
	}
	out := make([]Value, 0, len(names))
	for n := range names {
		out = append(out, Str(n))
	}
	slices.SortFunc(out, func(a, b Value) int { return strings.Compare(string(a.(Str)), string(b.(Str))) })
	return &List{Items: out}, nil
}

func builtinDir(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("dir", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		l, err := builtinLocals(th, nil, nil)
		if err != nil {
			return nil, err
		}
		keys := l.(*Dict).Keys()
		SortValues(th, keys, nil, false)
		return &List{Items: keys}, nil
	}
	return Dir(th, args[0])
}

func builtinGlobals(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("globals", args, kw, 0, 0); err != nil {
		return nil, err
	}
	if th.Interp.Hooks.Globals == nil {
		return nil, RuntimeErrorf("globals(): no frame")
	}
	return th.Interp.Hooks.Globals(th), nil
}

func builtinLocals(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("locals", args, kw, 0, 0); err != nil {
		return nil, err
	}
	if th.Interp.Hooks.Locals == nil {
		return nil, RuntimeErrorf("locals(): no frame")
	}
	return th.Interp.Hooks.Locals(th)
}

func execArgs(th *Thread, name string, args []Value, kw []string) (string, *Dict, *Dict, error) {
	var src, g, l Value
	if err := UnpackArgs(name, args, kw, "source", &src, "globals?", &g, "locals?", &l); err != nil {
		return "", nil, nil, err
	}
	s, ok := src.(Str)
	if !ok {
		return "", nil, nil, TypeErrorf("%s() arg 1 must be a string, bytes or code object", name)
	}
	gd, _ := g.(*Dict)
	ld, _ := l.(*Dict)
	return string(s), gd, ld, nil
}

func builtinExec(th *Thread, args []Value, kw []string) (Value, error) {
	src, g, l, err := execArgs(th, "exec", args, kw)
	if err != nil {
		return nil, err
	}
	if th.Interp.Hooks.Exec == nil {
		return nil, Errorf(NotImplementedErrorType, "exec() is not available")
	}
	return None, th.Interp.Hooks.Exec(th, src, g, l)
}

func builtinEval(th *Thread, args []Value, kw []string) (Value, error) {
	src, g, l, err := execArgs(th, "eval", args, kw)
	if err != nil {
		return nil, err
	}
	if th.Interp.Hooks.Eval == nil {
		return nil, Errorf(NotImplementedErrorType, "eval() is not available")
	}
	return th.Interp.Hooks.Eval(th, src, g, l)
}
