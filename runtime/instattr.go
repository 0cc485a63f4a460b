package runtime

import "unsafe"

// Instance attributes of heap types: the instances of one class nearly always get the
// same attributes in the same order (those __init__ assigns). The class records those
// names once (attrKeys, boxed and hashed) and its attribute cache remembers, per name, its
// position among them (slot). An instance keeps its attributes as inline values
// (Object.vals: vals[i] is attribute attrKeys[i], insertion order being the keys' order)
// until something needs a real dict; a dict whose first entries hold exactly those boxed
// keys ("in shape") is also read and assigned by position. Either way a lookup or an
// assignment costs pointer comparisons only, like CPython's split-keys dicts and inline
// values, while __dict__, vars(), deletion and ordering behave as with any dict.

// materialize turns o's inline values into its __dict__.
func (o *Object) materialize() {
	keys := o.typ.attrKeys
	d := NewDictSize(max(len(o.vals), 1))
	for i, v := range o.vals {
		d.appendEntry(keys[i].hash, keys[i].key, v)
	}
	o.dict, o.vals = d, nil
}

// fillAttrCache fills e with the MRO lookup of name (e is name's slot in t.cache).
func (t *Type) fillAttrCache(e *attrCacheEntry, name string) {
	v, owner := t.lookupMRO(name)
	*e = attrCacheEntry{ptr: unsafe.StringData(name), n: len(name), version: t.version, v: v, owner: owner, slot: -1, nkeys: -1}
	e.plain = owner == nil || isPlainClassAttr(v)
}

// isPlainClassAttr reports a class attribute that an instance attribute of the same name
// shadows without further ado: no descriptor that takes part in assignment.
func isPlainClassAttr(v Value) bool {
	switch v.(type) {
	case Function, Int, Str, Float, Bool, NoneValue, Tuple:
		return true
	}
	return false
}

// instAttr returns the attribute cache entry of name for a heap type t with an
// attribute cache, with slot up to date.
func (t *Type) instAttr(name string) *attrCacheEntry {
	ptr := unsafe.StringData(name)
	e := &t.cache.entries[(uintptr(unsafe.Pointer(ptr))>>3^uintptr(len(name)))%attrCacheSize]
	if e.ptr != ptr || e.n != len(name) || e.version != t.version {
		t.fillAttrCache(e, name)
	}
	if e.slot < 0 && e.nkeys != int32(len(t.attrKeys)) {
		e.nkeys = int32(len(t.attrKeys))
		for i := range t.attrKeys {
			if s, _ := t.attrKeys[i].key.(Str); smallStrEq(string(s), name) {
				e.slot = int32(i)
				break
			}
		}
	}
	return e
}

// sameBox reports whether a and b are the very same boxed value (one interned key).
func sameBox(a, b Value) bool {
	wa := (*ifaceWords)(unsafe.Pointer(&a))
	wb := (*ifaceWords)(unsafe.Pointer(&b))
	return wa.data == wb.data && wa.tab == wb.tab
}

// inShape reports whether d (a small dict: no index, no holes) holds exactly the first
// len(d.entries) keys of keys, as the very same boxes.
func (d *Dict) inShape(keys []internedKey) bool {
	if d.index != nil || len(d.entries) > len(keys) {
		return false
	}
	for i := range d.entries {
		if !sameBox(d.entries[i].key, keys[i].key) {
			return false
		}
	}
	return true
}

// DictGetStr returns the attribute name from the instance __dict__ (ok false if absent
// or without a __dict__). It neither allocates nor calls user code.
func (o *Object) DictGetStr(name string) (Value, bool) {
	t := o.typ
	if o.vals != nil {
		if t.cache == nil || len(name) == 0 {
			return o.Dict().GetStr(name)
		}
		if i := int(t.instAttr(name).slot); i >= 0 && i < len(o.vals) {
			return o.vals[i], true
		}
		return nil, false // the keys are attrKeys[:len(vals)], and name is none of them
	}
	d := o.dict
	if d == nil {
		return nil, false
	}
	if t.cache != nil && d.index == nil && len(name) > 0 {
		e := t.instAttr(name)
		if i := int(e.slot); i >= 0 {
			if i < len(d.entries) && sameBox(d.entries[i].key, t.attrKeys[i].key) {
				return d.entries[i].val, true
			}
		} else if d.inShape(t.attrKeys) {
			return nil, false // every key is one of attrKeys, and name is none of them
		}
	}
	return d.GetStr(name)
}

// setInstAttr is setAttr's fast path for an instance (with a __dict__) of a heap type
// without attribute hooks: it stores v (non-nil) and reports true, or reports false when
// the general path must decide (a descriptor on the class, a name out of the class's
// usual order). Inline values that cannot take the name become a dict first.
func setInstAttr(t *Type, o *Object, name string, v Value) bool {
	if t.cache == nil || len(name) == 0 {
		if o.vals != nil {
			o.materialize()
		}
		return false
	}
	e := t.instAttr(name)
	if !e.plain {
		if o.vals != nil {
			o.materialize()
		}
		return false
	}
	i := int(e.slot)
	if vals := o.vals; vals != nil {
		if i < 0 && len(vals) == len(t.attrKeys) && len(vals) < maxAttrKeys {
			t.internKey(name) // a new key, right where this instance's next one goes
			i = len(vals)
		}
		if i >= 0 && i < len(vals) {
			vals[i] = v
			return true
		}
		if i == len(vals) {
			o.vals = append(vals, v)
			if n := len(o.vals); n > t.attrHint {
				t.attrHint = n
			}
			return true
		}
		o.materialize()
	}
	return setDictAttr(t, o.dict, i, v)
}

