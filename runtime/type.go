package runtime

import "unsafe"

// TypeFlags describe properties of a *Type.
type TypeFlags uint32

const (
	// FlagBaseType: the type may be subclassed (int, list, object … but not bool, NoneType).
	FlagBaseType TypeFlags = 1 << iota
	// FlagHeap: a class created at run time by a class statement (mutable attributes).
	FlagHeap
	// FlagHasDict: instances have a __dict__.
	FlagHasDict
)

// NewFunc creates an instance of t (the __new__ step of calling a type). args follow the
// vectorcall convention.
type NewFunc func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error)

// Type is a Python class: a built-in type (int, list, …) or a user class.
//
// Built-in types are package-level values, complete after package init and never modified
// afterwards; user classes (FlagHeap) are created by NewClass and may be modified through
// SetAttr, which keeps the attribute cache coherent.
type Type struct {
	Name     string
	Qualname string
	Module   string
	Bases    []*Type
	// MRO is the C3 linearization, starting with the type itself.
	MRO []*Type
	// Dict holds the class attributes (methods, class variables, descriptors).
	Dict  *Dict
	Flags TypeFlags
	// Slots are the names declared in __slots__ (instances store them in Object.Slots),
	// including those inherited; nil without __slots__.
	Slots []string
	// New constructs instances; nil means "inherit from the first base that has one".
	New NewFunc
	// Init is a Go initializer for built-in types that need one (like list.__init__).
	// User classes define __init__ in Dict instead.
	Init func(th *Thread, self Value, args []Value, kwnames []string) error

	meta *Type // metaclass; nil means type
	// solid is the built-in type that decides the layout of instances (object, int,
	// BaseException, list, …).
	solid *Type
	// subclasses of a heap type, for cache invalidation.
	subclasses []*Type
	// cache memoizes MRO lookups of a heap type (nil for built-in types, which are shared
	// by all interpreters and never change); version invalidates it.
	cache   *attrCache
	version uint64
	// attrHint is the largest instance __dict__ seen, to presize new instances' dicts.
	attrHint int
	// attrKeys are boxed instance attribute names with their hashes, shared by the
	// instances' dicts so that adding an attribute neither boxes nor hashes its name again.
	attrKeys []internedKey
	special  specialMethods
}

// attrCache is a direct-mapped cache of MRO lookups keyed by the name string's data
// pointer and length: attribute names come from code objects, so the same pointer
// recurs and a hit costs no hashing. The entry keeps the pointer alive, so it cannot be
// reused for another string while cached.
type attrCache struct {
	entries [attrCacheSize]attrCacheEntry
}

const attrCacheSize = 256

type attrCacheEntry struct {
	ptr     *byte
	n       int
	version uint64
	v       Value // nil: not found
	owner   *Type
	// slot is the position of name among the type's attrKeys (-1: none, as of nkeys
	// keys); plain reports a name instances store in their __dict__ without a descriptor
	// on the class (see instAttr).
	slot, nkeys int32
	plain       bool
}

// specialMethods caches, per version, where a heap type's construction and attribute
// hooks live.
type specialMethods struct {
	version             uint64
	valid               bool
	newf, initf         Value
	newOwner, initOwner *Type
	setattr, delattr    Value // user-defined only
	getattr             Value // user-defined __getattr__
	getattribute        Value // user-defined __getattribute__
}

// specials returns the (cached) special-method resolution of a heap type.
func (t *Type) specials() *specialMethods {
	sp := &t.special
	if sp.valid && sp.version == t.version {
		return sp
	}
	return t.resolveSpecials()
}

// resolveSpecials fills t's special-method cache for its current version (specials past
// its inlined fast path).
func (t *Type) resolveSpecials() *specialMethods {
	sp := &t.special
	*sp = specialMethods{version: t.version, valid: true}
	sp.newf, sp.newOwner = t.LookupOwner("__new__")
	sp.initf, sp.initOwner = t.LookupOwner("__init__")
	if f, owner := t.LookupOwner("__setattr__"); owner != nil && owner.IsHeap() {
		sp.setattr = f
	}
	if f, owner := t.LookupOwner("__delattr__"); owner != nil && owner.IsHeap() {
		sp.delattr = f
	}
	if f, owner := t.LookupOwner("__getattr__"); owner != nil {
		sp.getattr = f
	}
	if f, owner := t.LookupOwner("__getattribute__"); owner != nil && owner.IsHeap() {
		sp.getattribute = f
	}
	return sp
}

// Type returns the metaclass (type, unless a class says otherwise).
func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// IsHeap reports whether t is a user class.
func (t *Type) IsHeap() bool { return t.Flags&FlagHeap != 0 }

// IsSubtype reports whether t is base or a subclass of it.
func (t *Type) IsSubtype(base *Type) bool {
	if t == base {
		return true
	}
	for _, m := range t.MRO {
		if m == base {
			return true
		}
	}
	return false
}

// Lookup finds name along the MRO (class attributes only, no descriptors applied). It does
// not allocate.
func (t *Type) Lookup(name string) (Value, bool) {
	v, owner := t.LookupOwner(name)
	return v, owner != nil
}

// LookupOwner is Lookup also returning the class in the MRO that defines name.
func (t *Type) LookupOwner(name string) (Value, *Type) {
	if t.cache != nil && len(name) > 0 {
		ptr := unsafe.StringData(name)
		e := &t.cache.entries[(uintptr(unsafe.Pointer(ptr))>>3^uintptr(len(name)))%attrCacheSize]
		if e.ptr == ptr && e.n == len(name) && e.version == t.version {
			return e.v, e.owner
		}
		t.fillAttrCache(e, name)
		return e.v, e.owner
	}
	return t.lookupMRO(name)
}

