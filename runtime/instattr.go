package runtime

import "unsafe"

// Instance attributes of heap types live in an ordinary Dict per instance, but the
// instances of one class nearly always get the same attributes in the same order (those
// __init__ assigns). The class records those names once (attrKeys, boxed and hashed) and
// its attribute cache remembers, per name, its position among them (slot). An instance
// dict whose first entries hold exactly those boxed keys ("in shape") then answers a
// lookup or an assignment by position, with pointer comparisons only, like CPython's
// split-keys dicts, while remaining an ordinary dict for __dict__, vars(), deletion and
// ordering (any other dict just takes the general path).

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
	d := o.Dict
	if d == nil {
		return nil, false
	}
	if t := o.typ; t.cache != nil && d.index == nil && len(name) > 0 {
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

// setInstAttr is setAttr's fast path for an instance of a heap type without attribute
// hooks: it stores v (non-nil) in the instance dict and reports true, or reports false
// when the general path must decide (a descriptor on the class, a dict out of shape).
func setInstAttr(t *Type, d *Dict, name string, v Value) bool {
	if t.cache == nil || len(name) == 0 || d.index != nil {
		return false
	}
	e := t.instAttr(name)
	if !e.plain {
		return false
	}
	i := int(e.slot)
	if i < 0 {
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
