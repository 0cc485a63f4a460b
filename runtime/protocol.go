package runtime

import (
	"math"
	"strings"
	"unicode/utf8"
)

// truth implements Truth.
func truth(th *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case NoneValue:
		return false, nil
	case Int:
		return x != 0, nil
	case Str:
		return len(x) != 0, nil
	case *List:
		return len(x.Items) != 0, nil
	case Tuple:
		return len(x) != 0, nil
	case *Dict:
		return x.used != 0, nil
	case Float:
		return x != 0, nil
	case *BigInt:
		return x.b.Sign() != 0, nil
	case *Set:
		return x.Len() != 0, nil
	case *FrozenSet:
		return x.Len() != 0, nil
	case Bytes:
		return len(x) != 0, nil
	case *ByteArray:
		return len(x.B) != 0, nil
	case Complex:
		return x != 0, nil
	case *Range:
		return x.Len() != 0, nil
	}
	t := v.Type()
	if t.IsHeap() {
		if f, ok := userMethod(t, "__bool__"); ok {
			if f == None {
				return false, TypeErrorf("'%s' object is not callable", "NoneType")
			}
			r, err := callDunder0(th, f, v)
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, TypeErrorf("__bool__ should return bool, returned %s", r.Type().Name)
			}
			return bool(b), nil
		}
		if _, ok := userMethod(t, "__len__"); ok {
			n, err := Len(th, v)
			return n != 0, err
		}
		if o, ok := v.(*Object); ok && o.Base != nil {
			return Truth(th, o.Base)
		}
		return true, nil
	}
	if f, ok := t.Lookup("__bool__"); ok {
		r, err := callDunder0(th, f, v)
		if err != nil {
			return false, err
		}
		return r == True, nil
	}
	if f, ok := t.Lookup("__len__"); ok {
		r, err := callDunder0(th, f, v)
		if err != nil {
			return false, err
		}
		n, _ := AsInt64(r)
		return n != 0, nil
	}
	return true, nil
}

// length implements Len.
func length(th *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		if info := th.strInfoOf(string(x)); info != nil {
			if info.ascii {
				return len(x), nil
			}
			return len(info.offs) - 1, nil
		}
		return StrLen(string(x)), nil
	case *List:
		return len(x.Items), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		return x.used, nil
	case *Set:
		return x.Len(), nil
	case *FrozenSet:
		return x.Len(), nil
	case Bytes:
		return len(x), nil
	case *ByteArray:
		return len(x.B), nil
	case *Range:
		return int(x.Len()), nil
	}
	t := v.Type()
	if f, ok := t.Lookup("__len__"); ok {
		if o, ok := v.(*Object); ok && o.Base != nil {
			if _, user := userMethod(t, "__len__"); !user {
				return Len(th, o.Base)
			}
		}
		r, err := callDunder0(th, f, v)
		if err != nil {
			return 0, err
		}
		n, ok := IndexValue(r)
		if !ok {
			return 0, TypeErrorf("'%s' object cannot be interpreted as an integer", r.Type().Name)
		}
		if n < 0 {
			return 0, ValueErrorf("__len__() should return >= 0")
		}
		return int(n), nil
	}
	return 0, TypeErrorf("object of type '%s' has no len()", t.Name)
}

// IndexValue converts an int-like value (int, bool, __index__ is not consulted) to int64.
// It is AsInt64 under the name its callers read best with (the wrapper inlines away).
func IndexValue(v Value) (int64, bool) { return AsInt64(v) }