func (t *Type) lookupMRO(name string) (Value, *Type) {
	for _, m := range t.MRO {
		if v, ok := m.Dict.GetStr(name); ok {
			return v, m
		}
	}
	return nil, nil
}

// SetAttrStr stores a class attribute of a heap type and invalidates attribute caches.
func (t *Type) setClassAttr(name string, v Value) {
	if v == nil {
		t.Dict.DeleteStr(name)
	} else {
		t.Dict.SetStr(name, v)
	}
	t.invalidate()
}

func (t *Type) invalidate() {
	t.version++
	for _, s := range t.subclasses {
		s.invalidate()
	}
}

// Version returns a counter that changes whenever the attributes of t or of a class in
// its MRO change (class dict updates, including replacing a value): a lookup result
// cached with the version is valid while Version returns the same number.
func (t *Type) Version() uint64 { return t.version }

// HasAttrHooks reports whether instance attribute lookup on a heap type t goes through a
// user __getattribute__ or a __getattr__ anywhere in its MRO.
func (t *Type) HasAttrHooks() bool {
	if !t.IsHeap() {
		return true
	}
	sp := t.specials()
	return sp.getattribute != nil || sp.getattr != nil
}

// Invalidate must be called after changing a heap type's Dict directly (SetAttr does it):
// it drops the attribute caches of the type and its subclasses.
func (t *Type) Invalidate() { t.invalidate() }

// Solid returns the built-in type that decides the instance layout of t.
func (t *Type) Solid() *Type {
	if t.solid != nil {
		return t.solid
	}
	return t
}

// newBuiltinType makes a built-in type with the given base (nil only for object).
func newBuiltinType(name string, base *Type, flags TypeFlags) *Type {
	t := &Type{Name: name, Qualname: name, Module: "builtins", Dict: NewDict(), Flags: flags}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
	} else {
		t.MRO = []*Type{t}
	}
	return t
}

// NewBuiltinType creates a built-in type for another package (the vm's function, generator
// and coroutine types, stdlib types). Call it at package init and fill Dict there; it must
// not change afterwards. base nil means object.
func NewBuiltinType(name, module string, base *Type, subclassable bool) *Type {
	if base == nil {
		base = ObjectType
	}
	var f TypeFlags
	if subclassable {
		f = FlagBaseType
	}
	t := newBuiltinType(name, base, f)
	t.Module = module
	return t
}

// The fundamental built-in types. Their Dicts are filled by init functions in the files
// that implement them.
var (
	ObjectType         = newBuiltinType("object", nil, FlagBaseType)
	TypeType           = newBuiltinType("type", ObjectType, FlagBaseType)
	NoneTypeType       = newBuiltinType("NoneType", ObjectType, 0)
	NotImplementedType = newBuiltinType("NotImplementedType", ObjectType, 0)
	EllipsisType       = newBuiltinType("ellipsis", ObjectType, 0)
	IntType            = newBuiltinType("int", ObjectType, FlagBaseType)
	BoolType           = newBuiltinType("bool", IntType, 0)
	FloatType          = newBuiltinType("float", ObjectType, FlagBaseType)
	ComplexType        = newBuiltinType("complex", ObjectType, FlagBaseType)
	StrType            = newBuiltinType("str", ObjectType, FlagBaseType)
	BytesType          = newBuiltinType("bytes", ObjectType, FlagBaseType)
	ByteArrayType      = newBuiltinType("bytearray", ObjectType, FlagBaseType)
	ListType           = newBuiltinType("list", ObjectType, FlagBaseType)
	TupleType          = newBuiltinType("tuple", ObjectType, FlagBaseType)
	DictType           = newBuiltinType("dict", ObjectType, FlagBaseType)
	SetType            = newBuiltinType("set", ObjectType, FlagBaseType)
	FrozenSetType      = newBuiltinType("frozenset", ObjectType, FlagBaseType)
	RangeType          = newBuiltinType("range", ObjectType, 0)
	SliceType          = newBuiltinType("slice", ObjectType, 0)
	ModuleType         = newBuiltinType("module", ObjectType, FlagBaseType)
	BuiltinFuncType    = newBuiltinType("builtin_function_or_method", ObjectType, 0)
	MethodDescrType    = newBuiltinType("method_descriptor", ObjectType, 0)
	BoundMethodType    = newBuiltinType("method", ObjectType, 0)
	PropertyType       = newBuiltinType("property", ObjectType, FlagBaseType)
	ClassMethodType    = newBuiltinType("classmethod", ObjectType, FlagBaseType)
	StaticMethodType   = newBuiltinType("staticmethod", ObjectType, FlagBaseType)
	SuperType          = newBuiltinType("super", ObjectType, FlagBaseType)
	CellType           = newBuiltinType("cell", ObjectType, 0)
	MemberDescrType    = newBuiltinType("member_descriptor", ObjectType, 0)
	GetSetDescrType    = newBuiltinType("getset_descriptor", ObjectType, 0)
)

func init() {
	TypeType.Flags |= FlagBaseType
	NoneTypeType.Module = "builtins"
}

// maxAttrKeys bounds the attribute keys a class records for its instances.
const maxAttrKeys = 16

type internedKey struct {
	key  Value // a Str
	hash int64
}

// internKey returns name boxed as a Value and its hash, reusing those of the names
// instances of a heap type usually get.
func (t *Type) internKey(name string) (Value, int64) {
	for i := range t.attrKeys {
		k := &t.attrKeys[i]
		if s, _ := k.key.(Str); smallStrEq(string(s), name) {
			return k.key, k.hash
		}
	}
	k := internedKey{Str(name), strHash(name)}
	if len(t.attrKeys) < maxAttrKeys {
		t.attrKeys = append(t.attrKeys, k)
	}
	return k.key, k.hash
}
