package runtime

import "unicode/utf8"

// Iterator types (what iter() returns for the built-in containers).
var (
	ListIterType      = newBuiltinType("list_iterator", ObjectType, 0)
	ListRevIterType   = newBuiltinType("list_reverseiterator", ObjectType, 0)
	TupleIterType     = newBuiltinType("tuple_iterator", ObjectType, 0)
	StrIterType       = newBuiltinType("str_ascii_iterator", ObjectType, 0)
	DictKeyIterType   = newBuiltinType("dict_keyiterator", ObjectType, 0)
	DictValueIterType = newBuiltinType("dict_valueiterator", ObjectType, 0)
	DictItemIterType  = newBuiltinType("dict_itemiterator", ObjectType, 0)
	SetIterType       = newBuiltinType("set_iterator", ObjectType, 0)
	RangeIterType     = newBuiltinType("range_iterator", ObjectType, 0)
	BytesIterType     = newBuiltinType("bytes_iterator", ObjectType, 0)
	SeqIterType       = newBuiltinType("iterator", ObjectType, 0)
	CallableIterType  = newBuiltinType("callable_iterator", ObjectType, 0)
)

// ListIter iterates over a list (seeing appends made during iteration, like CPython).
type ListIter struct {
	l *List
	i int
}

// Type returns list_iterator.
func (*ListIter) Type() *Type { return ListIterType }

// Next returns the next item.
func (it *ListIter) Next(th *Thread) (Value, bool, error) {
	if it.i < len(it.l.Items) {
		v := it.l.Items[it.i]
		it.i++
		return v, true, nil
	}
	it.i = 1 << 62
	return nil, false, nil
}

// Iter returns a list iterator.
func (l *List) Iter() Iterator { return &ListIter{l: l} }

// listRevIter iterates a list backwards.
type listRevIter struct {
	l *List
	i int
}

func (*listRevIter) Type() *Type { return ListRevIterType }

func (it *listRevIter) Next(th *Thread) (Value, bool, error) {
	if it.i >= 0 && it.i < len(it.l.Items) {
		v := it.l.Items[it.i]
		it.i--
		return v, true, nil
	}
	it.i = -1
	return nil, false, nil
}

// SliceIter iterates over a fixed slice of values (tuples and snapshots).
type SliceIter struct {
	items []Value
	i     int
	typ   *Type
}

// Type returns the iterator's type.
func (it *SliceIter) Type() *Type { return it.typ }

// Next returns the next item.
func (it *SliceIter) Next(th *Thread) (Value, bool, error) {
	if it.i < len(it.items) {
		v := it.items[it.i]
		it.i++
		return v, true, nil
	}
	return nil, false, nil
}

// NewSliceIter returns an iterator over items (typed as a tuple_iterator).
func NewSliceIter(items []Value) Iterator { return &SliceIter{items: items, typ: TupleIterType} }

// Iter returns a tuple iterator.
func (t Tuple) Iter() Iterator { return &SliceIter{items: t, typ: TupleIterType} }

type strIter struct {
	s   string
	off int
}

func (*strIter) Type() *Type { return StrIterType }

func (it *strIter) Next(th *Thread) (Value, bool, error) {
	if it.off >= len(it.s) {
		return nil, false, nil
	}
	c := it.s[it.off]
	if c < utf8.RuneSelf {
		it.off++
		return Str(it.s[it.off-1 : it.off]), true, nil
	}
	_, n := utf8.DecodeRuneInString(it.s[it.off:])
	v := Str(it.s[it.off : it.off+n])
	it.off += n
	return v, true, nil
}

// Iter returns a str iterator (one code point at a time).
func (s Str) Iter() Iterator { return &strIter{s: string(s)} }

type bytesIter struct {
	b string
	i int
}

func (*bytesIter) Type() *Type { return BytesIterType }

func (it *bytesIter) Next(th *Thread) (Value, bool, error) {
	if it.i < len(it.b) {
		it.i++
		return Int(it.b[it.i-1]), true, nil
	}
	return nil, false, nil
}

// Iter returns a bytes iterator (ints).
func (b Bytes) Iter() Iterator { return &bytesIter{b: string(b)} }

// Iter returns a bytearray iterator (over a snapshot).
func (b *ByteArray) Iter() Iterator { return &bytesIter{b: string(b.B)} }