// setDictAttr stores v as the attribute at position i of t's attribute keys in the
// attribute dict d of an instance of t, when d is in shape (see inShape), and reports
// whether it did.
func setDictAttr(t *Type, d *Dict, i int, v Value) bool {
	if i < 0 || d.index != nil {
		return false
	}
	k := &t.attrKeys[i]
	if i < len(d.entries) {
		if sameBox(d.entries[i].key, k.key) {
			d.entries[i].val = v
			return true
		}
		return false
	}
	if i == len(d.entries) && d.inShape(t.attrKeys) {
		d.appendEntry(k.hash, k.key, v)
		if n := d.used; n > t.attrHint && n <= smallDict {
			t.attrHint = n
		}
		return true
	}
	return false
}

// AttrSlot returns the position of name among the attribute keys of the heap type t
// (where its instances keep that attribute), or -1. A position, once given, never
// changes, so the vm's inline caches may keep it.
func (t *Type) AttrSlot(name string) int {
	if t.cache == nil || len(name) == 0 {
		return -1
	}
	return int(t.instAttr(name).slot)
}

// SlotValue returns the instance attribute name, whose position among the attribute keys
// of o's class is slot (see AttrSlot), or nil if o does not have it. It neither
// allocates nor calls user code.
func (o *Object) SlotValue(slot int, name string) Value {
	if uint(slot) < uint(len(o.vals)) {
		return o.vals[slot]
	}
	return o.slotValue(slot, name)
}

// slotValue is SlotValue past its inline fast path.
func (o *Object) slotValue(slot int, name string) Value {
	if o.vals != nil {
		return nil // the keys are attrKeys[:len(vals)]
	}
	if d := o.dict; d != nil && d.index == nil && slot < len(d.entries) && sameBox(d.entries[slot].key, o.typ.attrKeys[slot].key) {
		return d.entries[slot].val
	}
	v, _ := o.DictGetStr(name)
	return v
}

// StoreSlot returns the position of name among t's attribute keys (see AttrSlot) when
// assigning obj.name on an instance of t just stores the value there: t is a heap type
// without __setattr__ and without a descriptor of that name. Otherwise it returns -1. The
// answer holds while t.Version() is unchanged.
func (t *Type) StoreSlot(name string) int {
	if !t.IsHeap() || t.cache == nil || len(name) == 0 || t.specials().setattr != nil {
		return -1
	}
	e := t.instAttr(name)
	if !e.plain {
		return -1
	}
	return int(e.slot)
}

// SetSlot stores v (non-nil) as the instance attribute at position slot of its class's
// attribute keys (see StoreSlot) and reports true, or reports false, changing nothing,
// when o does not keep that attribute by position (the general path must decide).
func (o *Object) SetSlot(slot int, v Value) bool {
	if uint(slot) < uint(len(o.vals)) {
		o.vals[slot] = v
		return true
	}
	return o.setSlot(slot, v)
}

// setSlot is SetSlot past its inline fast path.
func (o *Object) setSlot(slot int, v Value) bool {
	vals := o.vals
	if vals == nil {
		d := o.dict
		if d != nil && d.index == nil && slot < len(d.entries) && sameBox(d.entries[slot].key, o.typ.attrKeys[slot].key) {
			d.entries[slot].val = v
			return true
		}
		return false
	}
	if slot == len(vals) {
		o.vals = append(vals, v)
		if n := len(o.vals); n > o.typ.attrHint {
			o.typ.attrHint = n
		}
		return true
	}
	return false
}

// NumAttrKeys returns how many attribute keys the class t has recorded for its
// instances (it only grows; see AttrSlot).
func (t *Type) NumAttrKeys() int { return len(t.attrKeys) }

// InlineAttrs reports whether o keeps its attributes inline: then its attributes are
// exactly the first of its class's attribute keys.
func (o *Object) InlineAttrs() bool { return o.vals != nil }

// excGetAttr is getAttr's fast path for an attribute in the dict of an instance of a
// user exception class: found by position when no data descriptor of that name is on
// the class.
func excGetAttr(e *Exception, name string) (Value, bool) {
	t := e.typ
	d := e.Dict
	if t.cache == nil || d == nil || d.index != nil || len(name) == 0 {
		return nil, false
	}
	a := t.instAttr(name)
	if a.owner != nil && isDataDescriptor(a.v) {
		return nil, false
	}
	if i := int(a.slot); i >= 0 && i < len(d.entries) && sameBox(d.entries[i].key, t.attrKeys[i].key) {
		return d.entries[i].val, true
	}
	return nil, false
}

// excSetAttr is setAttr's fast path for storing v (non-nil) in the dict of an instance
// of a user exception class (no __setattr__) when no descriptor of that name is on the
// class; it reports whether it did.
func excSetAttr(t *Type, e *Exception, name string, v Value) bool {
	if t.cache == nil || e.Dict == nil || len(name) == 0 {
		return false
	}
	a := t.instAttr(name)
	return a.plain && setDictAttr(t, e.Dict, int(a.slot), v)
}

// ConstructMethods returns where calling the class t finds __new__ and __init__ (the
// values and the classes in the MRO that define them; nil owners when absent). For a user
// class the answer is cached per Version, so a construction fast path pays no lookups.
func (t *Type) ConstructMethods() (newf Value, newOwner *Type, initf Value, initOwner *Type) {
	if t.IsHeap() {
		sp := t.specials()
		return sp.newf, sp.newOwner, sp.initf, sp.initOwner
	}
	newf, newOwner = t.LookupOwner("__new__")
	initf, initOwner = t.LookupOwner("__init__")
	return newf, newOwner, initf, initOwner
}
