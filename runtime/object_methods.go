package runtime

import "slices"

// Methods and attributes of object and type, and super.

// Super is a super() proxy: attribute lookup starts after Class in the MRO of Obj's type.
type Super struct {
	Class *Type
	Obj   Value // the instance, or a class for class methods; nil when unbound

	// bound holds the first method bound through this super object: super().m(...) is
	// one allocation, not two. Later lookups allocate their own.
	bound     BoundMethod
	boundUsed bool
}

// Type returns super.
func (*Super) Type() *Type { return SuperType }

// Repr returns CPython's super repr.
func (s *Super) Repr(th *Thread) (string, error) {
	if s.Obj == nil {
		return "<super: <class '" + s.Class.Name + "'>, NULL>", nil
	}
	return "<super: <class '" + s.Class.Name + "'>, <" + s.objType().Name + " object>>", nil
}

func (s *Super) objType() *Type {
	if t, ok := s.Obj.(*Type); ok && t.IsSubtype(s.Class) {
		return t
	}
	return s.Obj.Type()
}

// GetAttrStr looks name up past Class in the MRO and binds it to Obj.
func (s *Super) GetAttrStr(th *Thread, name string) (Value, bool, error) {
	if s.Obj == nil || name == "__class__" {
		return nil, false, nil
	}
	st := s.objType()
	v, ok := superFind(th, s.Class, st, name)
	if !ok {
		return nil, false, nil
	}
	return s.bind(th, st, v)
}

// superFind looks name up in the MRO of st past class (without binding it).
func superFind(th *Thread, class, st *Type, name string) (Value, bool) {
	mro := st.MRO
	i := 0
	for i < len(mro) && mro[i] != class {
		i++
	}
	rest := mro[min(i+1, len(mro)):]
	if len(rest) > 0 && slices.Equal(rest, rest[0].MRO) {
		// the rest of the MRO is that of the next class (always so under single
		// inheritance): one cached lookup instead of a dict probe per class
		v, owner := th.typeLookup(rest[0], name)
		return v, owner != nil
	}
	for _, m := range rest {
		if v, ok := m.Dict.GetStr(name); ok {
			return v, true
		}
	}
	return nil, false
}

// SuperArgsOK reports whether super(class, obj) is valid: obj is an instance or a
// subclass of class (otherwise super raises "super(type, obj): obj must be an instance
// or subtype of type").
func SuperArgsOK(class *Type, obj Value) bool {
	if ot, ok := obj.(*Type); ok && ot.IsSubtype(class) {
		return true
	}
	return obj.Type().IsSubtype(class)
}

// LookupSuper is super(class, obj).name without the super object (CPython's
// LOAD_SUPER_ATTR); class and obj must satisfy SuperArgsOK. With method set, a Function
// found for an instance is returned unbound with self=true, as LookupMethod does (call it
// with obj prepended); otherwise v is bound exactly as the super object binds it. ok is
// false when the MRO past class has no name (and for __class__): the caller then asks a
// real super object, which also knows super's own attributes and raises
// "'super' object has no attribute".
func LookupSuper(th *Thread, class *Type, obj Value, name string, method bool) (v Value, self, ok bool, err error) {
	if name == "__class__" {
		return nil, false, false, nil
	}
	st := obj.Type()
	if t, isType := obj.(*Type); isType && t.IsSubtype(class) {
		st = t
	}
	v, ok = superFind(th, class, st, name)
	if !ok {
		return nil, false, false, nil
	}
	if method && obj != st {
		if _, isFn := v.(Function); isFn {
			return v, true, true, nil
		}
	}
	v, err = superBind(th, obj, st, v)
	if err != nil {
		return nil, false, false, err
	}
	return v, false, true, nil
}