// dictIter iterates keys, values or items of a dict.
type dictIter struct {
	d    *Dict
	i    int
	used int
	kind int // 0 keys, 1 values, 2 items
	typ  *Type
}

func (it *dictIter) Type() *Type { return it.typ }

func (it *dictIter) Next(th *Thread) (Value, bool, error) {
	d := it.d
	if d.used != it.used {
		it.used = -1
		return nil, false, RuntimeErrorf("dictionary changed size during iteration")
	}
	for it.i < len(d.entries) {
		e := &d.entries[it.i]
		it.i++
		if e.key == nil {
			continue
		}
		switch it.kind {
		case 0:
			return e.key, true, nil
		case 1:
			return e.val, true, nil
		default:
			return Tuple{e.key, e.val}, true, nil
		}
	}
	return nil, false, nil
}

// Iter returns an iterator over the dict's keys.
func (d *Dict) Iter() Iterator { return &dictIter{d: d, used: d.used, typ: DictKeyIterType} }

// IterValues returns an iterator over the values.
func (d *Dict) IterValues() Iterator {
	return &dictIter{d: d, used: d.used, kind: 1, typ: DictValueIterType}
}

// IterItems returns an iterator over (key, value) tuples.
func (d *Dict) IterItems() Iterator {
	return &dictIter{d: d, used: d.used, kind: 2, typ: DictItemIterType}
}

// RangeIter iterates over a range.
type RangeIter struct {
	cur, step int64
	n         int64
}

// Type returns range_iterator.
func (*RangeIter) Type() *Type { return RangeIterType }

// Next returns the next int.
func (it *RangeIter) Next(th *Thread) (Value, bool, error) {
	if it.n <= 0 {
		return nil, false, nil
	}
	v := it.cur
	it.cur += it.step
	it.n--
	return MakeInt(v), true, nil
}

// Iter returns a range iterator.
func (r *Range) Iter() Iterator { return &RangeIter{cur: r.Start, step: r.Step, n: r.Len()} }

// userIter wraps an object whose __iter__ returned a non-Go iterator: Next calls __next__
// and turns StopIteration into exhaustion.
type userIter struct {
	obj  Value
	next Value
}

func (it *userIter) Type() *Type { return it.obj.Type() }

