package runtime

// The iterator types of the builtins: enumerate, zip, map, filter, reversed.
var (
	EnumerateType = newBuiltinType("enumerate", ObjectType, FlagBaseType)
	ZipType       = newBuiltinType("zip", ObjectType, FlagBaseType)
	MapType       = newBuiltinType("map", ObjectType, FlagBaseType)
	FilterType    = newBuiltinType("filter", ObjectType, FlagBaseType)
	ReversedType  = newBuiltinType("reversed", ObjectType, FlagBaseType)
)

type enumerateIter struct {
	it Iterator
	n  Value
}

func (*enumerateIter) Type() *Type { return EnumerateType }

func (e *enumerateIter) Next(th *Thread) (Value, bool, error) {
	v, ok, err := e.it.Next(th)
	if !ok || err != nil {
		return nil, false, err
	}
	i := e.n
	if n, isInt := i.(Int); isInt && n < 1<<62 {
		e.n = MakeInt(int64(n) + 1)
	} else {
		next, err := Binary(th, OpAdd, i, Int(1))
		if err != nil {
			return nil, false, err
		}
		e.n = next
	}
	return Tuple{i, v}, true, nil
}

type zipIter struct {
	its    []Iterator
	strict bool
}

func (*zipIter) Type() *Type { return ZipType }

func (z *zipIter) Next(th *Thread) (Value, bool, error) {
	if len(z.its) == 0 {
		return nil, false, nil
	}
	out := make(Tuple, len(z.its))
	for i, it := range z.its {
		v, ok, err := it.Next(th)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			if z.strict {
				if i > 0 {
					return nil, false, ValueErrorf("zip() argument %d is shorter than argument%s 1%s", i+1, plural(i), rangeSuffix(i))
				}
				for j := 1; j < len(z.its); j++ {
					_, ok, err := z.its[j].Next(th)
					if err != nil {
						return nil, false, err
					}
					if ok {
						return nil, false, ValueErrorf("zip() argument %d is longer than argument%s 1%s", j+1, plural(j), rangeSuffix(j))
					}
				}
			}
			z.its = nil
			return nil, false, nil
		}
		out[i] = v
	}
	return out, true, nil
}

func rangeSuffix(i int) string {
	if i == 1 {
		return ""
	}
	return "-" + decimalString(i)
}

func decimalString(i int) string {
	s, _ := intString(Int(i))
	return s
}

type mapIter struct {
	fn  Value
	its []Iterator
	buf []Value
}

func (*mapIter) Type() *Type { return MapType }

func (m *mapIter) Next(th *Thread) (Value, bool, error) {
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		v, ok, err := it.Next(th)
		if err != nil || !ok {
			return nil, false, err
		}
		args[i] = v
	}
	r, err := Call(th, m.fn, args, nil)
	if err != nil {
		return nil, false, err
	}
	return r, true, nil
}

type filterIter struct {
	fn Value
	it Iterator
}

func (*filterIter) Type() *Type { return FilterType }

func (f *filterIter) Next(th *Thread) (Value, bool, error) {
	for {
		v, ok, err := f.it.Next(th)
		if err != nil || !ok {
			return nil, false, err
		}
		var keep bool
		if f.fn == None {
			keep, err = Truth(th, v)
		} else {
			var r Value
			r, err = Call(th, f.fn, []Value{v}, nil)
			if err == nil {
				keep, err = Truth(th, r)
			}
		}
		if err != nil {
			return nil, false, err
		}
		if keep {
			return v, true, nil
		}
	}
}

type reversedSeq struct {
	seq Value
	i   int
}

func (*reversedSeq) Type() *Type { return ReversedType }

func (r *reversedSeq) Next(th *Thread) (Value, bool, error) {
	if r.i < 0 {
		return nil, false, nil
	}
	v, err := GetItem(th, r.seq, Int(r.i))
	if err != nil {
		if IsInstanceOf(err, IndexErrorType) || IsInstanceOf(err, StopIterationType) {
			r.i = -1
			return nil, false, nil
		}
		return nil, false, err
	}
	r.i--
	return v, true, nil
}

