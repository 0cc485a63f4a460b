package runtime

import "unsafe"

// Object is an instance of a user class (or of object itself).
//
// Its __dict__ (Dict; nil when the class has __slots__ and no __dict__) starts out as
// inline values: vals[i] is the attribute named by the class's i-th attribute key (see
// instattr.go), so a typical instance is one small allocation and its attributes are read
// and assigned by position. The first operation that needs a real dict (reading
// __dict__, deleting an attribute, adding one out of the class's usual order, changing
// __class__) turns the values into one, for good. Slots() holds the values of __slots__
// members (nil entries are unset), behind a pointer so that instances of ordinary classes
// stay small (two inline values fit the 96-byte size class). When the class derives from a built-in type other than
// object (int, str, list, dict, …), Base holds the built-in value the instance extends,
// and the built-in methods operate on it.
type Object struct {
	typ   *Type
	dict  *Dict
	vals  []Value  // inline values while non-nil (dict is nil then)
	slots *[]Value // the __slots__ values (nil: the class has none)
	Base  Value
}

// Slots returns the values of the instance's __slots__ members (nil entries are unset;
// nil when its class has no __slots__). Assigning to an element changes the slot.
func (o *Object) Slots() []Value {
	if o.slots == nil {
		return nil
	}
	return *o.slots
}

// SetSlots replaces the values of the instance's __slots__ members.
func (o *Object) SetSlots(s []Value) {
	if s == nil {
		o.slots = nil
		return
	}
	o.slots = &s
}

// Type returns the object's class.
func (o *Object) Type() *Type { return o.typ }

// SetType changes __class__ (assignment to obj.__class__).
func (o *Object) SetType(t *Type) {
	if o.vals != nil {
		o.materialize() // the inline values are laid out by the old class
	}
	o.typ = t
}

// Dict returns the instance __dict__ (nil without one), turning inline values into a
// dict first.
func (o *Object) Dict() *Dict {
	if o.vals != nil {
		o.materialize()
	}
	return o.dict
}

// SetDict replaces the instance __dict__ (nil: none).
func (o *Object) SetDict(d *Dict) { o.dict, o.vals = d, nil }

// HasDict reports whether the instance has a __dict__.
func (o *Object) HasDict() bool { return o.dict != nil || o.vals != nil }

// objectWithVals1 … objectWithVals4 hold room for one to four inline attribute values:
// one allocation for a typical small instance.
type objectWithVals1 struct {
	o Object
	v [1]Value
}

type objectWithVals2 struct {
	o Object
	v [2]Value
}

type objectWithVals3 struct {
	o Object
	v [3]Value
}

type objectWithVals4 struct {
	o Object
	v [4]Value
}

// noVals is the (empty, non-nil) inline values of an instance without room reserved.
var noVals = make([]Value, 0)

// NewObject returns a bare instance of the user class t (no __init__ called).
func NewObject(t *Type) *Object {
	var o *Object
	if t.Flags&FlagHasDict != 0 {
		n := 0
		if t.IsHeap() {
			n = t.attrHint
		}
		switch {
		case n == 1:
			x := &objectWithVals1{}
			o = &x.o
			o.vals = x.v[:0]
		case n == 2:
			x := &objectWithVals2{}
			o = &x.o
			o.vals = x.v[:0]
		case n == 3:
			x := &objectWithVals3{}
			o = &x.o
			o.vals = x.v[:0]
		case n == 4:
			x := &objectWithVals4{}
			o = &x.o
			o.vals = x.v[:0]
		case n > 4:
			o = &Object{vals: make([]Value, 0, n)}
		default:
			o = &Object{vals: noVals}
		}
		o.typ = t
	} else {
		o = &Object{typ: t}
	}
	if len(t.Slots) > 0 {
		o.SetSlots(make([]Value, len(t.Slots)))
	}
	return o
}

// isPointerIdentical reports whether a and b are the same object, for pointer-shaped values,
// without ever panicking on uncomparable dynamic types.
func isPointerIdentical(a, b Value) bool {
	pa, ok := pointerOf(a)
	if !ok {
		return false
	}
	pb, ok := pointerOf(b)
	return ok && pa == pb
}

// pointerOf returns the data pointer of a pointer-shaped value.
func pointerOf(v Value) (unsafe.Pointer, bool) {
	switch v.(type) {
	case Int, Float, Bool, Str, Bytes, Complex, Tuple, NoneValue, NotImplementedValue, EllipsisValue:
		return nil, false
	}
	type iface struct {
		tab  unsafe.Pointer
		data unsafe.Pointer
	}
	return (*iface)(unsafe.Pointer(&v)).data, true
}

// Is implements Python's `is`.
func Is(a, b Value) bool {
	switch x := a.(type) {
	case NoneValue:
		_, ok := b.(NoneValue)
		return ok
	case Bool:
		y, ok := b.(Bool)
		return ok && x == y
	case Int:
		y, ok := b.(Int)
		return ok && x == y
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case Float:
		y, ok := b.(Float)
		return ok && x == y
	case Bytes:
		y, ok := b.(Bytes)
		return ok && x == y
	case NotImplementedValue:
		_, ok := b.(NotImplementedValue)
		return ok
	case EllipsisValue:
		_, ok := b.(EllipsisValue)
		return ok
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case Complex:
		y, ok := b.(Complex)
		return ok && x == y
	}
	return isPointerIdentical(a, b)
}

// ID returns id(v): an address-like number, stable for the object's lifetime (Go's heap
// does not move objects). Value-shaped objects get an id derived from their value.
func ID(v Value) int64 {
	// Addresses are shown in CPython's usual 0x7f… range (Go's heap lives elsewhere);
	// the low 40 bits keep them distinct.
	if p, ok := pointerOf(v); ok {
		return 0x7f0000000000 | int64(uintptr(p)&0xffffffffff)
	}
	if t, ok := v.(Tuple); ok && len(t) > 0 {
		return 0x7f0000000000 | int64(uintptr(unsafe.Pointer(&t[0]))&0xffffffffff)
	}
	h, _ := hashValueNoUser(v)
	return 0x7f0000000000 + (h&0xffffffff)<<4
}
