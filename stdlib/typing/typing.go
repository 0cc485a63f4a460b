// Package typing implements aio's typing module: every common name exists, is
// subscriptable where CPython's is (List[int], Optional[str], Callable[[int], str], …) and is
// otherwise ignored at run time. Generic and Protocol are classes to derive from; TypeVar,
// NewType, cast, overload and friends behave as in CPython; NamedTuple makes real named
// tuple classes (both the class and the functional form).
package typing

import (
	"github.com/aiolang/aio/runtime"
)

// Module is the typing module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "typing", Init: initModule}

// genericAliases are the names that stand for a class (their origin, nil when aio has no
// such class) and take any number of type arguments.
var genericAliases = []struct {
	name   string
	origin *runtime.Type
}{
	{"List", runtime.ListType}, {"Dict", runtime.DictType}, {"Set", runtime.SetType},
	{"FrozenSet", runtime.FrozenSetType}, {"Tuple", runtime.TupleType}, {"Type", runtime.TypeType},
	{"DefaultDict", nil}, {"OrderedDict", nil}, {"Counter", nil}, {"ChainMap", nil}, {"Deque", nil},
	{"Iterable", nil}, {"Iterator", nil}, {"Generator", nil}, {"Reversible", nil},
	{"AsyncIterable", nil}, {"AsyncIterator", nil}, {"AsyncGenerator", nil},
	{"Awaitable", nil}, {"Coroutine", nil}, {"Collection", nil}, {"Container", nil},
	{"Sequence", nil}, {"MutableSequence", nil}, {"Mapping", nil}, {"MutableMapping", nil},
	{"AbstractSet", nil}, {"MutableSet", nil}, {"MappingView", nil}, {"KeysView", nil},
	{"ItemsView", nil}, {"ValuesView", nil}, {"Hashable", nil}, {"Sized", nil},
	{"ContextManager", nil}, {"AsyncContextManager", nil}, {"Pattern", nil}, {"Match", nil},
	{"SupportsInt", nil}, {"SupportsFloat", nil}, {"SupportsComplex", nil}, {"SupportsBytes", nil},
	{"SupportsIndex", nil}, {"SupportsAbs", nil}, {"SupportsRound", nil}, {"IO", nil},
	{"TextIO", nil}, {"BinaryIO", nil},
}

// specialForms are the other subscriptable (or atomic) names.
var specialForms = []struct {
	name string
	form formKind
}{
	{"Any", formAtom}, {"NoReturn", formAtom}, {"Never", formAtom}, {"Self", formAtom},
	{"LiteralString", formAtom}, {"TypeAlias", formAtom},
	{"Union", formUnion}, {"Optional", formOptional},
	{"ClassVar", formOne}, {"Final", formOne}, {"TypeGuard", formOne}, {"Required", formOne},
	{"NotRequired", formOne}, {"Unpack", formOne},
	{"Literal", formLiteral}, {"Annotated", formGeneric}, {"Concatenate", formGeneric},
	{"Callable", formCallable},
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("typing")
	d := m.Dict
	for _, g := range genericAliases {
		d.SetStr(g.name, &alias{name: g.name, origin: g.origin, form: formGeneric})
	}
	for _, f := range specialForms {
		d.SetStr(f.name, &alias{name: f.name, form: f.form})
	}
	d.SetStr("TypeVar", typeVarType)
	d.SetStr("ParamSpec", paramSpecType)
	d.SetStr("TypeVarTuple", typeVarTupleType)
	d.SetStr("AnyStr", &typeVar{name: "AnyStr", kind: typeVarType, bound: runtime.None,
		constraints: runtime.Tuple{runtime.BytesType, runtime.StrType}})
	d.SetStr("Text", runtime.StrType)
	d.SetStr("TYPE_CHECKING", runtime.False)
	for _, name := range []string{"Generic", "Protocol"} {
		cls, err := newGenericClass(th, name)
		if err != nil {
			return nil, err
		}
		d.SetStr(name, cls)
	}
	nt, err := newNamedTupleClass(th)
	if err != nil {
		return nil, err
	}
	d.SetStr("NamedTuple", nt)
	td, err := newTypedDictClass(th)
	if err != nil {
		return nil, err
	}
	d.SetStr("TypedDict", td)
	for _, name := range []string{"overload", "final", "no_type_check", "runtime_checkable",
		"type_check_only", "no_type_check_decorator"} {
		m.AddFunc(name, identity(name))
	}
	for name, fn := range map[string]runtime.BuiltinFunc{
		"cast":                cast,
		"assert_type":         assertType,
		"assert_never":        assertNever,
		"reveal_type":         revealType,
		"NewType":             newType,
		"get_type_hints":      getTypeHints,
		"get_origin":          getOrigin,
		"get_args":            getArgs,
		"dataclass_transform": dataclassTransform,
	} {
		m.AddFunc(name, fn)
	}
	return m, nil
}

