package runtime

// MethodCaller is optionally implemented by callables (the vm's functions) that can take
// self separately from the other arguments. CallWithSelf(th, self, args, kwnames) must
// behave exactly like Call(th, [self]+args, kwnames); runtime uses it to call methods
// (bound methods, __init__, __call__, special methods) without building that slice.
type MethodCaller interface {
	Callable
	CallWithSelf(th *Thread, self Value, args []Value, kwnames []string) (Value, error)
}

// CallWithSelf calls f with self prepended to args (no allocation when f is a
// MethodCaller).
func CallWithSelf(th *Thread, f Value, self Value, args []Value, kwnames []string) (Value, error) {
	if mc, ok := f.(MethodCaller); ok {
		return mc.CallWithSelf(th, self, args, kwnames)
	}
	if md, ok := f.(*MethodDescr); ok {
		return md.callSelf(th, self, args, kwnames)
	}
	full := make([]Value, len(args)+1)
	full[0] = self
	copy(full[1:], args)
	return Call(th, f, full, kwnames)
}

// call implements Call.
func call(th *Thread, f Value, args []Value, kwnames []string) (Value, error) {
	// the runtime's own callables first: concrete cases cost a pointer comparison,
	// the interface case an interface-table lookup
	switch c := f.(type) {
	case *Builtin:
		return c.Call(th, args, kwnames)
	case *MethodDescr:
		return c.Call(th, args, kwnames)
	case *Type:
		return c.Call(th, args, kwnames)
	case *BoundMethod:
		return c.Call(th, args, kwnames)
	case Callable:
		return c.Call(th, args, kwnames)
	case *Object:
		if fn, ok := c.typ.Lookup("__call__"); ok {
			return CallWithSelf(th, fn, f, args, kwnames)
		}
	}
	return nil, TypeErrorf("'%s' object is not callable", f.Type().Name)
}

// IsCallable reports callable(v).
func IsCallable(v Value) bool {
	switch c := v.(type) {
	case Callable:
		return true
	case *Object:
		_, ok := c.typ.Lookup("__call__")
		return ok
	}
	return false
}

// CallMethod calls obj.name(args…) (LookupMethod then Call).
func CallMethod(th *Thread, obj Value, name string, args ...Value) (Value, error) {
	f, self, err := LookupMethod(th, obj, name)
	if err != nil {
		return nil, err
	}
	if self {
		return CallWithSelf(th, f, obj, args, nil)
	}
	return Call(th, f, args, nil)
}

// Call calls the type: type(x), class creation with type(name, bases, ns), and instance
// construction (__new__ then __init__).
func (t *Type) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	if t == TypeType {
		if len(args) == 1 && len(kwnames) == 0 {
			return args[0].Type(), nil
		}
		if len(args)-len(kwnames) != 3 {
			return nil, TypeErrorf("type() takes 1 or 3 arguments")
		}
		name, ok1 := args[0].(Str)
		bases, ok2 := args[1].(Tuple)
		ns, ok3 := args[2].(*Dict)
		if !ok1 || !ok2 || !ok3 {
			return nil, TypeErrorf("type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
		}
		bt := make([]*Type, len(bases))
		for i, b := range bases {
			bb, ok := b.(*Type)
			if !ok {
				return nil, TypeErrorf("bases must be types")
			}
			bt[i] = bb
		}
		return NewClass(th, string(name), bt, ns.Copy(), nil)
	}
	if t == SuperType && len(args) == 0 && len(kwnames) == 0 && th.Interp.Hooks.Super != nil {
		c, obj, err := th.Interp.Hooks.Super(th)
		if err != nil {
			return nil, err
		}
		if !SuperArgsOK(c, obj) {
			return nil, TypeErrorf("super(type, obj): obj must be an instance or subtype of type")
		}
		return &Super{Class: c, Obj: obj}, nil
	}
	if len(args) == 1 && len(kwnames) == 0 && t.meta == nil {
		// fast paths for the common conversions
		switch t {
		case StrType:
			return StrOf(th, args[0])
		case IntType:
			return ToInt(th, args[0])
		case FloatType:
			return ToFloat(th, args[0])
		case BoolType:
			b, err := Truth(th, args[0])
			return Bool(b), err
		case ListType:
			items, err := ToSlice(th, args[0])
			return &List{Items: items}, err
		case TupleType:
			if tu, ok := args[0].(Tuple); ok {
				return tu, nil
			}
			items, err := ToSlice(th, args[0])
			return Tuple(items), err
		}
	}
	if meta := t.meta; meta != nil && meta.IsHeap() {
		if f, owner := meta.LookupOwner("__call__"); owner != nil && owner.IsHeap() {
			full := append([]Value{t}, args...)
			return Call(th, f, full, kwnames)
		}
	}
	return constructInstance(th, t, args, kwnames)
}

