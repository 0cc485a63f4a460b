package runtime

// BuiltinFunc is the Go signature of a built-in function or method. For methods, args[0]
// is self. args and kwnames follow the vectorcall convention (see Callable).
type BuiltinFunc func(th *Thread, args []Value, kwnames []string) (Value, error)

// Builtin is a Go function visible to aio: a builtin function (len, print), a module
// function, or a built-in method bound to its receiver (Self != nil: "abc".upper).
// Builtins do not bind when stored in a class (like CPython's builtin functions).
type Builtin struct {
	Name string
	Fn   BuiltinFunc
	// Self is the bound receiver, prepended to the arguments; nil for plain functions.
	Self Value
	// Module is the __module__ of module-level functions ("" for builtins).
	Module  string
	wrapper bool // a slot wrapper bound to Self (a method-wrapper)
}

// Type returns builtin_function_or_method (method-wrapper for bound slot wrappers).
func (b *Builtin) Type() *Type {
	if b.wrapper {
		return MethodWrapperType
	}
	return BuiltinFuncType
}

// NewBuiltin returns a built-in function.
func NewBuiltin(name string, fn BuiltinFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// Call calls the Go function (prepending Self if bound).
func (b *Builtin) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	if b.Self == nil {
		return b.Fn(th, args, kwnames)
	}
	full := make([]Value, len(args)+1)
	full[0] = b.Self
	copy(full[1:], args)
	return b.Fn(th, full, kwnames)
}

// MethodDescr is a Go method of a built-in type, stored in the type's Dict
// (str.upper, list.append). Read through an instance it binds like a function; LookupMethod
// returns it unbound so obj.m(…) allocates no bound method. Fn receives self as args[0];
// when self is an instance of a user subclass of the built-in type, Call passes the
// built-in value (Object.Base) instead.
type MethodDescr struct {
	Name  string
	Owner *Type
	Fn    BuiltinFunc
	// nargs is 1 + the exact argument count of a built-in special method (checked before
	// Fn runs, so Fn may index args), or 0 when Fn checks its arguments itself.
	nargs int8
	// slot marks CPython's "slot wrapper" special methods (shown and typed differently).
	slot bool
	// raw methods receive instances of user subclasses as they are (not their Base).
	raw bool
}

// slotMethods are the special methods CPython exposes as slot wrappers.
var slotMethods = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{"__init__", "__repr__", "__str__", "__hash__", "__call__", "__getattribute__",
		"__setattr__", "__delattr__", "__iter__", "__next__", "__len__", "__getitem__", "__setitem__",
		"__delitem__", "__contains__", "__get__", "__set__", "__delete__", "__bool__", "__int__", "__float__",
		"__index__", "__abs__", "__await__"} {
		m[n] = true
	}
	for i := range binopDunders {
		m[binopDunders[i]], m[binopRDunders[i]], m[binopIDunders[i]] = true, true, true
	}
	for _, n := range cmpDunders {
		m[n] = true
	}
	for _, n := range unaryDunders {
		m[n] = true
	}
	return m
}()

// WrapperDescrType and MethodWrapperType are the types of slot wrappers
// (int.__add__) and of slot wrappers bound to an object ((1).__add__).
var (
	WrapperDescrType  = newBuiltinType("wrapper_descriptor", ObjectType, 0)
	MethodWrapperType = newBuiltinType("method-wrapper", ObjectType, 0)
)

// newMethodDescr makes a method descriptor, noting the arity of special methods.
func newMethodDescr(name string, owner *Type, fn BuiltinFunc) *MethodDescr {
	m := &MethodDescr{Name: name, Owner: owner, Fn: fn}
	if n, ok := dunderArity[name]; ok {
		m.nargs = int8(n + 1)
	}
	m.slot = slotMethods[name]
	switch {
	case name == "__getitem__" && (owner == ListType || owner == DictType),
		name == "__contains__" && (owner == DictType || owner == SetType || owner == FrozenSetType):
		m.slot = false // CPython defines these as plain methods
	}
	return m
}

// Type returns method_descriptor (wrapper_descriptor for slot wrappers).
func (m *MethodDescr) Type() *Type {
	if m.slot {
		return WrapperDescrType
	}
	return MethodDescrType
}

// callSelf calls the method with self and the other arguments separately.
func (m *MethodDescr) callSelf(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	if th != nil {
		// Go builtins do not keep their argument slice: build it on the thread's
		// argument stack instead of the heap.
		base := len(th.argStack)
		th.argStack = append(append(th.argStack, self), args...)
		top := len(th.argStack)
		r, err := m.Call(th, th.argStack[base:top:top], kwnames)
		clear(th.argStack[base:top])
		th.argStack = th.argStack[:base]
		return r, err
	}
	full := make([]Value, len(args)+1)
	full[0] = self
	copy(full[1:], args)
	return m.Call(th, full, kwnames)
}

