package runtime

// AttrGetter is implemented by Go values that carry their own attributes (the vm's
// functions, generators and code objects, stdlib objects). GetAttr consults it after data
// descriptors of the type and before the type's other attributes; ok false means "not an
// attribute of mine".
type AttrGetter interface {
	Value
	GetAttrStr(th *Thread, name string) (v Value, ok bool, err error)
}

// AttrSetter is implemented by Go values that accept attribute assignment (function
// attributes, …). v is nil for deletion. Returning an AttributeError is fine.
type AttrSetter interface {
	Value
	SetAttrStr(th *Thread, name string, v Value) error
}

// getAttr implements GetAttr.
func getAttr(th *Thread, obj Value, name string) (Value, error) {
	if o, ok := obj.(*Object); ok && o.HasDict() {
		// fast path for an instance attribute: no __getattribute__ override and no data
		// descriptor of that name on the class (objectGenericLookup's order)
		t := o.typ
		if !t.IsHeap() || t.specials().getattribute == nil {
			if cv, found := t.Lookup(name); !found || !isDataDescriptor(cv) {
				if v, ok := o.DictGetStr(name); ok {
					return v, nil
				}
			}
		}
	}
	if e, ok := obj.(*Exception); ok && e.Dict != nil && e.typ.IsHeap() && e.typ.specials().getattribute == nil {
		if v, ok := excGetAttr(e, name); ok {
			return v, nil
		}
	}
	v, ok, err := lookupAttr(th, obj, name)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, AttributeError(obj, name)
	}
	return v, nil
}

// isDataDescriptor reports whether a class attribute takes precedence over the instance
// dict.
func isDataDescriptor(v Value) bool {
	switch d := v.(type) {
	case *Property, *SlotMember, *GetSet:
		return true
	case *Object:
		if d.typ.IsHeap() {
			if _, ok := d.typ.Lookup("__set__"); ok {
				return true
			}
			_, ok := d.typ.Lookup("__delete__")
			return ok
		}
	case DataDescriptor:
		return true
	}
	return false
}

// bindClassAttr applies the descriptor protocol to a class attribute read through obj
// (obj nil: through the class t).
func bindClassAttr(th *Thread, v Value, obj Value, t *Type) (Value, error) {
	switch d := v.(type) {
	case *MethodDescr:
		if obj == nil {
			return v, nil
		}
		if !obj.Type().IsSubtype(d.Owner) {
			return nil, TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, obj.Type().Name)
		}
		self := obj
		if !d.raw {
			self = unwrapBase(obj)
		}
		return &Builtin{Name: d.Name, Fn: d.Fn, Self: self, wrapper: d.slot}, nil
	case Function:
		if obj == nil {
			return v, nil
		}
		return &BoundMethod{Self: obj, Func: v}, nil
	case Descriptor:
		return d.DescrGet(th, obj, t)
	case *Object:
		if d.typ.IsHeap() {
			if g, ok := d.typ.Lookup("__get__"); ok {
				var o Value = None
				if obj != nil {
					o = obj
				}
				return Call(th, g, []Value{v, o, t}, nil)
			}
		}
	}
	return v, nil
}

// lookupAttr implements LookupAttr.
func lookupAttr(th *Thread, obj Value, name string) (Value, bool, error) {
	switch o := obj.(type) {
	case *Object:
		return objectLookupAttr(th, o, name)
	case *Type:
		return typeLookupAttr(th, o, name)
	case *Module:
		if v, ok := o.Dict.GetStr(name); ok {
			return v, true, nil
		}
		if name == "__dict__" {
			return o.Dict, true, nil
		}
		if ga, ok := o.Dict.GetStr("__getattr__"); ok {
			v, err := Call(th, ga, []Value{Str(name)}, nil)
			if err != nil {
				if IsInstanceOf(err, AttributeErrorType) {
					return nil, false, nil
				}
				return nil, false, err
			}
			return v, true, nil
		}
	case *Exception:
		if t := o.typ; t.IsHeap() {
			if sp := t.specials(); sp.getattribute != nil {
				return hookedLookup(th, sp, obj, name)
			}
		}
	}
	return genericLookup(th, obj, name, true)
}

// genericLookup is object.__getattribute__ for values other than instances of user
// classes (plus __getattr__ when withHook).
func genericLookup(th *Thread, obj Value, name string, withHook bool) (Value, bool, error) {
	t := obj.Type()
	cv, owner := th.typeLookup(t, name)
	found := owner != nil
	if found && isDataDescriptor(cv) {
		v, err := bindClassAttr(th, cv, obj, t)
		return attrResult(v, err)
	}
	switch o := obj.(type) {
	case *Exception:
		if o.Dict != nil {
			if v, ok := o.Dict.GetStr(name); ok {
				return v, true, nil
			}
		}
	case AttrGetter:
		v, ok, err := o.GetAttrStr(th, name)
		if ok || err != nil {
			return v, ok, err
		}
	}
	if found {
		v, err := bindClassAttr(th, cv, obj, t)
		return attrResult(v, err)
	}
	if t.IsHeap() && withHook {
		if ga, ok := t.Lookup("__getattr__"); ok {
			return attrResult(Call(th, ga, []Value{obj, Str(name)}, nil))
		}
	}
	return nil, false, nil
}

