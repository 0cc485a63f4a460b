package vm

import "github.com/aiolang/aio/runtime"

// lookupMethodCached is LOAD_METHOD's inline cache for instances of user classes: it
// returns the plain function that obj.name resolves to on the class, to be called with
// obj as self, or nil when the slow path (runtime.LookupMethod) must decide. A hit needs
// the same class at the same version as when the entry was filled and no instance
// attribute of that name; the entry is only filled for classes without
// __getattribute__/__getattr__ whose attribute is a plain function (a non-data
// descriptor), so the result is what the full lookup would give.
//
// The entry's ver holds the class version shifted left by attrSlotBits and, in the low
// bits, the number of the class's attribute keys when name was not among them
// (noKeyCount if it was): while that number stands, an instance keeping its attributes
// inline cannot have one of that name, and no lookup is needed to know it.
func lookupMethodCached(co *Code, pc int, o *runtime.Object, name string) runtime.Value {
	t := o.Type()
	e := &co.methodCache[pc]
	if e.typ != t || e.ver>>attrSlotBits != t.Version() {
		e.typ = nil
		if !t.IsHeap() || t.HasAttrHooks() {
			return nil
		}
		cv, ok := t.Lookup(name)
		if !ok {
			return nil
		}
		fn, ok := cv.(runtime.Function)
		if !ok {
			return nil
		}
		keys := uint64(noKeyCount)
		if n := t.NumAttrKeys(); n < noKeyCount && t.AttrSlot(name) < 0 {
			keys = uint64(n)
		}
		*e = methodCacheEntry{typ: t, ver: t.Version()<<attrSlotBits | keys, fn: fn}
	}
	if o.InlineAttrs() && int(e.ver&attrSlotMask) == t.NumAttrKeys() {
		return e.fn
	}
	if _, shadowed := o.DictGetStr(name); shadowed {
		return nil
	}
	return e.fn
}

// noKeyCount marks a LOAD_METHOD cache entry whose name is an attribute key of the class.
const noKeyCount = attrSlotMask

// loadAttrCached is LOAD_ATTR's inline cache for instance attributes of user classes: it
// returns obj.name from the instance dict when the class (at the cached version) has no
// __getattribute__/__getattr__ and its attribute of that name, if any, is a plain
// function (so no data descriptor takes precedence), or nil for the slow path.
//
// A LOAD_ATTR entry also remembers where instances of the class keep the attribute
// (runtime.Type.AttrSlot): its ver field holds the class version shifted left by
// attrSlotBits, and the low bits the position plus one (0: not known yet).
func loadAttrCached(co *Code, pc int, o *runtime.Object, name string) runtime.Value {
	if !o.HasDict() {
		return nil
	}
	t := o.Type()
	e := &co.methodCache[pc]
	if e.typ != t || e.ver>>attrSlotBits != t.Version() {
		e.typ = nil
		if !t.IsHeap() || t.HasAttrHooks() {
			return nil
		}
		if cv, ok := t.Lookup(name); ok {
			if _, ok := cv.(runtime.Function); !ok {
				return nil
			}
		}
		*e = methodCacheEntry{typ: t, ver: t.Version() << attrSlotBits}
	}
	slot := int(e.ver & attrSlotMask)
	if slot == 0 {
		if s := t.AttrSlot(name); s >= 0 && s < attrSlotMask {
			slot = s + 1
			e.ver |= uint64(slot)
		} else {
			v, _ := o.DictGetStr(name)
			return v
		}
	}
	return o.SlotValue(slot-1, name)
}

// attrSlotBits is the number of low bits of a LOAD_ATTR cache entry's ver that hold the
// attribute's position plus one (positions are below 16: runtime's maxAttrKeys).
const (
	attrSlotBits = 5
	attrSlotMask = 1<<attrSlotBits - 1
)

// storeAttrCached is STORE_ATTR's inline cache for instance attributes of user classes: it
// stores v as o.name and reports true when the class (at the cached version) has no
// __setattr__ and no descriptor of that name and the instance keeps the attribute by
// position (runtime.Type.StoreSlot, runtime.Object.SetSlot); false leaves the
// instruction to runtime.SetAttr. Its entries are laid out like loadAttrCached's. It
// needs co.methodCache (allocated when the code has a STORE_ATTR).
func storeAttrCached(co *Code, pc int, o *runtime.Object, name string, v runtime.Value) bool {
	if co.methodCache == nil {
		return false
	}
	t := o.Type()
	e := &co.methodCache[pc]
	if e.typ != t || e.ver>>attrSlotBits != t.Version() {
		e.typ = nil
		slot := t.StoreSlot(name)
		if slot < 0 || slot >= attrSlotMask {
			return false
		}
		*e = methodCacheEntry{typ: t, ver: t.Version()<<attrSlotBits | uint64(slot+1)}
	}
	return o.SetSlot(int(e.ver&attrSlotMask)-1, v)
}