// constructInstance is type.__call__ for a class other than type.
func constructInstance(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	var newf, initf Value
	var newOwner, initOwner *Type
	if t.IsHeap() {
		sp := t.specials()
		newf, newOwner, initf, initOwner = sp.newf, sp.newOwner, sp.initf, sp.initOwner
	} else {
		newf, newOwner = th.typeLookup(t, "__new__")
		initf, initOwner = th.typeLookup(t, "__init__")
		if newOwner == BaseExceptionType && initOwner == BaseExceptionType && len(kwnames) == 0 && plainException(t) {
			// KeyError(k) and the like: BaseException.__new__ stores the args, and
			// BaseException.__init__ would store the same ones again
			return newException(t, args), nil
		}
	}
	userNew := newOwner != nil && newOwner.IsHeap()
	userInit := initOwner != nil && initOwner.IsHeap()
	var obj Value
	var err error
	if userNew {
		if sm, ok := newf.(*StaticMethod); ok {
			newf = sm.Func
		}
		obj, err = CallWithSelf(th, newf, t, args, kwnames)
	} else {
		if !userInit && len(args) > 0 && t.Solid() == ObjectType && t != ObjectType {
			return nil, TypeErrorf("%s() takes no arguments", t.Name)
		}
		obj, err = builtinNew(th, t, args, kwnames)
	}
	if err != nil {
		return nil, err
	}
	if !obj.Type().IsSubtype(t) {
		return obj, nil
	}
	if userInit {
		r, err := CallWithSelf(th, initf, obj, args, kwnames)
		if err != nil {
			return nil, err
		}
		if r != None {
			return nil, TypeErrorf("__init__() should return None, not '%s'", r.Type().Name)
		}
		return obj, nil
	}
	for _, m := range t.MRO {
		if m.Init != nil {
			if err := m.Init(th, unwrapBase(obj), args, kwnames); err != nil {
				return nil, err
			}
			break
		}
	}
	return obj, nil
}

// plainException reports whether the built-in exception type t is made by
// BaseException's own __new__ and __init__ (no type before BaseException in its MRO has
// a Go constructor or initializer).
func plainException(t *Type) bool {
	for _, m := range t.MRO {
		if m == BaseExceptionType {
			return true
		}
		if m.New != nil || m.Init != nil {
			return false
		}
	}
	return false
}

// builtinNew is object.__new__ and the built-in types' __new__: it creates an instance of t
// laid out like its solid base.
func builtinNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	solid := t.Solid()
	if solid == ObjectType {
		if t == ObjectType {
			if len(args) > 0 {
				return nil, TypeErrorf("object() takes no arguments")
			}
			return NewObject(ObjectType), nil
		}
		return NewObject(t), nil
	}
	if solid == TypeType {
		return newTypeFromArgs(th, t, args, kwnames)
	}
	if solid == BaseExceptionType || solid.IsSubtype(BaseExceptionType) {
		for _, m := range t.MRO {
			if m.New != nil && m.IsSubtype(BaseExceptionType) {
				return m.New(th, t, args, kwnames)
			}
		}
		return newException(t, args[:len(args)-len(kwnames)]), nil
	}
	// find the New of the nearest built-in type
	var nf NewFunc
	var nt *Type
	for _, m := range t.MRO {
		if m.New != nil {
			nf, nt = m.New, m
			break
		}
	}
	if nf == nil {
		return nil, TypeErrorf("cannot create '%s' instances", t.Name)
	}
	if !t.IsHeap() {
		return nf(th, t, args, kwnames)
	}
	base, err := nf(th, nt, args, kwnames)
	if err != nil {
		return nil, err
	}
	o := NewObject(t)
	o.Base = base
	return o, nil
}

// registerInit exposes a built-in type's Go initializer as its __init__ method (so that
// super().__init__(…) reaches it).
func registerInit(t *Type) {
	t.Dict.SetStr("__init__", newMethodDescr("__init__", t, func(th *Thread, args []Value, kw []string) (Value, error) {
		return None, t.Init(th, args[0], args[1:], kw)
	}))
}

// newTypeFromArgs is type.__new__(meta, name, bases, namespace, **kwargs).
func newTypeFromArgs(th *Thread, meta *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos == 1 && meta == TypeType && len(kwnames) == 0 {
		return args[0].Type(), nil
	}
	if npos != 3 {
		return nil, TypeErrorf("type.__new__() takes exactly 3 arguments (%d given)", npos)
	}
	name, ok1 := args[0].(Str)
	bases, ok2 := args[1].(Tuple)
	ns, ok3 := args[2].(*Dict)
	if !ok1 {
		return nil, TypeErrorf("type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	if !ok2 {
		return nil, TypeErrorf("type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	if !ok3 {
		return nil, TypeErrorf("type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	bt := make([]*Type, len(bases))
	for i, b := range bases {
		var ok bool
		if bt[i], ok = b.(*Type); !ok {
			return nil, TypeErrorf("bases must be types")
		}
	}
	var kwargs *Dict
	if len(kwnames) > 0 {
		kwargs = KwargsDict(args, kwnames)
	}
	return NewClassWithMeta(th, meta, string(name), bt, ns.Copy(), kwargs)
}