// attrResult turns an AttributeError raised while computing an attribute into a miss.
func attrResult(v Value, err error) (Value, bool, error) {
	if err != nil {
		if IsInstanceOf(err, AttributeErrorType) {
			return nil, false, err
		}
		return nil, false, err
	}
	return v, true, nil
}

func objectLookupAttr(th *Thread, o *Object, name string) (Value, bool, error) {
	if o.typ.IsHeap() {
		if sp := o.typ.specials(); sp.getattribute != nil {
			return hookedLookup(th, sp, o, name)
		}
	}
	return objectGenericLookup(th, o, name, true)
}

// hookedLookup reads obj.name through a user __getattribute__ (then __getattr__ on an
// AttributeError).
func hookedLookup(th *Thread, sp *specialMethods, obj Value, name string) (Value, bool, error) {
	v, err := Call(th, sp.getattribute, []Value{obj, Str(name)}, nil)
	if err == nil {
		return v, true, nil
	}
	if !IsInstanceOf(err, AttributeErrorType) || sp.getattr == nil {
		return nil, false, err
	}
	v, err = Call(th, sp.getattr, []Value{obj, Str(name)}, nil)
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

// objectGenericLookup is object.__getattribute__ (plus __getattr__ when withHook).
func objectGenericLookup(th *Thread, o *Object, name string, withHook bool) (Value, bool, error) {
	t := o.typ
	cv, found := t.Lookup(name)
	if found && isDataDescriptor(cv) {
		return attrResult(bindClassAttr(th, cv, o, t))
	}
	if v, ok := o.DictGetStr(name); ok {
		return v, true, nil
	}
	if found {
		return attrResult(bindClassAttr(th, cv, o, t))
	}
	if !t.IsHeap() || !withHook {
		return nil, false, nil
	}
	if ga := t.specials().getattr; ga != nil {
		v, err := Call(th, ga, []Value{o, Str(name)}, nil)
		if err != nil {
			return nil, false, err
		}
		return v, true, nil
	}
	return nil, false, nil
}

func typeLookupAttr(th *Thread, t *Type, name string) (Value, bool, error) {
	meta := t.Type()
	mv, mowner := th.typeLookup(meta, name)
	mfound := mowner != nil
	if mfound && isDataDescriptor(mv) {
		return attrResult(bindClassAttr(th, mv, t, meta))
	}
	if v, ok := t.Lookup(name); ok {
		switch d := v.(type) {
		case Function:
			return v, true, nil
		case Descriptor:
			return attrResult(d.DescrGet(th, nil, t))
		case *Object:
			return attrResult(bindClassAttr(th, v, nil, t))
		}
		return v, true, nil
	}
	if mfound {
		return attrResult(bindClassAttr(th, mv, t, meta))
	}
	if meta.IsHeap() {
		if ga, ok := meta.Lookup("__getattr__"); ok {
			return attrResult(Call(th, ga, []Value{t, Str(name)}, nil))
		}
	}
	return nil, false, nil
}

// lookupMethod implements LookupMethod.
func lookupMethod(th *Thread, obj Value, name string) (Value, bool, error) {
	switch o := obj.(type) {
	case *Object:
		t := o.typ
		cv, found := t.Lookup(name)
		if found && t.IsHeap() && t.specials().getattribute != nil {
			found = false
		}
		if found {
			if f, ok := cv.(Function); ok {
				if v, ok := o.DictGetStr(name); ok {
					return v, false, nil
				}
				return f, true, nil
			}
		}
	case *Type, *Module, AttrGetter:
	default:
		if cv, owner := th.typeLookup(obj.Type(), name); owner != nil {
			if f, ok := cv.(*MethodDescr); ok {
				return f, true, nil
			}
			if f, ok := cv.(Function); ok {
				if _, isExc := obj.(*Exception); !isExc {
					return f, true, nil
				}
			}
		}
	}
	v, err := getAttr(th, obj, name)
	return v, false, err
}

// setAttr implements SetAttr and DelAttr (v nil).
func setAttr(th *Thread, obj Value, name string, v Value) error {
	t := obj.Type()
	if t.IsHeap() {
		sp := t.specials()
		if v != nil && sp.setattr != nil {
			_, err := Call(th, sp.setattr, []Value{obj, Str(name), v}, nil)
			return err
		}
		if v == nil && sp.delattr != nil {
			_, err := Call(th, sp.delattr, []Value{obj, Str(name)}, nil)
			return err
		}
		if e, ok := obj.(*Exception); ok && v != nil && excSetAttr(t, e, name, v) {
			return nil
		}
		if o, ok := obj.(*Object); ok && o.HasDict() {
			if v != nil && setInstAttr(t, o, name, v) {
				return nil
			}
			// fast path: no data descriptor of that name on the class
			cv, found := t.Lookup(name)
			if !found || !isDataDescriptor(cv) && !isUserDescriptor(cv) {
				d := o.Dict()
				if v == nil {
					if !d.DeleteStr(name) {
						return AttributeError(obj, name)
					}
					return nil
				}
				if i := d.IndexStr(name); i >= 0 {
					d.entries[i].val = v
					return nil
				}
				key, h := t.internKey(name)
				d.addStr(key, h, v)
				if n := d.used; n > t.attrHint && n <= smallDict {
					t.attrHint = n
				}
				return nil
			}
		}
	}
	return genericSetAttr(th, obj, name, v)
}

// GenericSetAttr is object.__setattr__ / object.__delattr__ (v nil): data descriptors,
// then the instance dict. User __setattr__ methods reach it through super().
func GenericSetAttr(th *Thread, obj Value, name string, v Value) error {
	return genericSetAttr(th, obj, name, v)
}

func genericSetAttr(th *Thread, obj Value, name string, v Value) error {
	if tt, ok := obj.(*Type); ok {
		return typeSetAttr(th, tt, name, v)
	}
	t := obj.Type()
	cv, found := t.Lookup(name)
	if found {
		switch d := cv.(type) {
		case DataDescriptor:
			return d.DescrSet(th, obj, v)
		case *Object:
			if d.typ.IsHeap() {
				dunder := "__set__"
				args := []Value{cv, obj, v}
				if v == nil {
					dunder, args = "__delete__", args[:2]
				}
				if f, ok := d.typ.Lookup(dunder); ok {
					_, err := Call(th, f, args, nil)
					return err
				}
			}
		}
	}
	var dict *Dict
	switch o := obj.(type) {
	case *Object:
		if v != nil && o.vals != nil && t.IsHeap() && setInstAttr(t, o, name, v) {
			return nil
		}
		dict = o.Dict()
	case *Exception:
		if o.Dict == nil {
			o.Dict = NewDict()
		}
		dict = o.Dict
		if v != nil && t.IsHeap() && t.attrHint < 2 {
			// newException gives later instances a dict with room for one or two
			t.attrHint = min(dict.used+1, 2)
		}
	case *Module:
		dict = o.Dict
	case AttrSetter:
		return o.SetAttrStr(th, name, v)
	}
	if dict == nil {
		if found || !t.IsHeap() {
			if v == nil {
				return AttributeErrorf("'%s' object attribute '%s' is read-only", t.Name, name)
			}
			if !found {
				return AttributeErrorf("'%s' object has no attribute '%s'", t.Name, name)
			}
			return AttributeErrorf("'%s' object attribute '%s' is read-only", t.Name, name)
		}
		return AttributeErrorf("'%s' object has no attribute '%s'", t.Name, name)
	}
	if v == nil {
		if !dict.DeleteStr(name) {
			return AttributeError(obj, name)
		}
		return nil
	}
	if t.IsHeap() {
		if i := dict.IndexStr(name); i >= 0 {
			dict.entries[i].val = v
			return nil
		}
		key, h := t.internKey(name) // no new key string boxed per instance
		dict.addStr(key, h, v)
		return nil
	}
	dict.SetStr(name, v)
	return nil
}

func typeSetAttr(th *Thread, t *Type, name string, v Value) error {
	if !t.IsHeap() {
		if v == nil {
			return TypeErrorf("cannot delete '%s' attribute of immutable type '%s'", name, t.Name)
		}
		return TypeErrorf("cannot set '%s' attribute of immutable type '%s'", name, t.Name)
	}
	meta := t.Type()
	if mv, ok := meta.Lookup(name); ok {
		if d, ok := mv.(DataDescriptor); ok {
			return d.DescrSet(th, t, v)
		}
	}
	if !t.IsHeap() {
		return TypeErrorf("cannot set '%s' attribute of immutable type '%s'", name, t.Name)
	}
	if v == nil {
		if _, ok := t.Dict.GetStr(name); !ok {
			return AttributeError(t, name)
		}
	}
	t.setClassAttr(name, v)
	return nil
}

// HasAttr reports hasattr(obj, name) (only AttributeError counts as absence).
func HasAttr(th *Thread, obj Value, name string) (bool, error) {
	_, ok, err := lookupAttr(th, obj, name)
	if err != nil && IsInstanceOf(err, AttributeErrorType) {
		return false, nil
	}
	return ok, err
}

// isUserDescriptor reports a class attribute that is an instance of a user class
// defining __set__ or __delete__ (checked by genericSetAttr).
func isUserDescriptor(v Value) bool {
	o, ok := v.(*Object)
	if !ok {
		return false
	}
	_, s := o.typ.Lookup("__set__")
	_, d := o.typ.Lookup("__delete__")
	return s || d
}
