package vm

import (
	"fmt"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// FunctionType is the type of aio functions (def, lambda).
var FunctionType = runtime.NewBuiltinType("function", "builtins", nil, false)

// Function is an aio function: a code object with its globals, defaults and closure. It
// implements runtime.Callable and runtime.Function (so it binds as a method when found on a
// class).
type Function struct {
	code        *Code
	globals     *runtime.Dict
	name        string
	qualname    string
	defaults    runtime.Tuple
	kwdefaults  *runtime.Dict
	closure     []*runtime.Cell
	doc         runtime.Value
	module      runtime.Value
	annotations *runtime.Dict
	dict        *runtime.Dict
	// free holds frames of this function's inline calls that have returned, ready for
	// the next call (see takeFrame).
	free []*Frame
}

// Type returns function.
func (fn *Function) Type() *runtime.Type { return FunctionType }

// FuncName returns __qualname__.
func (fn *Function) FuncName() string { return fn.qualname }

// Name returns __name__.
func (fn *Function) Name() string { return fn.name }

// Code returns the function's code object.
func (fn *Function) Code() *Code { return fn.code }

// Globals returns the function's globals dict.
func (fn *Function) Globals() *runtime.Dict { return fn.globals }

// IsCoroutineFunction reports whether calling fn makes a coroutine (async def).
func (fn *Function) IsCoroutineFunction() bool {
	return fn.code.Flags&code.FlagCoroutine != 0
}

// IsAsyncGenFunction reports whether calling fn makes an async generator.
func (fn *Function) IsAsyncGenFunction() bool {
	return fn.code.Flags&code.FlagAsyncGenerator != 0
}

// IsGeneratorFunction reports whether calling fn makes a generator.
func (fn *Function) IsGeneratorFunction() bool {
	return fn.code.Flags&code.FlagGenerator != 0
}

// String returns the repr: <function NAME at 0x…>.
func (fn *Function) String() string {
	return fmt.Sprintf("<function %s at %#x>", fn.qualname, runtime.ID(fn))
}

// newFunction makes a function of c in globals (MAKE_FUNCTION).
func newFunction(c *Code, globals *runtime.Dict) *Function {
	fn := &Function{code: c, globals: globals, name: c.Name, qualname: c.QualName}
	if fn.qualname == "" {
		fn.qualname = c.Name
	}
	if c.Doc != nil {
		fn.doc = constValue(c.Doc)
	} else {
		fn.doc = runtime.None
	}
	if m, ok := globals.GetStr("__name__"); ok {
		fn.module = m
	} else {
		fn.module = runtime.None
	}
	return fn
}

// Call calls the function with vectorcall arguments.
func (fn *Function) Call(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	return callFunction(th, fn, args, kwnames)
}

// funcStr returns the name CPython's _PyObject_FunctionStr gives a callable in messages
// such as "f() got multiple values for keyword argument 'k'" (module.qualname() for
// functions).
func funcStr(f runtime.Value) string {
	switch x := f.(type) {
	case *Function:
		if m, ok := x.module.(runtime.Str); ok && m != "builtins" {
			return string(m) + "." + x.qualname + "()"
		}
		return x.qualname + "()"
	case *runtime.Builtin:
		return x.Name + "()"
	case *runtime.BoundMethod:
		return funcStr(x.Func)
	case *runtime.MethodDescr:
		return x.FuncName() + "()"
	case *runtime.Type:
		return x.Name + "()"
	}
	return runtime.TypeName(f) + " object"
}

func init() {
	t := FunctionType
	getset := func(name string, get func(fn *Function) runtime.Value, set func(fn *Function, v runtime.Value) error) {
		gs := &runtime.GetSet{Name: name, Owner: t,
			Get: func(th *runtime.Thread, obj runtime.Value) (runtime.Value, error) {
				return get(obj.(*Function)), nil
			}}
		if set != nil {
			gs.Set = func(th *runtime.Thread, obj, v runtime.Value) error {
				return set(obj.(*Function), v)
			}
		}
		t.Dict.SetStr(name, gs)
	}
	strSetter := func(attr string, dst func(fn *Function) *string) func(fn *Function, v runtime.Value) error {
		return func(fn *Function, v runtime.Value) error {
			s, ok := v.(runtime.Str)
			if !ok {
				if v == nil {
					return runtime.TypeErrorf("cannot delete %s attribute", attr)
				}
				return runtime.TypeErrorf("%s must be set to a string object", attr)
			}
			*dst(fn) = string(s)
			return nil
		}
	}
	getset("__name__", func(fn *Function) runtime.Value { return runtime.Str(fn.name) },
		strSetter("__name__", func(fn *Function) *string { return &fn.name }))
	getset("__qualname__", func(fn *Function) runtime.Value { return runtime.Str(fn.qualname) },
		strSetter("__qualname__", func(fn *Function) *string { return &fn.qualname }))
	getset("__doc__", func(fn *Function) runtime.Value { return fn.doc },
		func(fn *Function, v runtime.Value) error {
			if v == nil {
				v = runtime.None
			}
			fn.doc = v
			return nil
		})
	getset("__module__", func(fn *Function) runtime.Value { return fn.module },
		func(fn *Function, v runtime.Value) error {
			if v == nil {
				v = runtime.None
			}
			fn.module = v
			return nil
		})
	getset("__defaults__", func(fn *Function) runtime.Value {
		if fn.defaults == nil {
			return runtime.None
		}
		return fn.defaults
	}, func(fn *Function, v runtime.Value) error {
		switch d := v.(type) {
		case nil, runtime.NoneValue:
			fn.defaults = nil
		case runtime.Tuple:
			fn.defaults = d
		default:
			return runtime.TypeErrorf("__defaults__ must be set to a tuple object")
		}
		return nil
	})
	getset("__kwdefaults__", func(fn *Function) runtime.Value {
		if fn.kwdefaults == nil {
			return runtime.None
		}
		return fn.kwdefaults
	}, func(fn *Function, v runtime.Value) error {
		switch d := v.(type) {
		case nil, runtime.NoneValue:
			fn.kwdefaults = nil
		case *runtime.Dict:
			fn.kwdefaults = d
		default:
			return runtime.TypeErrorf("__kwdefaults__ must be set to a dict object")
		}
		return nil
	})
	getset("__annotations__", func(fn *Function) runtime.Value {
		if fn.annotations == nil {
			fn.annotations = runtime.NewDict()
		}
		return fn.annotations
	}, func(fn *Function, v runtime.Value) error {
		switch d := v.(type) {
		case nil, runtime.NoneValue:
			fn.annotations = nil
		case *runtime.Dict:
			fn.annotations = d
		default:
			return runtime.TypeErrorf("__annotations__ must be set to a dict object")
		}
		return nil
	})
	getset("__dict__", func(fn *Function) runtime.Value { return fn.InstanceDict() },
		func(fn *Function, v runtime.Value) error {
			d, ok := v.(*runtime.Dict)
			if !ok {
				return runtime.TypeErrorf("__dict__ must be set to a dictionary, not a '%s'", runtime.TypeName(v))
			}
			fn.dict = d
			return nil
		})
	getset("__code__", func(fn *Function) runtime.Value { return fn.code }, nil)
	getset("__globals__", func(fn *Function) runtime.Value { return fn.globals }, nil)
	getset("__closure__", func(fn *Function) runtime.Value {
		if fn.closure == nil {
			return runtime.None
		}
		t := make(runtime.Tuple, len(fn.closure))
		for i, c := range fn.closure {
			t[i] = c
		}
		return t
	}, nil)
	runtime.AddMethod(t, "__repr__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Str(args[0].(*Function).String()), nil
	})
	runtime.AddMethod(CodeType, "__repr__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.Str(args[0].(*Code).String()), nil
	})
	getsetCode := func(name string, get func(c *Code) runtime.Value) {
		CodeType.Dict.SetStr(name, &runtime.GetSet{Name: name, Owner: CodeType,
			Get: func(th *runtime.Thread, obj runtime.Value) (runtime.Value, error) {
				return get(obj.(*Code)), nil
			}})
	}
	getsetCode("co_name", func(c *Code) runtime.Value { return runtime.Str(c.Name) })
	getsetCode("co_qualname", func(c *Code) runtime.Value { return runtime.Str(c.QualName) })
	getsetCode("co_filename", func(c *Code) runtime.Value { return runtime.Str(c.Filename) })
	getsetCode("co_firstlineno", func(c *Code) runtime.Value { return runtime.Int(c.FirstLine) })
	getsetCode("co_argcount", func(c *Code) runtime.Value { return runtime.Int(c.ArgCount) })
	getsetCode("co_posonlyargcount", func(c *Code) runtime.Value { return runtime.Int(c.PosOnlyArgCount) })
	getsetCode("co_kwonlyargcount", func(c *Code) runtime.Value { return runtime.Int(c.KwOnlyArgCount) })
	getsetCode("co_flags", func(c *Code) runtime.Value { return runtime.Int(c.Flags) })
	getsetCode("co_varnames", func(c *Code) runtime.Value { return strTuple(c.VarNames) })
	getsetCode("co_cellvars", func(c *Code) runtime.Value { return strTuple(c.CellVars) })
	getsetCode("co_freevars", func(c *Code) runtime.Value { return strTuple(c.FreeVars) })
	getsetCode("co_names", func(c *Code) runtime.Value { return strTuple(c.Names) })
	getsetCode("co_consts", func(c *Code) runtime.Value { return runtime.Tuple(append([]runtime.Value(nil), c.consts...)) })
}

