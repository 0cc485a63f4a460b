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
// caller's stack). For the common class — plain instances, no metaclass, no __new__ of
// its own, an __init__ written in aio; exception classes too — it makes the instance and runs __init__ with the
// instance written over slots[0], so no argument list is allocated. Anything else goes
// through the runtime's type call.
func construct(th *runtime.Thread, t *runtime.Type, slots []runtime.Value, kwnames []string) (runtime.Value, error) {
	if solid := t.Solid(); t.Type() == runtime.TypeType && (solid == runtime.ObjectType || solid.IsSubtype(runtime.BaseExceptionType)) {
		if nw, ok := t.Lookup("__new__"); ok && objectNew != nil && isBuiltin(nw, objectNew) {
			if ini, ok := t.Lookup("__init__"); ok {
				if initFn, ok := ini.(*Function); ok {
					var obj runtime.Value
					if solid == runtime.ObjectType {
						obj = runtime.NewObject(t)
					} else {
						// BaseException.__new__ copies the arguments into args
						var err error
						if obj, err = objectNew.Fn(th, slots, kwnames); err != nil {
							return nil, err
						}
					}
					slots[0] = obj
					r, err := callFunction(th, initFn, slots, kwnames)
					if err != nil {
						return nil, err
					}
					if !isNone(r) {
						return nil, runtime.TypeErrorf("__init__() should return None, not '%s'", runtime.TypeName(r))
					}
					return obj, nil
				}
			}
		}
	}
	return runtime.Call(th, t, slots[1:], kwnames)
}

// isBuiltin reports whether v is the builtin b (without an interface comparison).
func isBuiltin(v runtime.Value, b *runtime.Builtin) bool {
	x, ok := v.(*runtime.Builtin)
	return ok && x == b
}
