package runtime

// The protocol entry points the vm calls on its hot paths. Each has a fast path for the
// built-in types and falls back to the special methods of user classes.

// Binary evaluates a <op> b with CPython's rules: fast paths for built-in numbers, str,
// list, tuple; then __op__ / __rop__ (the reflected method first when b's type is a proper
// subclass of a's), NotImplemented handling, and CPython's TypeError
// ("unsupported operand type(s) for +: 'int' and 'str'").
func Binary(th *Thread, op BinaryOp, a, b Value) (Value, error) { return binary(th, op, a, b) }

// InPlace evaluates a <op>= b: __iop__ first (list += mutates), then Binary.
func InPlace(th *Thread, op BinaryOp, a, b Value) (Value, error) { return inplace(th, op, a, b) }

// Unary evaluates -a, +a, ~a.
func Unary(th *Thread, op UnaryOp, a Value) (Value, error) { return unary(th, op, a) }

// Compare evaluates a rich comparison and returns its result (user __eq__/__lt__ may return
// any value). == and != fall back to identity; ordering raises CPython's TypeError
// ("'<' not supported between instances of 'int' and 'str'").
func Compare(th *Thread, op CompareOp, a, b Value) (Value, error) { return compare(th, op, a, b) }

// CompareBool is Compare followed by Truth.
func CompareBool(th *Thread, op CompareOp, a, b Value) (bool, error) {
	return compareBool(th, op, a, b)
}

// Equal reports a == b (identity implies equality, as in containers).
func Equal(th *Thread, a, b Value) (bool, error) { return equal(th, a, b) }

// Less reports a < b (used by sorted, min, max).
func Less(th *Thread, a, b Value) (bool, error) { return compareBool(th, OpLt, a, b) }

// Truth returns bool(v): __bool__, then __len__, else True.
func Truth(th *Thread, v Value) (bool, error) { return truth(th, v) }

// Len returns len(v) ("object of type 'int' has no len()").
func Len(th *Thread, v Value) (int, error) { return length(th, v) }

// Hash returns hash(v) with Python's values for numbers ("unhashable type: 'list'").
func Hash(th *Thread, v Value) (int64, error) { return hash(th, v) }

// GetItem evaluates v[key] ("'int' object is not subscriptable").
func GetItem(th *Thread, v, key Value) (Value, error) { return getItem(th, v, key) }

// SetItem evaluates v[key] = x ("'tuple' object does not support item assignment").
func SetItem(th *Thread, v, key, x Value) error { return setItem(th, v, key, x) }

// DelItem evaluates del v[key].
func DelItem(th *Thread, v, key Value) error { return delItem(th, v, key) }

// Contains evaluates x in container (__contains__, else iteration).
func Contains(th *Thread, container, x Value) (bool, error) { return contains(th, container, x) }

// Iterator is a Go-level iterator: Next returns (value, true, nil) for each item and
// (nil, false, nil) at the end, so for loops need no StopIteration. Iterators are values
// too (what iter() returns). The vm's generators implement it.
type Iterator interface {
	Value
	Next(th *Thread) (Value, bool, error)
}

// Iterable is implemented by built-in containers that make Go-level iterators.
type Iterable interface {
	Value
	Iter() Iterator
}

// Iter evaluates iter(v): a built-in container's iterator, an Iterator itself, or the
// result of __iter__ (wrapped so Next calls __next__ and absorbs StopIteration); also the
// __getitem__ sequence protocol. ("'int' object is not iterable").
func Iter(th *Thread, v Value) (Iterator, error) { return iter(th, v) }

// Next evaluates next(it) returning ok false at exhaustion (no StopIteration allocated).
func Next(th *Thread, it Value) (Value, bool, error) { return next(th, it) }

// GetAttr evaluates obj.name: data descriptors on the type, the instance __dict__,
// non-data descriptors and class attributes (functions bind to a *BoundMethod), then
// __getattr__; raises AttributeError with CPython's message.
func GetAttr(th *Thread, obj Value, name string) (Value, error) { return getAttr(th, obj, name) }

// LookupAttr is GetAttr that reports a missing attribute as ok=false instead of raising
// (no exception is allocated for a miss). Other errors (raised by a property, …) are
// returned.
func LookupAttr(th *Thread, obj Value, name string) (v Value, ok bool, err error) {
	return lookupAttr(th, obj, name)
}

// LookupMethod is LOAD_METHOD: it finds obj.name for an immediate call. When the attribute
// is a Function found on the type (not shadowed by the instance __dict__), it returns the
// unbound function and self=true: call it with obj prepended. Otherwise it returns the
// attribute value (bound or plain) and self=false.
func LookupMethod(th *Thread, obj Value, name string) (fn Value, self bool, err error) {
	return lookupMethod(th, obj, name)
}

// SetAttr evaluates obj.name = v (data descriptors, __setattr__, instance __dict__ or
// slots; class attributes of heap types).
func SetAttr(th *Thread, obj Value, name string, v Value) error { return setAttr(th, obj, name, v) }

// DelAttr evaluates del obj.name.
func DelAttr(th *Thread, obj Value, name string) error { return setAttr(th, obj, name, nil) }

// Call calls f with vectorcall arguments ("'NoneType' object is not callable"). Types are
// called through their metaclass (construction: __new__ then __init__); instances of user
// classes through __call__.
func Call(th *Thread, f Value, args []Value, kwnames []string) (Value, error) {
	return call(th, f, args, kwnames)
}

// Repr returns repr(v) (th may be nil for built-in values; user __repr__ needs th).
func Repr(th *Thread, v Value) (string, error) { return repr(th, v) }

// ToStr returns str(v).
func ToStr(th *Thread, v Value) (string, error) { return toStr(th, v) }

// Format returns format(v, spec) (the format-spec mini-language for int, float, str,
// complex; __format__ for user classes).
func Format(th *Thread, v Value, spec string) (string, error) { return format(th, v, spec) }

// IsInstance reports isinstance(v, t) for a single class.
func IsInstance(v Value, t *Type) bool { return v.Type().IsSubtype(t) }

// TypeName returns the name of v's type (as used in error messages).
func TypeName(v Value) string { return v.Type().Name }