// newGenericClass makes Generic or Protocol: a class to derive from, whose subscription
// (Generic[T], Box[int]) gives back the class itself.
func newGenericClass(th *runtime.Thread, name string) (*runtime.Type, error) {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str("typing"))
	ns.SetStr("__qualname__", runtime.Str(name))
	ns.SetStr("__class_getitem__", &runtime.ClassMethod{Func: runtime.NewBuiltin("__class_getitem__",
		func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if len(args) != 2 {
				return nil, runtime.TypeErrorf("__class_getitem__ expected 1 argument, got %d", len(args)-1)
			}
			return args[0], nil
		})})
	return runtime.NewClass(th, name, nil, ns, nil)
}

// identity makes a decorator that returns its argument (overload, final, …).
func identity(name string) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return nil, runtime.TypeErrorf("%s() takes 1 positional argument but %d were given", name, len(args))
		}
		return args[0], nil
	}
}

func cast(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 2 {
		return nil, runtime.TypeErrorf("cast() takes 2 positional arguments but %d were given", len(args))
	}
	return args[1], nil
}

func assertType(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 2 {
		return nil, runtime.TypeErrorf("assert_type() takes 2 positional arguments but %d were given", len(args))
	}
	return args[0], nil
}

func assertNever(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("assert_never() takes 1 positional argument but %d were given", len(args))
	}
	r, err := runtime.Repr(th, args[0])
	if err != nil {
		return nil, err
	}
	if len(r) > 100 {
		r = r[:100] + "..."
	}
	return nil, runtime.NewException(runtime.AssertionErrorType, "Expected code to be unreachable, but got: "+r)
}

func revealType(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("reveal_type() takes 1 positional argument but %d were given", len(args))
	}
	if _, err := th.Interp.Stderr.Write([]byte("Runtime type is '" + args[0].Type().Name + "'\n")); err != nil {
		return nil, runtime.NewException(runtime.OSErrorType, err.Error())
	}
	return args[0], nil
}

// newType implements NewType(name, tp): a callable that returns its argument.
func newType(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 2 {
		return nil, runtime.TypeErrorf("NewType.__init__() takes 3 positional arguments but %d were given", len(args)+1)
	}
	name, ok := args[0].(runtime.Str)
	if !ok {
		return nil, runtime.TypeErrorf("NewType name must be a string")
	}
	return runtime.NewBuiltin(string(name), func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return nil, runtime.TypeErrorf("NewType.__call__() takes 2 positional arguments but %d were given", len(args)+1)
		}
		return args[0], nil
	}), nil
}

// getTypeHints returns obj.__annotations__ (a copy), or {}.
func getTypeHints(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) < 1 {
		return nil, runtime.TypeErrorf("get_type_hints() missing 1 required positional argument: 'obj'")
	}
	v, ok, err := runtime.LookupAttr(th, args[0], "__annotations__")
	if err != nil {
		return nil, err
	}
	if d, isDict := v.(*runtime.Dict); ok && isDict {
		return d.Copy(), nil
	}
	return runtime.NewDict(), nil
}

func getOrigin(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("get_origin() takes 1 positional argument but %d were given", len(args))
	}
	switch a := args[0].(type) {
	case *alias:
		if a.origin != nil {
			return a.origin, nil
		}
		if a.args != nil {
			return &alias{name: a.name, form: a.form}, nil
		}
	case *runtime.GenericAlias:
		return a.Origin, nil
	}
	return runtime.None, nil
}

func getArgs(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("get_args() takes 1 positional argument but %d were given", len(args))
	}
	switch a := args[0].(type) {
	case *alias:
		if a.args != nil {
			return a.args, nil
		}
	case *runtime.GenericAlias:
		return a.Args, nil
	}
	return runtime.Tuple{}, nil
}

// dataclassTransform is a decorator factory returning the identity decorator.
func dataclassTransform(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	return runtime.NewBuiltin("decorator", identity("decorator")), nil
}