// Index implements operator.index(v): ints, bools, __index__; big ints are reported with
// ok=false via an IndexError-style error from the caller.
func Index(th *Thread, v Value) (Value, error) {
	switch v.(type) {
	case Int, Bool, *BigInt:
		return v, nil
	}
	if f, ok := userMethod(v.Type(), "__index__"); ok {
		r, err := callDunder0(th, f, v)
		if err != nil {
			return nil, err
		}
		if !isIntLike(r) {
			return nil, TypeErrorf("__index__ returned non-int (type %s)", r.Type().Name)
		}
		return r, nil
	}
	if o, ok := v.(*Object); ok && o.Base != nil && isIntLike(o.Base) {
		return o.Base, nil
	}
	return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// seqIndex converts a subscript to an index of a sequence of length n, applying negative
// indexing. ok is false when the subscript is not an integer. inRange is false when out
// of range.
func seqIndex(th *Thread, key Value, n int) (i int, ok, inRange bool, err error) {
	var x int64
	switch k := key.(type) {
	case Int:
		x = int64(k)
	case Bool:
		x, _ = AsInt64(k)
	case *BigInt:
		return 0, true, false, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	case *Object:
		if _, has := userMethod(k.typ, "__index__"); !has && !isIntLike(k) {
			return 0, false, false, nil
		}
		iv, err := Index(th, k)
		if err != nil {
			return 0, true, false, err
		}
		return seqIndex(th, iv, n)
	default:
		return 0, false, false, nil
	}
	if x < 0 {
		x += int64(n)
	}
	if x < 0 || x >= int64(n) {
		return 0, true, false, nil
	}
	return int(x), true, true, nil
}

// sliceIndex converts a slice bound (None or an int-like) to int64; ok false for None.
func sliceBound(th *Thread, v Value) (int64, bool, error) {
	if v == nil || v == None {
		return 0, false, nil
	}
	switch x := v.(type) {
	case Int:
		return int64(x), true, nil
	case Bool:
		n, _ := AsInt64(x)
		return n, true, nil
	case *BigInt:
		if x.b.Sign() < 0 {
			return math.MinInt64 / 2, true, nil
		}
		return math.MaxInt64 / 2, true, nil
	}
	iv, err := Index(th, v)
	if err != nil {
		return 0, false, TypeErrorf("slice indices must be integers or None or have an __index__ method")
	}
	return sliceBound(th, iv)
}

// SliceIndices computes CPython's slice.indices(n): start, stop, step and the number of
// selected items.
func SliceIndices(th *Thread, s *Slice, n int) (start, stop, step, count int, err error) {
	st, ok, err := sliceBound(th, s.Step)
	if err != nil {
		return
	}
	if !ok {
		st = 1
	}
	if st == 0 {
		err = ValueErrorf("slice step cannot be zero")
		return
	}
	ln := int64(n)
	var lo, hi int64
	if st < 0 {
		lo, hi = -1, ln-1
	} else {
		lo, hi = 0, ln
	}
	b, ok, err := sliceBound(th, s.Start)
	if err != nil {
		return
	}
	var a int64
	if !ok {
		if st < 0 {
			a = hi
		} else {
			a = lo
		}
	} else {
		a = b
		if a < 0 {
			a += ln
			if a < lo {
				a = lo
			}
		} else if a > hi {
			a = hi
		}
	}
	b, ok, err = sliceBound(th, s.Stop)
	if err != nil {
		return
	}
	var z int64
	if !ok {
		if st < 0 {
			z = lo
		} else {
			z = hi
		}
	} else {
		z = b
		if z < 0 {
			z += ln
			if z < lo {
				z = lo
			}
		} else if z > hi {
			z = hi
		}
	}
	var c int64
	if st < 0 {
		if z < a {
			c = (a-z-1)/(-st) + 1
		}
	} else if a < z {
		c = (z-a-1)/st + 1
	}
	return int(a), int(z), int(st), int(c), nil
}

func sliceValues(items []Value, start, step, count int) []Value {
	out := make([]Value, count)
	for i := 0; i < count; i++ {
		out[i] = items[start+i*step]
	}
	return out
}

// getItem implements GetItem.
func getItem(th *Thread, v, key Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		if k, ok := key.(Int); ok && k >= 0 && int64(k) < int64(len(x.Items)) {
			return x.Items[k], nil
		}
		i, ok, in, err := seqIndex(th, key, len(x.Items))
		if err != nil {
			return nil, err
		}
		if ok {
			if !in {
				return nil, IndexErrorf("list index out of range")
			}
			return x.Items[i], nil
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := SliceIndices(th, s, len(x.Items))
			if err != nil {
				return nil, err
			}
			return &List{Items: sliceValues(x.Items, start, step, n)}, nil
		}
		return nil, TypeErrorf("list indices must be integers or slices, not %s", key.Type().Name)
	case *Dict:
		r, ok, err := x.Get(th, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, KeyError(key)
		}
		return r, nil
	case Tuple:
		i, ok, in, err := seqIndex(th, key, len(x))
		if err != nil {
			return nil, err
		}
		if ok {
			if !in {
				return nil, IndexErrorf("tuple index out of range")
			}
			return x[i], nil
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := SliceIndices(th, s, len(x))
			if err != nil {
				return nil, err
			}
			if step == 1 && n == len(x) {
				return x, nil
			}
			return Tuple(sliceValues(x, start, step, n)), nil
		}
		return nil, TypeErrorf("tuple indices must be integers or slices, not %s", key.Type().Name)
	case Str:
		return strGetItem(th, string(x), key)
	case Bytes:
		i, ok, in, err := seqIndex(th, key, len(x))
		if err != nil {
			return nil, err
		}
		if ok {
			if !in {
				return nil, IndexErrorf("index out of range")
			}
			return Int(x[i]), nil
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := SliceIndices(th, s, len(x))
			if err != nil {
				return nil, err
			}
			b := make([]byte, n)
			for j := range b {
				b[j] = x[start+j*step]
			}
			return Bytes(b), nil
		}
		return nil, TypeErrorf("byte indices must be integers or slices, not %s", key.Type().Name)
	case *ByteArray:
		i, ok, in, err := seqIndex(th, key, len(x.B))
		if err != nil {
			return nil, err
		}
		if ok {
			if !in {
				return nil, IndexErrorf("bytearray index out of range")
			}
			return Int(x.B[i]), nil
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := SliceIndices(th, s, len(x.B))
			if err != nil {
				return nil, err
			}
			b := make([]byte, n)
			for j := range b {
				b[j] = x.B[start+j*step]
			}
			return &ByteArray{B: b}, nil
		}
		return nil, TypeErrorf("bytearray indices must be integers or slices, not %s", key.Type().Name)
	case *Range:
		return rangeGetItem(th, x, key)
	case *Object:
		if f, ok := x.typ.Lookup("__getitem__"); ok {
			if _, user := userMethod(x.typ, "__getitem__"); user || x.Base == nil {
				return callDunder(th, f, v, key)
			}
		}
		if x.Base != nil {
			if d, ok := x.Base.(*Dict); ok {
				r, found, err := d.Get(th, key)
				if err != nil {
					return nil, err
				}
				if found {
					return r, nil
				}
				if m, ok := x.typ.Lookup("__missing__"); ok {
					return callDunder(th, m, v, key)
				}
				return nil, KeyError(key)
			}
			return getItem(th, x.Base, key)
		}
	case *Type:
		// type(x).__getitem__ first (a metaclass's, e.g. Enum's Color["RED"]), then
		// __class_getitem__, as CPython's PyObject_GetItem
		if mt := x.Type(); mt != TypeType {
			if f, ok := mt.Lookup("__getitem__"); ok {
				return callDunder(th, f, v, key)
			}
		}
		if f, ok := x.Lookup("__class_getitem__"); ok {
			if cm, ok := f.(*ClassMethod); ok {
				return Call(th, cm.Func, []Value{x, key}, nil)
			}
			return Call(th, f, []Value{key}, nil)
		}
		if isGenericBuiltin(x) {
			return NewGenericAlias(x, key), nil
		}
		return nil, TypeErrorf("type '%s' is not subscriptable", x.Name)
	}
	if f, ok := v.Type().Lookup("__getitem__"); ok {
		return callDunder(th, f, v, key)
	}
	return nil, TypeErrorf("'%s' object is not subscriptable", v.Type().Name)
}

