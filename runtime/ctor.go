package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// Constructors of the built-in types (their Type.New and Type.Init).

func init() {
	NoneTypeType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			return nil, TypeErrorf("NoneType takes no arguments")
		}
		return None, nil
	}
	IntType.New = newInt
	BoolType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		var x Value = False
		if err := UnpackArgs("bool", args, kw, "x?", &x); err != nil {
			return nil, err
		}
		b, err := Truth(th, x)
		return Bool(b), err
	}
	FloatType.New = newFloat
	ComplexType.New = newComplex
	StrType.New = newStr
	BytesType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		b, err := bytesFromArgs(th, "bytes", args, kw)
		return Bytes(b), err
	}
	ByteArrayType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		return &ByteArray{}, nil
	}
	ByteArrayType.Init = func(th *Thread, self Value, args []Value, kw []string) error {
		b, err := bytesFromArgs(th, "bytearray", args, kw)
		if err != nil {
			return err
		}
		self.(*ByteArray).B = []byte(b)
		return nil
	}
	TupleType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		var it Value
		if err := UnpackArgs("tuple", args, kw, "iterable?", &it); err != nil {
			return nil, err
		}
		if it == nil {
			return EmptyTuple, nil
		}
		if tu, ok := it.(Tuple); ok {
			return tu, nil
		}
		items, err := ToSlice(th, it)
		return Tuple(items), err
	}
	ListType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		return &List{}, nil
	}
	ListType.Init = func(th *Thread, self Value, args []Value, kw []string) error {
		var it Value
		if err := UnpackArgs("list", args, kw, "iterable?", &it); err != nil {
			return err
		}
		l := self.(*List)
		l.Items = l.Items[:0]
		if it != nil {
			items, err := ToSlice(th, it)
			if err != nil {
				return err
			}
			l.Items = items
		}
		return nil
	}
	DictType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		return NewDict(), nil
	}
	DictType.Init = func(th *Thread, self Value, args []Value, kw []string) error {
		npos := len(args) - len(kw)
		if npos > 1 {
			return TypeErrorf("dict expected at most 1 argument, got %d", npos)
		}
		d := self.(*Dict)
		if npos == 1 {
			if err := dictUpdateFrom(th, d, args[0]); err != nil {
				return err
			}
		}
		for i, k := range kw {
			d.SetStr(k, args[npos+i])
		}
		return nil
	}
	SetType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		return NewSet(), nil
	}
	SetType.Init = func(th *Thread, self Value, args []Value, kw []string) error {
		if len(kw) > 0 {
			return TypeErrorf("set() takes no keyword arguments")
		}
		var it Value
		if err := UnpackArgs("set", args, kw, "iterable?", &it); err != nil {
			return err
		}
		s := self.(*Set)
		s.t.clear()
		if it != nil {
			return s.t.update(th, it)
		}
		return nil
	}
	FrozenSetType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		var it Value
		if err := UnpackArgs("frozenset", args, kw, "iterable?", &it); err != nil {
			return nil, err
		}
		if fs, ok := it.(*FrozenSet); ok {
			return fs, nil
		}
		s := &FrozenSet{}
		if it != nil {
			if err := s.t.update(th, it); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	RangeType.New = newRange
	SliceType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		if err := CheckArity("slice", args, kw, 1, 3); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &Slice{None, args[0], None}, nil
		case 2:
			return &Slice{args[0], args[1], None}, nil
		}
		return &Slice{args[0], args[1], args[2]}, nil
	}
	PropertyType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		p := &Property{}
		var fget, fset, fdel, doc Value
		if err := UnpackArgs("property", args, kw, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return nil, err
		}
		p.Get, p.Set, p.Del, p.Doc = noneToNil(fget), noneToNil(fset), noneToNil(fdel), doc
		return p, nil
	}
	ClassMethodType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		if err := CheckArity("classmethod", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return &ClassMethod{Func: args[0]}, nil
	}
	StaticMethodType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		if err := CheckArity("staticmethod", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return &StaticMethod{Func: args[0]}, nil
	}
	for _, t := range []*Type{ByteArrayType, ListType, DictType, SetType} {
		registerInit(t)
	}
	BaseExceptionType.Init = func(th *Thread, self Value, args []Value, kw []string) error {
		e, ok := self.(*Exception)
		if !ok {
			return nil
		}
		if len(kw) > 0 {
			return TypeErrorf("%s() takes no keyword arguments", e.typ.Name)
		}
		if sameValues(e.Args, args) {
			return nil // __new__ already stored these args: KeyError(k) copies them once
		}
		e.Args = append(Tuple(nil), args...)
		return nil
	}
}