// bind applies the descriptor protocol to v, found past Class in the MRO of st.
func (s *Super) bind(th *Thread, st *Type, v Value) (Value, bool, error) {
	if _, ok := v.(Function); ok && s.Obj != st && !s.boundUsed {
		s.boundUsed = true
		s.bound = BoundMethod{Self: s.Obj, Func: v}
		return &s.bound, true, nil
	}
	r, err := superBind(th, s.Obj, st, v)
	return r, err == nil, err
}

// superBind applies the descriptor protocol to v, found past the class of a super(class,
// obj) in the MRO of st (obj's type, or obj itself for a class-level super).
func superBind(th *Thread, obj Value, st *Type, v Value) (Value, error) {
	if obj == st {
		obj = nil // class-level super (in a classmethod)
	}
	switch d := v.(type) {
	case Function:
		if obj == nil {
			return v, nil
		}
		return &BoundMethod{Self: obj, Func: v}, nil
	case Descriptor:
		return d.DescrGet(th, obj, st)
	case *Object:
		return bindClassAttr(th, v, obj, st)
	}
	return v, nil
}

func init() {
	SuperType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, TypeErrorf("super() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			if th.Interp.Hooks.Super == nil {
				return nil, RuntimeErrorf("super(): no arguments")
			}
			c, obj, err := th.Interp.Hooks.Super(th)
			if err != nil {
				return nil, err
			}
			if !SuperArgsOK(c, obj) {
				return nil, TypeErrorf("super(type, obj): obj must be an instance or subtype of type")
			}
			return &Super{Class: c, Obj: obj}, nil
		case 1, 2:
			c, ok := args[0].(*Type)
			if !ok {
				return nil, TypeErrorf("super() argument 1 must be a type, not %s", args[0].Type().Name)
			}
			if len(args) == 1 {
				return &Super{Class: c}, nil
			}
			obj := args[1]
			if ot, ok := obj.(*Type); ok && ot.IsSubtype(c) {
				return &Super{Class: c, Obj: obj}, nil
			}
			if !obj.Type().IsSubtype(c) {
				return nil, TypeErrorf("super(type, obj): obj must be an instance or subtype of type")
			}
			return &Super{Class: c, Obj: obj}, nil
		}
		return nil, TypeErrorf("super() takes at most 2 arguments (%d given)", len(args))
	}

	newFn := NewBuiltin("__new__", func(th *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, TypeErrorf("object.__new__(): not enough arguments")
		}
		t, ok := args[0].(*Type)
		if !ok {
			return nil, TypeErrorf("object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		rest := args[1:]
		if t.Solid() == ObjectType {
			rest, kw = nil, nil
		}
		return builtinNew(th, t, rest, kw)
	})
	for _, t := range []*Type{ObjectType, IntType, FloatType, StrType, TupleType, BytesType, FrozenSetType, ComplexType, BaseExceptionType, ListType, DictType, SetType} {
		t.Dict.SetStr("__new__", newFn)
	}
	addMethods(ObjectType, map[string]BuiltinFunc{
		"__init__": func(th *Thread, args []Value, kw []string) (Value, error) {
			if len(args) > 1 || len(kw) > 0 {
				t := args[0].Type()
				if _, userNew := userMethod(t, "__new__"); !userNew {
					return nil, TypeErrorf("object.__init__() takes exactly one argument (the instance to initialize)")
				}
			}
			return None, nil
		},
		"__repr__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Str(defaultRepr(args[0])), nil
		},
		"__str__": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, err := Repr(th, args[0])
			return Str(s), err
		},
		"__eq__": func(th *Thread, args []Value, kw []string) (Value, error) {
			if Is(args[0], args[1]) {
				return True, nil
			}
			return NotImplemented, nil
		},
		"__ne__": func(th *Thread, args []Value, kw []string) (Value, error) {
			r, err := Compare(th, OpEq, args[0], args[1])
			if err != nil || r == NotImplemented {
				return r, err
			}
			b, err := Truth(th, r)
			return Bool(!b), err
		},
		"__hash__": func(th *Thread, args []Value, kw []string) (Value, error) {
			id := ID(args[0])
			return Int(int64(uint64(id)>>4 | uint64(id)<<60)), nil
		},
		"__setattr__": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("__setattr__", args[1:], kw, 2, 2); err != nil {
				return nil, err
			}
			name, ok := args[1].(Str)
			if !ok {
				return nil, TypeErrorf("attribute name must be string, not '%s'", args[1].Type().Name)
			}
			return None, GenericSetAttr(th, args[0], string(name), args[2])
		},
		"__delattr__": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("__delattr__", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			name, _ := args[1].(Str)
			return None, GenericSetAttr(th, args[0], string(name), nil)
		},
		"__getattribute__": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("__getattribute__", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			name, ok := args[1].(Str)
			if !ok {
				return nil, TypeErrorf("attribute name must be string, not '%s'", args[1].Type().Name)
			}
			if o, ok := args[0].(*Object); ok {
				v, found, err := objectGenericLookup(th, o, string(name), false)
				if err != nil {
					return nil, err
				}
				if !found {
					return nil, AttributeError(o, string(name))
				}
				return v, nil
			}
			if e, ok := args[0].(*Exception); ok {
				// past the class's own __getattribute__ (super().__getattribute__)
				v, found, err := genericLookup(th, e, string(name), false)
				if err != nil {
					return nil, err
				}
				if !found {
					return nil, AttributeError(e, string(name))
				}
				return v, nil
			}
			return GetAttr(th, args[0], string(name))
		},
		"__format__": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("__format__", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			if s, ok := args[1].(Str); ok && s == "" {
				r, err := ToStr(th, args[0])
				return Str(r), err
			}
			return nil, TypeErrorf("unsupported format string passed to %s.__format__", args[0].Type().Name)
		},
		"__dir__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Dir(th, args[0])
		},
		"__reduce_ex__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return nil, TypeErrorf("cannot pickle '%s' object", args[0].Type().Name)
		},
	})
	for _, op := range []CompareOp{OpLt, OpLe, OpGt, OpGe} {
		ObjectType.Dict.SetStr(cmpDunders[op], newMethodDescr(cmpDunders[op], ObjectType,
			func(th *Thread, args []Value, kw []string) (Value, error) { return NotImplemented, nil }))
	}
	ObjectType.Dict.SetStr("__init_subclass__", &ClassMethod{Func: NewBuiltin("__init_subclass__", func(th *Thread, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 || len(args) > 1 {
			name := "object"
			if t, ok := args[0].(*Type); ok {
				name = t.Name
			}
			return nil, TypeErrorf("%s.__init_subclass__() takes no keyword arguments", name)
		}
		return None, nil
	})})
	ObjectType.Dict.SetStr("__doc__", Str("The base class of the class hierarchy."))
	addGetSet(ObjectType, "__class__", func(th *Thread, obj Value) (Value, error) {
		return obj.Type(), nil
	}, func(th *Thread, obj Value, v Value) error {
		o, ok := obj.(*Object)
		t, ok2 := v.(*Type)
		if !ok || !ok2 || !t.IsHeap() {
			return TypeErrorf("__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		o.SetType(t)
		return nil
	})
	addGetSet(ObjectType, "__dict__", func(th *Thread, obj Value) (Value, error) {
		switch o := obj.(type) {
		case *Object:
			if d := o.Dict(); d != nil {
				return d, nil
			}
		case *Exception:
			if o.Dict == nil {
				o.Dict = NewDict()
			}
			return o.Dict, nil
		case *Module:
			return o.Dict, nil
		}
		return nil, AttributeErrorf("'%s' object has no attribute '__dict__'", obj.Type().Name)
	}, func(th *Thread, obj Value, v Value) error {
		o, ok := obj.(*Object)
		d, ok2 := v.(*Dict)
		if !ok || !ok2 {
			return TypeErrorf("__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
		}
		o.SetDict(d)
		return nil
	})

	// type
	typeGet := func(name string, f func(t *Type) Value) {
		addGetSet(TypeType, name, func(th *Thread, obj Value) (Value, error) {
			return f(obj.(*Type)), nil
		}, nil)
	}
	addGetSet(TypeType, "__name__", func(th *Thread, obj Value) (Value, error) {
		return Str(obj.(*Type).Name), nil
	}, func(th *Thread, obj Value, v Value) error {
		s, ok := v.(Str)
		if !ok {
			return TypeErrorf("can only assign string to %s.__name__, not '%s'", obj.(*Type).Name, v.Type().Name)
		}
		obj.(*Type).Name = string(s)
		return nil
	})
	addGetSet(TypeType, "__qualname__", func(th *Thread, obj Value) (Value, error) {
		return Str(obj.(*Type).Qualname), nil
	}, func(th *Thread, obj Value, v Value) error {
		s, ok := v.(Str)
		if !ok {
			return TypeErrorf("can only assign string to %s.__qualname__, not '%s'", obj.(*Type).Name, v.Type().Name)
		}
		obj.(*Type).Qualname = string(s)
		return nil
	})
	addGetSet(TypeType, "__module__", func(th *Thread, obj Value) (Value, error) {
		t := obj.(*Type)
		if v, ok := t.Dict.GetStr("__module__"); ok {
			return v, nil
		}
		return Str(t.Module), nil
	}, func(th *Thread, obj Value, v Value) error {
		t := obj.(*Type)
		if s, ok := v.(Str); ok {
			t.Module = string(s)
		}
		t.setClassAttr("__module__", v)
		return nil
	})
	addGetSet(TypeType, "__doc__", func(th *Thread, obj Value) (Value, error) {
		t := obj.(*Type)
		if v, ok := t.Dict.GetStr("__doc__"); ok {
			return v, nil
		}
		return None, nil
	}, nil)
	typeGet("__bases__", func(t *Type) Value {
		out := make(Tuple, len(t.Bases))
		for i, b := range t.Bases {
			out[i] = b
		}
		return out
	})
	typeGet("__base__", func(t *Type) Value {
		if len(t.Bases) == 0 {
			return None
		}
		return t.Bases[0]
	})
	typeGet("__mro__", func(t *Type) Value {
		out := make(Tuple, len(t.MRO))
		for i, b := range t.MRO {
			out[i] = b
		}
		return out
	})
	typeGet("__dict__", func(t *Type) Value { return t.Dict.Copy() })
	addMethods(TypeType, map[string]BuiltinFunc{
		"mro": func(th *Thread, args []Value, kw []string) (Value, error) {
			t := args[0].(*Type)
			out := make([]Value, len(t.MRO))
			for i, b := range t.MRO {
				out[i] = b
			}
			return &List{Items: out}, nil
		},
		"__subclasses__": func(th *Thread, args []Value, kw []string) (Value, error) {
			t := args[0].(*Type)
			out := make([]Value, len(t.subclasses))
			for i, b := range t.subclasses {
				out[i] = b
			}
			return &List{Items: out}, nil
		},
		"__instancecheck__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Bool(args[1].Type().IsSubtype(args[0].(*Type))), nil
		},
		"__subclasscheck__": func(th *Thread, args []Value, kw []string) (Value, error) {
			c, ok := args[1].(*Type)
			return Bool(ok && c.IsSubtype(args[0].(*Type))), nil
		},
		"__or__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return makeUnion(args[0], args[1])
		},
		"__ror__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return makeUnion(args[1], args[0])
		},
		"__init__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, nil
		},
		"__call__": func(th *Thread, args []Value, kw []string) (Value, error) {
			t := args[0].(*Type)
			return constructInstance(th, t, args[1:], kw)
		},
	})
	TypeType.Dict.SetStr("__new__", NewBuiltin("__new__", func(th *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, TypeErrorf("type.__new__(): not enough arguments")
		}
		meta, ok := args[0].(*Type)
		if !ok || !meta.IsSubtype(TypeType) {
			return nil, TypeErrorf("type.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		return newTypeFromArgs(th, meta, args[1:], kw)
	}))
	// property
	addMethods(PropertyType, map[string]BuiltinFunc{

		"__get__": func(th *Thread, args []Value, kw []string) (Value, error) {
			var obj Value
			if len(args) > 1 && args[1] != None {
				obj = args[1]
			}
			return args[0].(*Property).DescrGet(th, obj, nil)
		},
		"__set__": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("__set__", args[1:], kw, 2, 2); err != nil {
				return nil, err
			}
			return None, args[0].(*Property).DescrSet(th, args[1], args[2])
		},
		"__delete__": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("__delete__", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			return None, args[0].(*Property).DescrSet(th, args[1], nil)
		},
		"__set_name__": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("__set_name__", args[1:], kw, 2, 2); err != nil {
				return nil, err
			}
			if s, ok := args[2].(Str); ok {
				args[0].(*Property).Name = string(s)
			}
			return None, nil
		},
	})
	for i, name := range []string{"getter", "setter", "deleter"} {
		which := i
		m := newMethodDescr(name, PropertyType, func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity(name, args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			return propertyCopy(th, args[0], which, args[1])
		})
		m.raw = true
		PropertyType.Dict.SetStr(name, m)
	}
	addGetSet(PropertyType, "fget", func(th *Thread, obj Value) (Value, error) { return noneIfNil(obj.(*Property).Get), nil }, nil)
	addGetSet(PropertyType, "fset", func(th *Thread, obj Value) (Value, error) { return noneIfNil(obj.(*Property).Set), nil }, nil)
	addGetSet(PropertyType, "fdel", func(th *Thread, obj Value) (Value, error) { return noneIfNil(obj.(*Property).Del), nil }, nil)
	addGetSet(PropertyType, "__doc__", func(th *Thread, obj Value) (Value, error) {
		p := obj.(*Property)
		if p.Doc != nil && p.Doc != None {
			return p.Doc, nil
		}
		if p.Get != nil {
			if v, ok, _ := LookupAttr(th, p.Get, "__doc__"); ok {
				return v, nil
			}
		}
		return None, nil
	}, nil)
	addGetSet(ClassMethodType, "__func__", func(th *Thread, obj Value) (Value, error) { return obj.(*ClassMethod).Func, nil }, nil)
	addGetSet(StaticMethodType, "__func__", func(th *Thread, obj Value) (Value, error) { return obj.(*StaticMethod).Func, nil }, nil)
	addGetSet(BoundMethodType, "__self__", func(th *Thread, obj Value) (Value, error) { return obj.(*BoundMethod).Self, nil }, nil)
	addGetSet(BoundMethodType, "__func__", func(th *Thread, obj Value) (Value, error) { return obj.(*BoundMethod).Func, nil }, nil)
	addGetSet(BoundMethodType, "__name__", func(th *Thread, obj Value) (Value, error) {
		return GetAttr(th, obj.(*BoundMethod).Func, "__name__")
	}, nil)
	addGetSet(BuiltinFuncType, "__name__", func(th *Thread, obj Value) (Value, error) { return Str(obj.(*Builtin).Name), nil }, nil)
	addGetSet(BuiltinFuncType, "__qualname__", func(th *Thread, obj Value) (Value, error) { return Str(obj.(*Builtin).Name), nil }, nil)
	addGetSet(BuiltinFuncType, "__self__", func(th *Thread, obj Value) (Value, error) { return noneIfNil(obj.(*Builtin).Self), nil }, nil)
	addGetSet(BuiltinFuncType, "__module__", func(th *Thread, obj Value) (Value, error) {
		b := obj.(*Builtin)
		if b.Module == "" {
			return Str("builtins"), nil
		}
		return Str(b.Module), nil
	}, nil)
	addGetSet(MethodDescrType, "__name__", func(th *Thread, obj Value) (Value, error) { return Str(obj.(*MethodDescr).Name), nil }, nil)
	addGetSet(MethodDescrType, "__qualname__", func(th *Thread, obj Value) (Value, error) {
		return Str(obj.(*MethodDescr).FuncName()), nil
	}, nil)
	addGetSet(ModuleType, "__name__", func(th *Thread, obj Value) (Value, error) {
		if v, ok := obj.(*Module).Dict.GetStr("__name__"); ok {
			return v, nil
		}
		return Str(obj.(*Module).Name), nil
	}, nil)
	addGetSet(SliceType, "start", func(th *Thread, obj Value) (Value, error) { return obj.(*Slice).Start, nil }, nil)
	addGetSet(SliceType, "stop", func(th *Thread, obj Value) (Value, error) { return obj.(*Slice).Stop, nil }, nil)
	addGetSet(SliceType, "step", func(th *Thread, obj Value) (Value, error) { return obj.(*Slice).Step, nil }, nil)
	AddMethod(SliceType, "indices", func(th *Thread, args []Value, kw []string) (Value, error) {
		var n int
		if err := UnpackArgs("indices", args[1:], kw, "len", &n); err != nil {
			return nil, err
		}
		a, b, c, _, err := SliceIndices(th, args[0].(*Slice), n)
		return Tuple{Int(a), Int(b), Int(c)}, err
	})
	addGetSet(RangeType, "start", func(th *Thread, obj Value) (Value, error) { return Int(obj.(*Range).Start), nil }, nil)
	addGetSet(RangeType, "stop", func(th *Thread, obj Value) (Value, error) { return Int(obj.(*Range).Stop), nil }, nil)
	addGetSet(RangeType, "step", func(th *Thread, obj Value) (Value, error) { return Int(obj.(*Range).Step), nil }, nil)
	addMethods(RangeType, map[string]BuiltinFunc{
		"index": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("index", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			r := args[0].(*Range)
			if n, ok := IndexValue(args[1]); ok && rangeContains(r, n) {
				return Int((n - r.Start) / r.Step), nil
			}
			s, _ := Repr(th, args[1])
			return nil, ValueErrorf("%s is not in range", s)
		},
		"count": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("count", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			r := args[0].(*Range)
			if n, ok := IndexValue(args[1]); ok && rangeContains(r, n) {
				return Int(1), nil
			}
			return Int(0), nil
		},
	})
}