// InstanceDict returns the function's __dict__ (made on first use).
func (fn *Function) InstanceDict() *runtime.Dict {
	if fn.dict == nil {
		fn.dict = runtime.NewDict()
	}
	return fn.dict
}

func strTuple(names []string) runtime.Tuple {
	t := make(runtime.Tuple, len(names))
	for i, n := range names {
		t[i] = runtime.Str(n)
	}
	return t
}

// GetAttrStr reads a function attribute from __dict__ (runtime.AttrGetter).
func (fn *Function) GetAttrStr(th *runtime.Thread, name string) (runtime.Value, bool, error) {
	if fn.dict != nil {
		if v, ok := fn.dict.GetStr(name); ok {
			return v, true, nil
		}
	}
	return nil, false, nil
}

// SetAttrStr sets (v nil: deletes) a function attribute in __dict__ (runtime.AttrSetter).
func (fn *Function) SetAttrStr(th *runtime.Thread, name string, v runtime.Value) error {
	if v == nil {
		if fn.dict == nil || !fn.dict.DeleteStr(name) {
			return runtime.AttributeError(fn, name)
		}
		return nil
	}
	fn.InstanceDict().SetStr(name, v)
	return nil
}

// Repr returns <function QUALNAME at 0x…> (runtime.Reprer).
func (fn *Function) Repr(th *runtime.Thread) (string, error) { return fn.String(), nil }

// Repr returns the code object's repr (runtime.Reprer).
func (c *Code) Repr(th *runtime.Thread) (string, error) { return c.String(), nil }
