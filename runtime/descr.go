package runtime

// Descriptor is implemented by values whose behaviour changes when they are class
// attributes read through an instance or the class (CPython's __get__). obj is nil when
// the attribute is read through the class itself.
type Descriptor interface {
	Value
	DescrGet(th *Thread, obj Value, typ *Type) (Value, error)
}

// DataDescriptor is a Descriptor that also controls assignment and deletion (__set__,
// __delete__); it takes precedence over the instance __dict__. v is nil for deletion.
type DataDescriptor interface {
	Descriptor
	DescrSet(th *Thread, obj Value, v Value) error
}

// Property is a property object (getter, setter, deleter; any may be nil).
type Property struct {
	Get, Set, Del Value
	Doc           Value
	// Name is the attribute name (set when the class is created), for error messages.
	Name string
}

func (p *Property) errorf(obj Value, what string) *Exception {
	if p.Name == "" {
		// no __set_name__ (a property added to the class after its creation)
		return AttributeErrorf("property of '%s' object has no %s", obj.Type().Qualname, what)
	}
	return AttributeErrorf("property '%s' of '%s' object has no %s", p.Name, obj.Type().Qualname, what)
}

// Type returns property.
func (*Property) Type() *Type { return PropertyType }

// DescrGet calls the getter (the property itself when read through the class).
func (p *Property) DescrGet(th *Thread, obj Value, typ *Type) (Value, error) {
	if obj == nil {
		return p, nil
	}
	if p.Get == nil {
		return nil, p.errorf(obj, "getter")
	}
	return Call(th, p.Get, []Value{obj}, nil)
}

// DescrSet calls the setter or deleter.
func (p *Property) DescrSet(th *Thread, obj Value, v Value) error {
	if v == nil {
		if p.Del == nil {
			return p.errorf(obj, "deleter")
		}
		_, err := Call(th, p.Del, []Value{obj}, nil)
		return err
	}
	if p.Set == nil {
		return p.errorf(obj, "setter")
	}
	_, err := Call(th, p.Set, []Value{obj, v}, nil)
	return err
}

// ClassMethod is a classmethod object.
type ClassMethod struct{ Func Value }

// Type returns classmethod.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// DescrGet binds the function to the class.
func (c *ClassMethod) DescrGet(th *Thread, obj Value, typ *Type) (Value, error) {
	if typ == nil {
		typ = obj.Type()
	}
	return &BoundMethod{Self: typ, Func: c.Func}, nil
}

// StaticMethod is a staticmethod object.
type StaticMethod struct{ Func Value }

// Type returns staticmethod.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// DescrGet returns the function unchanged.
func (s *StaticMethod) DescrGet(th *Thread, obj Value, typ *Type) (Value, error) {
	return s.Func, nil
}

// SlotMember is the descriptor of one __slots__ entry.
type SlotMember struct {
	Name  string
	Owner *Type
	Index int
}

// Type returns member_descriptor.
func (*SlotMember) Type() *Type { return MemberDescrType }

// DescrGet reads the slot.
func (s *SlotMember) DescrGet(th *Thread, obj Value, typ *Type) (Value, error) {
	if obj == nil {
		return s, nil
	}
	o, ok := obj.(*Object)
	if !ok || s.Index >= len(o.Slots()) {
		return nil, TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", s.Name, s.Owner.Name, obj.Type().Name)
	}
	if v := o.Slots()[s.Index]; v != nil {
		return v, nil
	}
	return nil, AttributeErrorf("'%s' object has no attribute '%s'", obj.Type().Name, s.Name)
}

// DescrSet writes (or with v nil clears) the slot.
func (s *SlotMember) DescrSet(th *Thread, obj Value, v Value) error {
	o, ok := obj.(*Object)
	if !ok || s.Index >= len(o.Slots()) {
		return TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", s.Name, s.Owner.Name, obj.Type().Name)
	}
	slots := o.Slots()
	if v == nil && slots[s.Index] == nil {
		return AttributeErrorf("'%s' object has no attribute '%s'", obj.Type().Name, s.Name)
	}
	slots[s.Index] = v
	return nil
}

// GetSet is a Go-implemented attribute of a built-in type (like int.real or
// BaseException.args). Set may be nil for read-only attributes.
type GetSet struct {
	Name  string
	Owner *Type
	Get   func(th *Thread, obj Value) (Value, error)
	Set   func(th *Thread, obj Value, v Value) error
}

// Type returns getset_descriptor.
func (*GetSet) Type() *Type { return GetSetDescrType }

// DescrGet calls Get.
func (g *GetSet) DescrGet(th *Thread, obj Value, typ *Type) (Value, error) {
	if obj == nil {
		return g, nil
	}
	if o, ok := obj.(*Object); ok && o.Base != nil {
		obj = o.Base
	}
	return g.Get(th, obj)
}

// DescrSet calls Set.
func (g *GetSet) DescrSet(th *Thread, obj Value, v Value) error {
	if g.Set == nil {
		return AttributeErrorf("attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
	}
	return g.Set(th, obj, v)
}

// addGetSet registers a GetSet on a built-in type (package init only).
func addGetSet(t *Type, name string, get func(th *Thread, obj Value) (Value, error), set func(th *Thread, obj Value, v Value) error) {
	t.Dict.SetStr(name, &GetSet{Name: name, Owner: t, Get: get, Set: set})
}

// AttributeErrorf returns an AttributeError with a formatted message.
func AttributeErrorf(format string, a ...any) *Exception {
	return Errorf(AttributeErrorType, format, a...)
}
