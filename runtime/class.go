package runtime

import "strings"

// NewClass creates a user class (the class statement and type(name, bases, ns)).
//
// bases may be empty (object). ns is the class namespace the class body filled (it becomes
// the class __dict__; the vm sets __module__ and __qualname__ in it). kwargs holds the
// class keyword arguments other than metaclass (passed to __init_subclass__); may be nil.
// NewClass computes the C3 MRO, validates the bases, installs __slots__ descriptors, wraps
// __new__ as a staticmethod and __init_subclass__ / __class_getitem__ as classmethods,
// sets __hash__ to None when __eq__ is defined without __hash__, then calls __set_name__
// on the namespace values and the parent's __init_subclass__.
func NewClass(th *Thread, name string, bases []*Type, ns *Dict, kwargs *Dict) (*Type, error) {
	return newClass(th, nil, name, bases, ns, kwargs)
}

// NewClassWithMeta is NewClass with an explicit metaclass (a subclass of type); the vm's
// class statement uses it for `class C(metaclass=M)` (type.__new__(M, …)).
func NewClassWithMeta(th *Thread, meta *Type, name string, bases []*Type, ns *Dict, kwargs *Dict) (*Type, error) {
	return newClass(th, meta, name, bases, ns, kwargs)
}

func newClass(th *Thread, meta *Type, name string, bases []*Type, ns *Dict, kwargs *Dict) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for i, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			// CPython names the type by its tp_name, which includes the module of a
			// type defined outside builtins (_contextvars.ContextVar)
			name := b.Name
			if b.Module != "" && b.Module != "builtins" {
				name = b.Module + "." + name
			}
			return nil, TypeErrorf("type '%s' is not an acceptable base type", name)
		}
		for _, c := range bases[:i] {
			if c == b {
				return nil, TypeErrorf("duplicate base class %s", b.Name)
			}
		}
	}
	// metaclass: the most derived of the bases' metaclasses
	for _, b := range bases {
		bm := b.Type()
		if meta == nil || bm.IsSubtype(meta) {
			meta = bm
		} else if !meta.IsSubtype(bm) {
			return nil, TypeErrorf("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	mro, err := c3(bases)
	if err != nil {
		return nil, err
	}
	t := &Type{
		Name:  name,
		Bases: bases,
		Dict:  ns,
		Flags: FlagHeap | FlagBaseType,
		cache: &attrCache{},
	}
	if meta != TypeType {
		t.meta = meta
	}
	t.MRO = append([]*Type{t}, mro...)
	// instance layout
	var solid *Type
	hasDict := false
	for _, b := range bases {
		s := b.Solid()
		if b.Flags&FlagHasDict != 0 || (b.IsHeap() && b.Slots == nil) {
			hasDict = true
		}
		switch {
		case solid == nil || solid == ObjectType:
			solid = s
		case s == ObjectType || solid.IsSubtype(s):
		case s.IsSubtype(solid):
			solid = s
		default:
			return nil, TypeErrorf("multiple bases have instance lay-out conflict")
		}
	}
	t.solid = solid
	if q, ok := ns.GetStr("__qualname__"); ok {
		if s, ok := q.(Str); ok {
			t.Qualname = string(s)
		}
		ns.DeleteStr("__qualname__")
	} else {
		t.Qualname = name
	}
	if _, ok := ns.GetStr("__module__"); !ok && th != nil && th.Interp.Hooks.Globals != nil {
		// type(name, bases, ns) takes __module__ from the caller's globals
		if g := th.Interp.Hooks.Globals(th); g != nil {
			if n, ok := g.GetStr("__name__"); ok {
				ns.SetStr("__module__", n)
			}
		}
	}
	if m, ok := ns.GetStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			t.Module = string(s)
		}
	} else {
		t.Module = "builtins"
	}
	// inherited slots
	for _, b := range bases {
		if len(b.Slots) > 0 && len(t.Slots) == 0 {
			t.Slots = append([]string(nil), b.Slots...)
		}
	}
	if sv, ok := ns.GetStr("__slots__"); ok {
		var names []string
		if s, ok := sv.(Str); ok {
			names = []string{string(s)}
		} else {
			items, err := ToSlice(th, sv)
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				s, ok := it.(Str)
				if !ok {
					return nil, TypeErrorf("__slots__ items must be strings, not '%s'", it.Type().Name)
				}
				names = append(names, string(s))
			}
		}
		for _, n := range names {
			if n == "__dict__" {
				hasDict = true
				continue
			}
			if _, clash := ns.GetStr(n); clash {
				return nil, ValueErrorf("'%s' in __slots__ conflicts with class variable", n)
			}
			ns.SetStr(n, &SlotMember{Name: n, Owner: t, Index: len(t.Slots)})
			t.Slots = append(t.Slots, n)
		}
		if t.Slots == nil {
			t.Slots = []string{}
		}
	} else {
		hasDict = true
	}
	if hasDict {
		t.Flags |= FlagHasDict
	}
	if solid.IsSubtype(BaseExceptionType) {
		t.Flags |= FlagHasDict
	}
	// implicit static/class methods
	if f, ok := ns.GetStr("__new__"); ok {
		if _, isFn := f.(Function); isFn {
			ns.SetStr("__new__", &StaticMethod{Func: f})
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := ns.GetStr(n); ok {
			if _, isFn := f.(Function); isFn {
				ns.SetStr(n, &ClassMethod{Func: f})
			}
		}
	}
	if _, ok := ns.GetStr("__eq__"); ok {
		if _, ok := ns.GetStr("__hash__"); !ok {
			ns.SetStr("__hash__", None)
		}
	}
	if _, ok := ns.GetStr("__doc__"); !ok {
		ns.SetStr("__doc__", None)
	}
	for _, b := range bases {
		if b.IsHeap() {
			b.subclasses = append(b.subclasses, t)
		}
	}
	// __set_name__
	var setNameErr error
	ns.Items(func(k, v Value) bool {
		if p, ok := v.(*Property); ok {
			if s, ok := k.(Str); ok {
				p.Name = string(s)
			}
		}
		if o, ok := v.(*Object); ok {
			if f, ok := o.typ.Lookup("__set_name__"); ok {
				if _, err := Call(th, f, []Value{v, t, k}, nil); err != nil {
					setNameErr = err
					return false
				}
			}
		}
		return true
	})
	if setNameErr != nil {
		return nil, setNameErr
	}
	// parent's __init_subclass__
	var kwv []Value
	var kwn []string
	if kwargs != nil {
		kwargs.Items(func(k, v Value) bool {
			kwn = append(kwn, string(k.(Str)))
			kwv = append(kwv, v)
			return true
		})
	}
	for _, m := range t.MRO[1:] {
		f, ok := m.Dict.GetStr("__init_subclass__")
		if !ok {
			continue
		}
		if cm, ok := f.(*ClassMethod); ok {
			if _, err := Call(th, cm.Func, append([]Value{t}, kwv...), kwn); err != nil {
				return nil, err
			}
			break
		}
		if _, err := Call(th, f, append([]Value{t}, kwv...), kwn); err != nil {
			return nil, err
		}
		break
	}
	return t, nil
}

// c3 merges the bases' MROs (the tail of the new class's MRO).
func c3(bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	var out []*Type
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			names := make([]string, len(bases))
			for i, b := range bases {
				names[i] = b.Name
			}
			return nil, TypeErrorf("Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}
