// Package runtime holds aio's object model (values, types, classes, exceptions, tracebacks,
// argument unpacking), the builtins, the module registry, and the event loop (loop, handles,
// timers, futures, tasks, clocks).
//
// runtime imports nothing of aio: the vm implements the interfaces declared here (Callable for
// functions, Resumable for generators and coroutines), and stdlib modules register themselves
// through Interp. Builtin type objects are package-level but immutable after init; everything
// that changes while a program runs hangs off an *Interp, so two interpreters can coexist.
//
// # Values
//
// Int (int64) and *BigInt (never overlapping: IntFromBig / MakeInt normalize), Bool (True,
// False), Float, Complex, Str (a Go string; lengths and indices in code points), Bytes,
// *ByteArray, *List, Tuple, *Dict (insertion ordered, CPython-compatible hashing), *Set and
// *FrozenSet (CPython's table, so int sets print in CPython's order; ConstSet for constant
// set displays), *Range, *Slice, *Type, *Object (user class instances; Base holds the
// built-in value of subclasses of int/str/list/dict/…), *Exception (every BaseException),
// *Builtin, *MethodDescr, *BoundMethod, *Module, *Property, *ClassMethod, *StaticMethod,
// *Super, *Cell, *File, None / NotImplemented / Ellipsis (zero-size: no allocation).
//
// # Protocols
//
// The vm calls Binary / InPlace / Unary (CPython's NB_* and COMPARE_OP numbering),
// Compare / CompareBool / Equal, Truth, Len, GetItem / SetItem / DelItem, Contains,
// Iter / Next (Go-level Iterator, no StopIteration on exhaustion), GetAttr / LookupAttr
// (misses allocate nothing) / LookupMethod (LOAD_METHOD: no bound method) / SetAttr /
// DelAttr, Call (vectorcall: positional args then keyword values, kwnames names the
// trailing ones), Repr / ToStr / Format, Hash, IsInstanceOfClassInfo, NewClass. Errors are
// *Exception values (TypeErrorf, ValueErrorf, Errorf, NewException, NameError,
// AttributeError, …); FormatTraceback prints them like CPython 3.11.
//
// Functions implemented outside runtime (the vm's) implement Function (Callable +
// FuncName) so that they bind as methods, and may implement MethodCaller so that methods
// are called without building an argument slice; objects with their own attributes
// implement AttrGetter / AttrSetter; custom reprs implement Reprer. Go builtins use
// BuiltinFunc with UnpackArgs / CheckArity for CPython's argument errors, and must copy
// args if they keep them (the vm reuses argument slices). Heap types cache attribute
// lookups: change a class through SetAttr (or call Type.Invalidate after touching its
// Dict). Dict.KeysVersion / IndexStr / ValueAt support LOAD_GLOBAL caches.
package runtime

// Value is any aio value. Its Type is the Python-level type (int, str, a user class, …).
//
// Concrete representations (owned by this package): Int (int64, the fast path), *BigInt,
// Float, Bool, NoneType, Str (a Go string holding UTF-8), Bytes, *List, Tuple, *Dict, *Set,
// *FrozenSet, *Range, *Slice, Complex, *Type, *Object (instances of user classes), *Exception
// (instances of BaseException and its subclasses, built-in or user-defined), *Builtin (Go
// functions), *BoundMethod, *Module, and the event loop's *Future, *Task and *Loop.
type Value interface {
	Type() *Type
}

// Callable is a value that can be called: Go builtins, aio functions (implemented by the vm),
// bound methods, types.
//
// args holds the positional arguments followed by the keyword arguments' values; kwnames names
// the last len(kwnames) entries of args (the vectorcall convention, so a call allocates
// nothing for its arguments). A Python exception is returned as an error of type *Exception.
type Callable interface {
	Value
	Call(th *Thread, args []Value, kwnames []string) (Value, error)
}

// SendStatus tells what a Resumable did with a Send or Throw.
type SendStatus uint8

const (
	// Yielded means the frame suspended at a yield (or an await that reached a future):
	// the value is what it yielded.
	Yielded SendStatus = iota
	// Returned means the frame finished: the value is its return value.
	Returned
)

// Resumable is a frame that can be resumed in place: a generator, a coroutine, or the
// iterator of an await. The vm implements it; the event loop's Task steps a coroutine through
// it, and `yield from` / `await` delegate through it.
//
// An error result is a Python exception the frame raised (a *Exception).
type Resumable interface {
	Value
	Send(th *Thread, v Value) (Value, SendStatus, error)
	Throw(th *Thread, exc *Exception) (Value, SendStatus, error)
	Close(th *Thread) error
}