func noneToNil(v Value) Value {
	if v == None {
		return nil
	}
	return v
}

func newInt(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
	var x, base Value
	if err := UnpackArgs("int", args, kw, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	if x == nil {
		if base != nil {
			return nil, TypeErrorf("int() missing string argument")
		}
		return Int(0), nil
	}
	if base != nil {
		b, ok := IndexValue(base)
		if !ok {
			return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", base.Type().Name)
		}
		var s string
		switch v := unwrapBase(x).(type) {
		case Str:
			s = string(v)
		case Bytes:
			s = string(v)
		case *ByteArray:
			s = string(v.B)
		default:
			return nil, TypeErrorf("int() can't convert non-string with explicit base")
		}
		if b != 0 && (b < 2 || b > 36) {
			return nil, ValueErrorf("int() base must be >= 2 and <= 36, or 0")
		}
		return ParseInt(s, int(b))
	}
	return ToInt(th, x)
}

// ToInt implements int(x) for one argument.
func ToInt(th *Thread, x Value) (Value, error) {
	switch v := x.(type) {
	case Int:
		return v, nil
	case *BigInt:
		return v, nil
	case Bool:
		n, _ := AsInt64(v)
		return Int(n), nil
	case Float:
		return FloatToInt(float64(v))
	case Str:
		return ParseInt(string(v), 10)
	case Bytes:
		return ParseInt(string(v), 10)
	case *ByteArray:
		return ParseInt(string(v.B), 10)
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if f, ok := userMethod(x.Type(), name); ok {
			r, err := callDunder0(th, f, x)
			if err != nil {
				return nil, err
			}
			if !isIntLike(r) {
				return nil, TypeErrorf("%s returned non-int (type %s)", name, r.Type().Name)
			}
			return unwrapBase(r), nil
		}
	}
	if o, ok := x.(*Object); ok && o.Base != nil {
		return ToInt(th, o.Base)
	}
	return nil, TypeErrorf("int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
}

// FloatToInt truncates a float to an int.
func FloatToInt(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return nil, OverflowErrorf("cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, ValueErrorf("cannot convert float NaN to integer")
	}
	if f > -9.2e18 && f < 9.2e18 {
		return Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return IntFromBig(b), nil
}

// ParseInt parses int(s, base) with Python's rules (whitespace, sign, underscores,
// prefixes for base 0 or matching base).
func ParseInt(s string, base int) (Value, error) {
	orig := s
	s = strings.TrimFunc(s, unicode.IsSpace)
	bad := func() error {
		r, _ := Repr(nil, Str(orig))
		return ValueErrorf("invalid literal for int() with base %d: %s", base, r)
	}
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	b := base
	if len(s) > 1 && s[0] == '0' {
		p := s[1] | 0x20
		switch {
		case p == 'x' && (base == 16 || base == 0):
			b, s = 16, s[2:]
		case p == 'o' && (base == 8 || base == 0):
			b, s = 8, s[2:]
		case p == 'b' && (base == 2 || base == 0):
			b, s = 2, s[2:]
		default:
			if base == 0 {
				if strings.Trim(s, "0_") != "" {
					return nil, bad()
				}
				b = 10
			}
		}
		if b != base && base == 0 && len(s) > 0 && s[0] == '_' {
			s = s[1:]
		}
	} else if base == 0 {
		b = 10
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return nil, bad()
	}
	// Unicode decimal digits are accepted by int(); map them to ASCII.
	if !isASCII(s) {
		var sb strings.Builder
		for _, r := range s {
			if unicode.IsDigit(r) {
				sb.WriteByte(byte('0' + digitValue(r)))
			} else {
				sb.WriteRune(r)
			}
		}
		s = sb.String()
	}
	s = strings.ReplaceAll(s, "_", "")
	if b == 10 && len(s) > maxStrDigits {
		return nil, ValueErrorf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, len(s))
	}
	if n, err := strconv.ParseInt(s, b, 64); err == nil {
		if neg {
			n = -n
		}
		return Int(n), nil
	}
	z, ok := new(big.Int).SetString(s, b)
	if !ok {
		return nil, bad()
	}
	if neg {
		z.Neg(z)
	}
	return IntFromBig(z), nil
}

func digitValue(r rune) int {
	// Unicode decimal digits come in contiguous runs of ten starting at a zero.
	for z := r; z >= r-9; z-- {
		if !unicode.IsDigit(z) {
			return int(r - z - 1)
		}
	}
	return int(r-'0') % 10
}

func newFloat(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
	var x Value
	if len(kw) > 0 {
		return nil, TypeErrorf("float() takes no keyword arguments")
	}
	if err := UnpackArgs("float", args, kw, "x?", &x); err != nil {
		return nil, err
	}
	if x == nil {
		return Float(0), nil
	}
	return ToFloat(th, x)
}

// ToFloat implements float(x).
func ToFloat(th *Thread, x Value) (Value, error) {
	switch v := x.(type) {
	case Float:
		return v, nil
	case Int, Bool, *BigInt:
		f, err := toFloat(v)
		return Float(f), err
	case Str:
		return ParseFloat(string(v))
	case Bytes:
		return ParseFloat(string(v))
	}
	for _, name := range []string{"__float__", "__index__"} {
		if f, ok := userMethod(x.Type(), name); ok {
			r, err := callDunder0(th, f, x)
			if err != nil {
				return nil, err
			}
			if name == "__index__" {
				fv, err := toFloat(r)
				return Float(fv), err
			}
			if _, ok := r.(Float); !ok {
				return nil, TypeErrorf("%s.__float__ returned non-float (type %s)", x.Type().Name, r.Type().Name)
			}
			return r, nil
		}
	}
	if o, ok := x.(*Object); ok && o.Base != nil {
		return ToFloat(th, o.Base)
	}
	return nil, TypeErrorf("float() argument must be a string or a real number, not '%s'", x.Type().Name)
}

// ParseFloat implements float(str).
func ParseFloat(s string) (Value, error) {
	orig := s
	s = strings.TrimFunc(s, unicode.IsSpace)
	bad := func() error {
		r, _ := Repr(nil, Str(orig))
		return ValueErrorf("could not convert string to float: %s", r)
	}
	t := strings.ToLower(strings.TrimLeft(s, "+-"))
	switch t {
	case "inf", "infinity":
		if strings.HasPrefix(s, "-") {
			return Float(math.Inf(-1)), nil
		}
		return Float(math.Inf(1)), nil
	case "nan":
		return Float(math.NaN()), nil
	}
	if s == "" || strings.HasPrefix(t, "0x") || strings.ContainsAny(t, "pn") || strings.Contains(s, "__") ||
		strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "_.") || strings.Contains(s, "._") {
		return nil, bad()
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return Float(f), nil
		}
		return nil, bad()
	}
	return Float(f), nil
}

