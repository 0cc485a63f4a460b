package typing

import (
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/namedtuple"
)

// newNamedTupleClass makes typing.NamedTuple: calling it (NamedTuple('P', [('x', int)]))
// makes a named tuple class, and deriving from it (class P(NamedTuple): x: int) turns the
// class's annotations into fields.
func newNamedTupleClass(th *runtime.Thread) (*runtime.Type, error) {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str("typing"))
	ns.SetStr("__qualname__", runtime.Str("NamedTuple"))
	ns.SetStr("__new__", &runtime.StaticMethod{Func: runtime.NewBuiltin("NamedTuple", namedTupleFunctional)})
	ns.SetStr("__init_subclass__", &runtime.ClassMethod{Func: runtime.NewBuiltin("__init_subclass__", namedTupleSubclass)})
	return runtime.NewClass(th, "NamedTuple", []*runtime.Type{runtime.TupleType}, ns, nil)
}

// namedTupleFunctional implements NamedTuple(typename, fields) and
// NamedTuple(typename, **fields); args[0] is the NamedTuple class.
func namedTupleFunctional(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return nil, runtime.TypeErrorf("NamedTuple() missing 1 required positional argument: 'typename'")
	}
	name, ok := args[1].(runtime.Str)
	if !ok {
		return nil, runtime.TypeErrorf("NamedTuple() argument 'typename' must be str, not %s", args[1].Type().Name)
	}
	var fields []string
	if npos > 2 && args[2] != runtime.None {
		items, err := runtime.ToSlice(th, args[2])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			pair, err := runtime.ToSlice(th, it)
			if err != nil {
				return nil, err
			}
			if len(pair) != 2 {
				return nil, runtime.TypeErrorf("NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type")
			}
			f, ok := pair[0].(runtime.Str)
			if !ok {
				return nil, runtime.TypeErrorf("Type names and field names must be strings")
			}
			fields = append(fields, string(f))
		}
	}
	fields = append(fields, kwnames...)
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str(namedtuple.CallerModule(th)))
	cls, err := runtime.NewClass(th, string(name), []*runtime.Type{runtime.TupleType}, ns, nil)
	if err != nil {
		return nil, err
	}
	if err := namedtuple.CheckFields(fields); err != nil {
		return nil, err
	}
	if err := namedtuple.Install(th, cls, fields, nil); err != nil {
		return nil, err
	}
	return cls, nil
}

// namedTupleSubclass is NamedTuple.__init_subclass__: for a class deriving from NamedTuple
// directly, its annotations become the fields and its class attributes of those names the
// defaults.
func namedTupleSubclass(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	cls, ok := args[0].(*runtime.Type)
	if !ok {
		return runtime.None, nil
	}
	direct := false
	for _, b := range cls.Bases {
		if b.Name == "NamedTuple" && b.Module == "typing" {
			direct = true
		}
	}
	if !direct {
		return runtime.None, nil
	}
	var fields []string
	defaults := map[string]runtime.Value{}
	if ann, ok := cls.Dict.GetStr("__annotations__"); ok {
		if d, ok := ann.(*runtime.Dict); ok {
			for _, k := range d.Keys() {
				s, ok := k.(runtime.Str)
				if !ok {
					continue
				}
				fields = append(fields, string(s))
				if v, ok := cls.Dict.GetStr(string(s)); ok {
					defaults[string(s)] = v
				} else if len(defaults) > 0 {
					return nil, runtime.TypeErrorf("Non-default namedtuple field %s cannot follow default field", s)
				}
			}
		}
	}
	if err := namedtuple.CheckFields(fields); err != nil {
		return nil, err
	}
	return runtime.None, namedtuple.Install(th, cls, fields, defaults)
}

// newTypedDictClass makes typing.TypedDict: deriving from it gives a dict subclass (its
// annotations are documentation only), and calling it functionally
// (TypedDict('Movie', {'name': str})) does the same.
func newTypedDictClass(th *runtime.Thread) (*runtime.Type, error) {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str("typing"))
	ns.SetStr("__qualname__", runtime.Str("TypedDict"))
	ns.SetStr("__new__", &runtime.StaticMethod{Func: runtime.NewBuiltin("TypedDict",
		func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			cls, _ := args[0].(*runtime.Type)
			if cls != nil && cls.Name == "TypedDict" && cls.Module == "typing" {
				if len(args)-len(kwnames) < 2 {
					return nil, runtime.TypeErrorf("TypedDict() missing 1 required positional argument: 'typename'")
				}
				name, ok := args[1].(runtime.Str)
				if !ok {
					return nil, runtime.TypeErrorf("TypedDict() argument 'typename' must be str")
				}
				ns := runtime.NewDict()
				ns.SetStr("__module__", runtime.Str(namedtuple.CallerModule(th)))
				return runtime.NewClass(th, string(name), []*runtime.Type{runtime.DictType}, ns, nil)
			}
			// An instance of a TypedDict class is a plain dict.
			return runtime.Call(th, runtime.DictType, args[1:], kwnames)
		})})
	return runtime.NewClass(th, "TypedDict", []*runtime.Type{runtime.DictType}, ns, nil)
}