// Call calls the method; args[0] is self.
func (m *MethodDescr) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) == 0 {
		return nil, TypeErrorf("unbound method %s.%s() needs an argument", m.Owner.Name, m.Name)
	}
	self := args[0]
	if !self.Type().IsSubtype(m.Owner) {
		return nil, TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, self.Type().Name)
	}
	if m.nargs > 0 && (len(args) != int(m.nargs) || len(kwnames) > 0) {
		n := int(m.nargs) - 1
		if len(kwnames) > 0 {
			return nil, TypeErrorf("%s.%s() takes no keyword arguments", m.Owner.Name, m.Name)
		}
		if n == 0 {
			return nil, TypeErrorf("%s.%s() takes no arguments (%d given)", m.Owner.Name, m.Name, len(args)-1)
		}
		return nil, TypeErrorf("expected %d argument%s, got %d", n, plural(n), len(args)-1)
	}
	if o, ok := self.(*Object); ok && o.Base != nil && !m.raw {
		args = append([]Value{o.Base}, args[1:]...)
	}
	return m.Fn(th, args, kwnames)
}

// dunderArity is the number of arguments (besides self) of the special methods the
// built-in types define; MethodDescr.Call checks it so their Go code may index args.
var dunderArity = func() map[string]int {
	m := map[string]int{
		"__getitem__": 1, "__contains__": 1, "__setitem__": 2, "__delitem__": 1,
		"__len__": 0, "__iter__": 0, "__repr__": 0, "__str__": 0, "__hash__": 0, "__bool__": 0,
		"__reversed__": 0, "__index__": 0, "__int__": 0, "__float__": 0, "__abs__": 0,
		"__trunc__": 0, "__floor__": 0, "__ceil__": 0, "__next__": 0, "__enter__": 0,
		"__format__": 1, "__get__": -1,
	}
	for _, n := range cmpDunders {
		m[n] = 1
	}
	for i := range binopDunders {
		m[binopDunders[i]] = 1
		m[binopRDunders[i]] = 1
	}
	for _, n := range unaryDunders {
		m[n] = 0
	}
	delete(m, "__get__")
	delete(m, "__pow__") // pow(a, b, mod) passes three
	return m
}()

// FuncName returns the method's qualified name (for reprs).
func (m *MethodDescr) FuncName() string { return m.Owner.Name + "." + m.Name }

// Function is implemented by callables that bind as methods when found on a class and read
// through an instance: the vm's Python functions and MethodDescr. Reading such an attribute
// through an instance gives a *BoundMethod; LookupMethod returns it unbound with self to
// be passed first.
type Function interface {
	Callable
	// FuncName returns __qualname__ (used in reprs of bound methods).
	FuncName() string
}

// BoundMethod is a function bound to an instance (obj.method read as a value).
type BoundMethod struct {
	Self Value
	Func Value
}

// Type returns method.
func (*BoundMethod) Type() *Type { return BoundMethodType }

// Call calls Func with Self prepended.
func (m *BoundMethod) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	return CallWithSelf(th, m.Func, m.Self, args, kwnames)
}

// addMethods fills a built-in type's Dict with Go methods (at package init only).
func addMethods(t *Type, methods map[string]BuiltinFunc) {
	for name, fn := range methods {
		t.Dict.SetStr(name, newMethodDescr(name, t, fn))
	}
}

// AddMethod adds one Go method to a built-in type created with NewBuiltinType (at package
// init only).
func AddMethod(t *Type, name string, fn BuiltinFunc) {
	t.Dict.SetStr(name, newMethodDescr(name, t, fn))
}

// Module is a module object.
type Module struct {
	Name string
	Dict *Dict
}

// Type returns module.
func (*Module) Type() *Type { return ModuleType }

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", Str(name))
	m.Dict.SetStr("__doc__", None)
	return m
}

// AddFunc adds a Go function to the module.
func (m *Module) AddFunc(name string, fn BuiltinFunc) {
	m.Dict.SetStr(name, &Builtin{Name: name, Fn: fn, Module: m.Name})
}

// Cell is a closure cell (shared variable); the vm may use it for free variables.
type Cell struct {
	V Value // nil: empty
}

// Type returns cell.
func (*Cell) Type() *Type { return CellType }