func strGetItem(th *Thread, s string, key Value) (Value, error) {
	if info := th.strInfoOf(s); info != nil {
		if k, ok := key.(Int); ok {
			n := int64(len(s))
			if !info.ascii {
				n = int64(len(info.offs) - 1)
			}
			if k < 0 {
				k += Int(n)
			}
			if k < 0 || int64(k) >= n {
				return nil, IndexErrorf("string index out of range")
			}
			if info.ascii {
				return Str(s[k : k+1]), nil
			}
			return Str(s[info.offs[k]:info.offs[k+1]]), nil
		}
	} else if k, ok := key.(Int); ok && k >= 0 && int64(k) < int64(len(s)) && isASCII(s[:k+1]) {
		return Str(s[k : k+1]), nil
	}
	switch key.(type) {
	case *Slice:
		sl := key.(*Slice)
		if isASCII(s) {
			start, _, step, n, err := SliceIndices(th, sl, len(s))
			if err != nil {
				return nil, err
			}
			if step == 1 {
				return Str(s[start : start+n]), nil
			}
			b := make([]byte, n)
			for j := range b {
				b[j] = s[start+j*step]
			}
			return Str(b), nil
		}
		rs := []rune(s)
		start, _, step, n, err := SliceIndices(th, sl, len(rs))
		if err != nil {
			return nil, err
		}
		out := make([]rune, n)
		for j := range out {
			out[j] = rs[start+j*step]
		}
		return Str(string(out)), nil
	}
	n := StrLen(s)
	i, ok, in, err := seqIndex(th, key, n)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, TypeErrorf("string indices must be integers, not '%s'", key.Type().Name)
	}
	if !in {
		return nil, IndexErrorf("string index out of range")
	}
	off := strIndex(s, i)
	_, size := utf8.DecodeRuneInString(s[off:])
	return Str(s[off : off+size]), nil
}

