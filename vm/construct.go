package vm

import (
	"github.com/aiolang/aio/runtime"
)

// objectNew is object.__new__ (immutable after init).
var objectNew = func() *runtime.Builtin {
	v, _ := runtime.ObjectType.Dict.GetStr("__new__")
	b, _ := v.(*runtime.Builtin)
	return b
}()

// construct calls the user class t: slots[0] holds t and slots[1:] the arguments (the
// caller's stack). For the common class (see plainInit) it makes the instance and runs
// __init__ with the instance written over slots[0], so no argument list is allocated.
// Anything else goes through the runtime's type call.
func construct(th *runtime.Thread, t *runtime.Type, slots []runtime.Value, kwnames []string) (runtime.Value, error) {
	if initFn, solid := plainInit(t); initFn != nil {
		obj, err := newInstance(th, t, solid, slots, kwnames)
		if err != nil {
			return nil, err
		}
		slots[0] = obj
		r, err := callFunction(th, initFn, slots, kwnames)
		if err != nil {
			return nil, err
		}
		if !isNone(r) {
			return nil, errInitResult(r)
		}
		return obj, nil
	}
	return runtime.Call(th, t, slots[1:], kwnames)
}

// plainInit returns the __init__ of the user class t, with t's solid base, when calling
// t only makes the instance and runs that __init__: plain instances or exceptions, no
// metaclass, no __new__ of its own, and an __init__ written in aio. Otherwise it returns
// nil.
func plainInit(t *runtime.Type) (*Function, *runtime.Type) {
	solid := t.Solid()
	if t.Type() != runtime.TypeType || (solid != runtime.ObjectType && !solid.IsSubtype(runtime.BaseExceptionType)) {
		return nil, nil
	}
	nw, _, ini, _ := t.ConstructMethods()
	if objectNew == nil || !isBuiltin(nw, objectNew) {
		return nil, nil
	}
	initFn, ok := ini.(*Function)
	if !ok {
		return nil, nil
	}
	return initFn, solid
}

// newInstance makes the instance of a class call that plainInit accepted (slots as for
// construct).
func newInstance(th *runtime.Thread, t, solid *runtime.Type, slots []runtime.Value, kwnames []string) (runtime.Value, error) {
	if solid == runtime.ObjectType {
		return runtime.NewObject(t), nil
	}
	// BaseException.__new__ copies the arguments into args
	return objectNew.Fn(th, slots, kwnames)
}

// isBuiltin reports whether v is the builtin b (without an interface comparison).
func isBuiltin(v runtime.Value, b *runtime.Builtin) bool {
	x, ok := v.(*runtime.Builtin)
	return ok && x == b
}