func init() {
	EnumerateType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		var it Value
		var start Value = Int(0)
		if err := UnpackArgs("enumerate", args, kw, "iterable", &it, "start?", &start); err != nil {
			return nil, err
		}
		if !isIntLike(start) {
			return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", start.Type().Name)
		}
		i, err := Iter(th, it)
		if err != nil {
			return nil, err
		}
		return &enumerateIter{it: i, n: start}, nil
	}
	ZipType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		strict := false
		for i, k := range kw {
			if k != "strict" {
				return nil, TypeErrorf("zip() got an unexpected keyword argument '%s'", k)
			}
			b, err := Truth(th, args[npos+i])
			if err != nil {
				return nil, err
			}
			strict = b
		}
		z := &zipIter{its: make([]Iterator, npos), strict: strict}
		for i, a := range args[:npos] {
			it, err := Iter(th, a)
			if err != nil {
				return nil, err
			}
			z.its[i] = it
		}
		return z, nil
	}
	MapType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, TypeErrorf("map() takes no keyword arguments")
		}
		if len(args) < 2 {
			return nil, TypeErrorf("map() must have at least two arguments.")
		}
		m := &mapIter{fn: args[0], its: make([]Iterator, len(args)-1)}
		for i, a := range args[1:] {
			it, err := Iter(th, a)
			if err != nil {
				return nil, err
			}
			m.its[i] = it
		}
		return m, nil
	}
	FilterType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, TypeErrorf("filter() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, TypeErrorf("filter expected 2 arguments, got %d", len(args))
		}
		it, err := Iter(th, args[1])
		if err != nil {
			return nil, err
		}
		return &filterIter{fn: args[0], it: it}, nil
	}
	ReversedType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, TypeErrorf("reversed() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, TypeErrorf("reversed expected 1 argument, got %d", len(args))
		}
		return Reversed(th, args[0])
	}
}

// Reversed implements reversed(seq).
func Reversed(th *Thread, seq Value) (Value, error) {
	switch s := seq.(type) {
	case *List:
		return &listRevIter{l: s, i: len(s.Items) - 1}, nil
	case Tuple:
		items := make([]Value, len(s))
		for i, v := range s {
			items[len(s)-1-i] = v
		}
		return &SliceIter{items: items, typ: ReversedType}, nil
	case *Range:
		n := s.Len()
		return &RangeIter{cur: s.Start + (n-1)*s.Step, step: -s.Step, n: n}, nil
	case Str:
		rs := []rune(string(s))
		items := make([]Value, len(rs))
		for i, r := range rs {
			items[len(rs)-1-i] = Str(string(r))
		}
		return &SliceIter{items: items, typ: ReversedType}, nil
	case *Dict:
		keys := s.Keys()
		for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
			keys[i], keys[j] = keys[j], keys[i]
		}
		return &SliceIter{items: keys, typ: DictKeyIterType}, nil
	case *DictView:
		items := s.elems(th)
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return &SliceIter{items: items, typ: ReversedType}, nil
	}
	if f, ok := seq.Type().Lookup("__reversed__"); ok {
		if f == None {
			return nil, TypeErrorf("'%s' object is not reversible", seq.Type().Name)
		}
		return callDunder0(th, f, seq)
	}
	if _, ok := seq.Type().Lookup("__getitem__"); ok {
		if _, ok := seq.Type().Lookup("__len__"); ok {
			n, err := Len(th, seq)
			if err != nil {
				return nil, err
			}
			return &reversedSeq{seq: seq, i: n - 1}, nil
		}
	}
	return nil, TypeErrorf("'%s' object is not reversible", seq.Type().Name)
}

// UnionTypeType is types.UnionType (int | str).
var UnionTypeType = newBuiltinType("types.UnionType", ObjectType, 0)

// UnionType is the result of X | Y on classes.
type UnionType struct {
	Args Tuple
}

// Type returns types.UnionType.
func (*UnionType) Type() *Type { return UnionTypeType }

// Repr returns "int | str".
func (u *UnionType) Repr(th *Thread) (string, error) {
	s := ""
	for i, a := range u.Args {
		if i > 0 {
			s += " | "
		}
		switch t := a.(type) {
		case *Type:
			if t == NoneTypeType {
				s += "None"
			} else if t.Module == "builtins" {
				s += t.Qualname
			} else {
				s += t.Module + "." + t.Qualname
			}
		default:
			r, err := Repr(th, a)
			if err != nil {
				return "", err
			}
			s += r
		}
	}
	return s, nil
}