func rangeGetItem(th *Thread, r *Range, key Value) (Value, error) {
	n := r.Len()
	if s, ok := key.(*Slice); ok {
		start, stop, step, _, err := SliceIndices(th, s, int(n))
		if err != nil {
			return nil, err
		}
		return &Range{Start: r.Start + int64(start)*r.Step, Stop: r.Start + int64(stop)*r.Step, Step: r.Step * int64(step)}, nil
	}
	i, ok, in, err := seqIndex(th, key, int(n))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, TypeErrorf("range indices must be integers or slices, not %s", key.Type().Name)
	}
	if !in {
		return nil, IndexErrorf("range object index out of range")
	}
	return Int(r.Start + int64(i)*r.Step), nil
}

// setItem implements SetItem.
func setItem(th *Thread, v, key, x Value) error {
	switch c := v.(type) {
	case *List:
		i, ok, in, err := seqIndex(th, key, len(c.Items))
		if err != nil {
			return err
		}
		if ok {
			if !in {
				return IndexErrorf("list assignment index out of range")
			}
			c.Items[i] = x
			return nil
		}
		if s, ok := key.(*Slice); ok {
			return listSetSlice(th, c, s, x)
		}
		return TypeErrorf("list indices must be integers or slices, not %s", key.Type().Name)
	case *Dict:
		return c.Set(th, key, x)
	case *ByteArray:
		i, ok, in, err := seqIndex(th, key, len(c.B))
		if err != nil {
			return err
		}
		if ok {
			if !in {
				return IndexErrorf("bytearray index out of range")
			}
			b, ok := IndexValue(x)
			if !ok {
				return TypeErrorf("'%s' object cannot be interpreted as an integer", x.Type().Name)
			}
			if b < 0 || b > 255 {
				return ValueErrorf("byte must be in range(0, 256)")
			}
			c.B[i] = byte(b)
			return nil
		}
	case *Object:
		if f, ok := c.typ.Lookup("__setitem__"); ok {
			if _, user := userMethod(c.typ, "__setitem__"); user || c.Base == nil {
				_, err := Call(th, f, []Value{v, key, x}, nil)
				return err
			}
		}
		if c.Base != nil {
			return setItem(th, c.Base, key, x)
		}
	}
	if f, ok := v.Type().Lookup("__setitem__"); ok {
		_, err := Call(th, f, []Value{v, key, x}, nil)
		return err
	}
	return TypeErrorf("'%s' object does not support item assignment", v.Type().Name)
}

func listSetSlice(th *Thread, l *List, s *Slice, x Value) error {
	var items []Value
	if xl, ok := x.(*List); ok && xl == l {
		items = append([]Value(nil), l.Items...)
	} else {
		var err error
		items, err = ToSlice(th, x)
		if err != nil {
			if IsInstanceOf(err, TypeErrorType) {
				if s.Step == nil || s.Step == None {
					return TypeErrorf("can only assign an iterable")
				}
				return TypeErrorf("must assign iterable to extended slice")
			}
			return err
		}
	}
	start, stop, step, n, err := SliceIndices(th, s, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, len(l.Items)-(stop-start)+len(items))
		out = append(out, l.Items[:start]...)
		out = append(out, items...)
		out = append(out, l.Items[stop:]...)
		l.Items = out
		return nil
	}
	if len(items) != n {
		return ValueErrorf("attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i := 0; i < n; i++ {
		l.Items[start+i*step] = items[i]
	}
	return nil
}