func noneIfNil(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

func makeUnion(a, b Value) (Value, error) {
	var args Tuple
	add := func(v Value) bool {
		switch x := v.(type) {
		case *UnionType:
			args = append(args, x.Args...)
		case *Type, *GenericAlias:
			args = append(args, x)
		case NoneValue:
			args = append(args, NoneTypeType)
		default:
			return false
		}
		return true
	}
	if !add(a) || !add(b) {
		return NotImplemented, nil
	}
	// dedupe
	var out Tuple
	for _, x := range args {
		dup := false
		for _, y := range out {
			if Is(x, y) {
				dup = true
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return &UnionType{Args: out}, nil
}

// propertyCopy is property.getter/setter/deleter: a copy of self with one accessor
// replaced, made by type(self)(fget, fset, fdel, doc) for property subclasses.
func propertyCopy(th *Thread, self Value, which int, f Value) (Value, error) {
	p, ok := unwrapBase(self).(*Property)
	if !ok {
		return nil, TypeErrorf("descriptor requires a 'property' object")
	}
	c := *p
	c.Name = ""
	switch which {
	case 0:
		c.Get = f
	case 1:
		c.Set = f
	default:
		c.Del = f
	}
	if _, sub := self.(*Object); sub {
		return Call(th, self.Type(), []Value{noneIfNil(c.Get), noneIfNil(c.Set), noneIfNil(c.Del), noneIfNil(c.Doc)}, nil)
	}
	return &c, nil
}