func newComplex(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
	var re, im Value
	if err := UnpackArgs("complex", args, kw, "real?", &re, "imag?", &im); err != nil {
		return nil, err
	}
	if re == nil {
		re = Int(0)
	}
	if s, ok := re.(Str); ok {
		if im != nil {
			return nil, TypeErrorf("complex() can't take second arg if first is a string")
		}
		return parseComplex(string(s))
	}
	r, err := toComplexArg(th, re, "first")
	if err != nil {
		return nil, err
	}
	if im == nil {
		return Complex(r), nil
	}
	i, err := toComplexArg(th, im, "second")
	if err != nil {
		return nil, err
	}
	re2, im2 := real(r), real(i)
	if _, ok := im.(Complex); ok {
		re2 -= imag(i)
	}
	if _, ok := re.(Complex); ok {
		im2 += imag(r)
	}
	return Complex(complex(re2, im2)), nil
}

func toComplexArg(th *Thread, v Value, which string) (complex128, error) {
	switch x := v.(type) {
	case Complex:
		return complex128(x), nil
	case Int, Bool, *BigInt, Float:
		f, err := toFloat(x)
		return complex(f, 0), err
	}
	if f, ok := userMethod(v.Type(), "__complex__"); ok {
		r, err := callDunder0(th, f, v)
		if err != nil {
			return 0, err
		}
		if c, ok := r.(Complex); ok {
			return complex128(c), nil
		}
	}
	if f, ok := userMethod(v.Type(), "__float__"); ok {
		r, err := callDunder0(th, f, v)
		if err != nil {
			return 0, err
		}
		if c, ok := r.(Float); ok {
			return complex(float64(c), 0), nil
		}
	}
	if which == "first" {
		return 0, TypeErrorf("complex() first argument must be a string or a number, not '%s'", v.Type().Name)
	}
	return 0, TypeErrorf("complex() second argument must be a number, not '%s'", v.Type().Name)
}