func (it *userIter) Next(th *Thread) (Value, bool, error) {
	v, err := callDunder0(th, it.next, it.obj)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// seqIter is the __getitem__ iteration protocol.
type seqIter struct {
	obj Value
	i   int64
}

func (*seqIter) Type() *Type { return SeqIterType }

func (it *seqIter) Next(th *Thread) (Value, bool, error) {
	if it.i < 0 {
		return nil, false, nil
	}
	v, err := GetItem(th, it.obj, Int(it.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(IndexErrorType) || e.typ.IsSubtype(StopIterationType)) {
			it.i = -1
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i++
	return v, true, nil
}

// callableIter is iter(callable, sentinel).
type callableIter struct {
	fn, sentinel Value
	done         bool
}

func (*callableIter) Type() *Type { return CallableIterType }

func (it *callableIter) Next(th *Thread) (Value, bool, error) {
	if it.done {
		return nil, false, nil
	}
	v, err := Call(th, it.fn, nil, nil)
	if err != nil {
		if IsInstanceOf(err, StopIterationType) {
			it.done = true
			return nil, false, nil
		}
		return nil, false, err
	}
	eq, err := Equal(th, v, it.sentinel)
	if err != nil {
		return nil, false, err
	}
	if eq {
		it.done = true
		return nil, false, nil
	}
	return v, true, nil
}

// iter implements Iter.
func iter(th *Thread, v Value) (Iterator, error) {
	switch x := v.(type) {
	case *List:
		return &ListIter{l: x}, nil
	case Tuple:
		return &SliceIter{items: x, typ: TupleIterType}, nil
	case *Range:
		return x.Iter(), nil
	case *Dict:
		return x.Iter(), nil
	case Str:
		return x.Iter(), nil
	case *Object:
		t := x.typ
		if f, ok := t.Lookup("__iter__"); ok {
			if _, user := userMethod(t, "__iter__"); !user && x.Base != nil {
				return iter(th, x.Base)
			}
			if f == None {
				return nil, TypeErrorf("'%s' object is not iterable", t.Name)
			}
			r, err := callDunder0(th, f, v)
			if err != nil {
				return nil, err
			}
			return asIterator(th, r)
		}
		if _, ok := t.Lookup("__getitem__"); ok {
			return &seqIter{obj: v}, nil
		}
		return nil, TypeErrorf("'%s' object is not iterable", t.Name)
	case Iterable:
		return x.Iter(), nil
	case Iterator:
		return x, nil
	}
	t := v.Type()
	if f, ok := t.Lookup("__iter__"); ok {
		r, err := callDunder0(th, f, v)
		if err != nil {
			return nil, err
		}
		return asIterator(th, r)
	}
	return nil, TypeErrorf("'%s' object is not iterable", t.Name)
}

// asIterator checks what __iter__ returned.
func asIterator(th *Thread, r Value) (Iterator, error) {
	if it, ok := r.(Iterator); ok {
		return it, nil
	}
	if f, ok := r.Type().Lookup("__next__"); ok {
		return &userIter{obj: r, next: f}, nil
	}
	return nil, TypeErrorf("iter() returned non-iterator of type '%s'", r.Type().Name)
}

// next implements Next.
func next(th *Thread, v Value) (Value, bool, error) {
	if it, ok := v.(Iterator); ok {
		return it.Next(th)
	}
	if f, ok := v.Type().Lookup("__next__"); ok {
		r, err := callDunder0(th, f, v)
		if err != nil {
			if IsInstanceOf(err, StopIterationType) {
				return nil, false, nil
			}
			return nil, false, err
		}
		return r, true, nil
	}
	return nil, false, TypeErrorf("'%s' object is not an iterator", v.Type().Name)
}

// ToSlice collects the items of an iterable (the list itself is copied).
func ToSlice(th *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Items...), nil
	case Tuple:
		return append([]Value(nil), x...), nil
	}
	it, err := Iter(th, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	if n, ok := lengthHint(v); ok {
		out = make([]Value, 0, n)
	}
	for {
		x, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
	}
}

// Items returns the items of a tuple or list without copying, else ToSlice.
func Items(th *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return x.Items, nil
	case Tuple:
		return x, nil
	}
	return ToSlice(th, v)
}

func lengthHint(v Value) (int, bool) {
	switch x := v.(type) {
	case *Dict:
		return x.used, true
	case *Set:
		return x.Len(), true
	case *FrozenSet:
		return x.Len(), true
	case *Range:
		if n := x.Len(); n < 1<<20 {
			return int(n), true
		}
	}
	return 0, false
}

// ForEach calls f for each item of the iterable v, stopping at the first error.
func ForEach(th *Thread, v Value, f func(Value) error) error {
	it, err := Iter(th, v)
	if err != nil {
		return err
	}
	for {
		x, ok, err := it.Next(th)
		if err != nil || !ok {
			return err
		}
		if err := f(x); err != nil {
			return err
		}
	}
}

// GenericAliasType is types.GenericAlias (list[int]).
var GenericAliasType = newBuiltinType("types.GenericAlias", ObjectType, 0)

// GenericAlias is a subscripted built-in class (list[int]); it is callable like its origin.
type GenericAlias struct {
	Origin *Type
	Args   Tuple
}

// Type returns types.GenericAlias.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// NewGenericAlias returns origin[args].
func NewGenericAlias(origin *Type, args Value) *GenericAlias {
	if t, ok := args.(Tuple); ok {
		return &GenericAlias{Origin: origin, Args: t}
	}
	return &GenericAlias{Origin: origin, Args: Tuple{args}}
}

// Call calls the origin class.
func (g *GenericAlias) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	return g.Origin.Call(th, args, kwnames)
}

// Repr returns e.g. "list[int]".
func (g *GenericAlias) Repr(th *Thread) (string, error) {
	s := g.Origin.Qualname + "["
	if m := g.Origin.Module; m != "builtins" && m != "" {
		s = m + "." + s
	}
	for i, a := range g.Args {
		if i > 0 {
			s += ", "
		}
		if t, ok := a.(*Type); ok {
			if t.Module == "builtins" {
				s += t.Qualname
			} else {
				s += t.Module + "." + t.Qualname
			}
			continue
		}
		if a == Ellipsis {
			s += "..." // tuple[int, ...]
			continue
		}
		r, err := Repr(th, a)
		if err != nil {
			return "", err
		}
		s += r
	}
	return s + "]", nil
}

func isGenericBuiltin(t *Type) bool {
	switch t {
	case ListType, DictType, TupleType, SetType, FrozenSetType, TypeType:
		return true
	}
	return false
}