// delItem implements DelItem.
func delItem(th *Thread, v, key Value) error {
	switch c := v.(type) {
	case *List:
		i, ok, in, err := seqIndex(th, key, len(c.Items))
		if err != nil {
			return err
		}
		if ok {
			if !in {
				return IndexErrorf("list assignment index out of range")
			}
			copy(c.Items[i:], c.Items[i+1:])
			c.Items[len(c.Items)-1] = nil
			c.Items = c.Items[:len(c.Items)-1]
			return nil
		}
		if s, ok := key.(*Slice); ok {
			start, _, step, n, err := SliceIndices(th, s, len(c.Items))
			if err != nil {
				return err
			}
			if n == 0 {
				return nil
			}
			if step < 0 {
				start = start + (n-1)*step
				step = -step
			}
			out := c.Items[:0:0]
			out = make([]Value, 0, len(c.Items)-n)
			for i, it := range c.Items {
				if i >= start && (i-start)%step == 0 && (i-start)/step < n {
					continue
				}
				out = append(out, it)
			}
			c.Items = out
			return nil
		}
		return TypeErrorf("list indices must be integers or slices, not %s", key.Type().Name)
	case *Dict:
		_, ok, err := c.Delete(th, key)
		if err != nil {
			return err
		}
		if !ok {
			return KeyError(key)
		}
		return nil
	case *Object:
		if f, ok := c.typ.Lookup("__delitem__"); ok {
			if _, user := userMethod(c.typ, "__delitem__"); user || c.Base == nil {
				_, err := callDunder(th, f, v, key)
				return err
			}
		}
		if c.Base != nil {
			return delItem(th, c.Base, key)
		}
	}
	if f, ok := v.Type().Lookup("__delitem__"); ok {
		_, err := callDunder(th, f, v, key)
		return err
	}
	return TypeErrorf("'%s' object doesn't support item deletion", v.Type().Name)
}

// contains implements Contains.
func contains(th *Thread, c, x Value) (bool, error) {
	switch s := c.(type) {
	case *List:
		return seqContains(th, s.Items, x)
	case Tuple:
		return seqContains(th, s, x)
	case Str:
		sub, ok := x.(Str)
		if !ok {
			return false, TypeErrorf("'in <string>' requires string as left operand, not %s", x.Type().Name)
		}
		return strings.Contains(string(s), string(sub)), nil
	case *Dict:
		_, ok, err := s.Get(th, x)
		return ok, err
	case *Set:
		return s.Contains(th, x)
	case *FrozenSet:
		return s.Contains(th, x)
	case *Range:
		if n, ok := IndexValue(x); ok {
			if _, isObj := x.(*Object); !isObj {
				return rangeContains(s, n), nil
			}
		}
	case Bytes:
		return bytesContains(string(s), x)
	case *ByteArray:
		return bytesContains(string(s.B), x)
	case *Object:
		if f, ok := s.typ.Lookup("__contains__"); ok {
			if _, user := userMethod(s.typ, "__contains__"); user || s.Base == nil {
				r, err := callDunder(th, f, c, x)
				if err != nil {
					return false, err
				}
				return Truth(th, r)
			}
		}
		if s.Base != nil {
			if _, user := userMethod(s.typ, "__iter__"); !user {
				return contains(th, s.Base, x)
			}
		}
	}
	if f, ok := c.Type().Lookup("__contains__"); ok {
		r, err := callDunder(th, f, c, x)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	it, err := Iter(th, c)
	if err != nil {
		if IsInstanceOf(err, TypeErrorType) {
			return false, TypeErrorf("argument of type '%s' is not iterable", c.Type().Name)
		}
		return false, err
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(th, v, x)
		if err != nil || eq {
			return eq, err
		}
	}
}

func bytesContains(s string, x Value) (bool, error) {
	switch y := x.(type) {
	case Bytes:
		return strings.Contains(s, string(y)), nil
	case *ByteArray:
		return strings.Contains(s, string(y.B)), nil
	}
	n, ok := IndexValue(x)
	if !ok {
		return false, TypeErrorf("a bytes-like object is required, not '%s'", x.Type().Name)
	}
	if n < 0 || n > 255 {
		return false, ValueErrorf("byte must be in range(0, 256)")
	}
	return strings.IndexByte(s, byte(n)) >= 0, nil
}

func rangeContains(r *Range, n int64) bool {
	if r.Step > 0 {
		if n < r.Start || n >= r.Stop {
			return false
		}
	} else if n > r.Start || n <= r.Stop {
		return false
	}
	return (n-r.Start)%r.Step == 0
}

func seqContains(th *Thread, items []Value, x Value) (bool, error) {
	for i := 0; i < len(items); i++ {
		eq, err := Equal(th, items[i], x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}