func parseComplex(s string) (Value, error) {
	bad := ValueErrorf("complex() arg is a malformed string")
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if s == "" {
		return nil, bad
	}
	if !strings.HasSuffix(s, "j") && !strings.HasSuffix(s, "J") {
		f, err := ParseFloat(s)
		if err != nil {
			return nil, bad
		}
		return Complex(complex(float64(f.(Float)), 0)), nil
	}
	body := s[:len(s)-1]
	// split at the last sign that is not part of an exponent
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	var reS, imS string
	if split < 0 {
		imS = body
	} else {
		reS, imS = body[:split], body[split:]
	}
	if imS == "" || imS == "+" || imS == "-" {
		imS += "1"
	}
	im, err := ParseFloat(imS)
	if err != nil {
		return nil, bad
	}
	re := Value(Float(0))
	if reS != "" {
		if re, err = ParseFloat(reS); err != nil {
			return nil, bad
		}
	}
	return Complex(complex(float64(re.(Float)), float64(im.(Float)))), nil
}

func newStr(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
	var x, encoding, errors Value
	if err := UnpackArgs("str", args, kw, "object?", &x, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	if x == nil {
		return Str(""), nil
	}
	if encoding != nil || errors != nil {
		var b []byte
		switch v := x.(type) {
		case Bytes:
			b = []byte(v)
		case *ByteArray:
			b = v.B
		default:
			return nil, TypeErrorf("decoding to str: need a bytes-like object, %s found", x.Type().Name)
		}
		enc := "utf-8"
		if s, ok := encoding.(Str); ok {
			enc = string(s)
		}
		errs := "strict"
		if s, ok := errors.(Str); ok {
			errs = string(s)
		}
		s, err := Decode(b, enc, errs)
		if err != nil {
			return nil, err
		}
		return Str(s), nil
	}
	return StrOf(th, x)
}

func bytesFromArgs(th *Thread, fname string, args []Value, kw []string) (string, error) {
	var x, encoding, errors Value
	if err := UnpackArgs(fname, args, kw, "source?", &x, "encoding?", &encoding, "errors?", &errors); err != nil {
		return "", err
	}
	if x == nil {
		return "", nil
	}
	switch v := x.(type) {
	case Str:
		if encoding == nil {
			return "", TypeErrorf("string argument without an encoding")
		}
		enc, _ := encoding.(Str)
		errs := "strict"
		if s, ok := errors.(Str); ok {
			errs = string(s)
		}
		b, err := Encode(string(v), string(enc), errs)
		return string(b), err
	case Bytes:
		return string(v), nil
	case *ByteArray:
		return string(v.B), nil
	case Int:
		if v < 0 {
			return "", ValueErrorf("negative count")
		}
		return string(make([]byte, v)), nil
	}
	if encoding != nil {
		return "", TypeErrorf("encoding without a string argument")
	}
	var out []byte
	err := ForEach(th, x, func(e Value) error {
		n, ok := IndexValue(e)
		if !ok {
			return TypeErrorf("'%s' object cannot be interpreted as an integer", e.Type().Name)
		}
		if n < 0 || n > 255 {
			return ValueErrorf("bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return nil
	})
	if err != nil && IsInstanceOf(err, TypeErrorType) {
		if _, isIter := x.(Iterable); !isIter {
			if _, ok := x.Type().Lookup("__iter__"); !ok {
				return "", TypeErrorf("cannot convert '%s' object to %s", x.Type().Name, fname)
			}
		}
	}
	return string(out), err
}

func newRange(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return nil, TypeErrorf("range() takes no keyword arguments")
	}
	conv := func(v Value) (int64, error) {
		iv, err := Index(th, v)
		if err != nil {
			return 0, err
		}
		n, ok := IndexValue(iv)
		if !ok {
			return 0, OverflowErrorf("Python int too large to convert to C ssize_t")
		}
		return n, nil
	}
	r := &Range{Step: 1}
	var err error
	switch len(args) {
	case 1:
		r.Stop, err = conv(args[0])
	case 2, 3:
		if r.Start, err = conv(args[0]); err != nil {
			return nil, err
		}
		if r.Stop, err = conv(args[1]); err != nil {
			return nil, err
		}
		if len(args) == 3 {
			if r.Step, err = conv(args[2]); err != nil {
				return nil, err
			}
			if r.Step == 0 {
				return nil, ValueErrorf("range() arg 3 must not be zero")
			}
		}
	case 0:
		return nil, TypeErrorf("range expected at least 1 argument, got 0")
	default:
		return nil, TypeErrorf("range expected at most 3 arguments, got %d", len(args))
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}

// sameValues reports whether a and b hold identical values (Python `is`), element by element.
func sameValues(a Tuple, b []Value) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		switch x := a[i].(type) {
		case Float: // Is says 0.0 is -0.0
			y, ok := b[i].(Float)
			if !ok || math.Float64bits(float64(x)) != math.Float64bits(float64(y)) {
				return false
			}
		case Complex:
			return false
		default:
			if !Is(x, b[i]) {
				return false
			}
		}
	}
	return true
}
