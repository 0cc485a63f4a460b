package typing

import (
	"strings"

	"github.com/aiolang/aio/runtime"
)

// alias is a typing construct that is subscriptable and otherwise ignored at run time:
// a special form (Any, Union, Optional, ClassVar, …) or a generic alias (List, Dict,
// Callable, …), subscripted (args != nil) or not.
type alias struct {
	name string // "List", "Union", "Any"
	// origin is the built-in class a generic alias stands for (list for List), or nil.
	origin *runtime.Type
	args   runtime.Tuple // nil: not subscripted
	// form says how subscription works (see the form constants).
	form formKind
}

// formKind says how an alias is subscripted.
type formKind uint8

const (
	formGeneric  formKind = iota // List[int]: any number of arguments, kept
	formAtom                     // Any, NoReturn: not subscriptable
	formUnion                    // Union[a, b]: flattened, deduplicated, one argument collapses
	formOptional                 // Optional[a] is Union[a, None]
	formOne                      // ClassVar[x], Final[x]: exactly one argument
	formLiteral                  // Literal['a', 1]: arguments are values
	formCallable                 // Callable[[args], result]
)

// aliasType is the type of every typing alias (CPython has several: _SpecialForm,
// _GenericAlias, …; aio needs one).
var aliasType = newAliasType()

// Type returns typing._GenericAlias.
func (*alias) Type() *runtime.Type { return aliasType }

// Repr returns CPython's repr: typing.List[int], typing.Optional[int], …
func (a *alias) Repr(th *runtime.Thread) (string, error) {
	if a.args == nil {
		return "typing." + a.name, nil
	}
	name := a.name
	args := a.args
	if a.form == formUnion && len(args) == 2 && (isNone(args[0]) || isNone(args[1])) {
		name = "Optional"
		if isNone(args[0]) {
			args = args[1:]
		} else {
			args = args[:1]
		}
	}
	var sb strings.Builder
	sb.WriteString("typing." + name + "[")
	for i, arg := range args {
		if i > 0 {
			sb.WriteString(", ")
		}
		var s string
		var err error
		if a.form == formLiteral {
			s, err = runtime.Repr(th, arg)
		} else {
			s, err = typeRepr(th, arg)
		}
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	sb.WriteString("]")
	return sb.String(), nil
}

// isNone reports whether v is None or NoneType.
func isNone(v runtime.Value) bool {
	return v == runtime.None || v == runtime.Value(runtime.NoneTypeType)
}

// typeRepr formats a type argument as typing._type_repr does: classes by (qualified) name,
// None as None, ... as ..., lists (Callable's parameters) as [a, b].
func typeRepr(th *runtime.Thread, v runtime.Value) (string, error) {
	switch x := v.(type) {
	case *runtime.Type:
		if x == runtime.NoneTypeType {
			return "None", nil
		}
		if x.Module == "builtins" || x.Module == "" {
			return x.Qualname, nil
		}
		return x.Module + "." + x.Qualname, nil
	case runtime.EllipsisValue:
		return "...", nil
	case runtime.NoneValue:
		return "None", nil
	case *runtime.List:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			s, err := typeRepr(th, it)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	case runtime.Str:
		return "ForwardRef(" + pyQuote(string(x)) + ")", nil
	}
	return runtime.Repr(th, v)
}

// pyQuote quotes s as Python's repr of a simple string does.
func pyQuote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// subscript implements a[key].
func (a *alias) subscript(th *runtime.Thread, key runtime.Value) (runtime.Value, error) {
	var params runtime.Tuple
	if t, ok := key.(runtime.Tuple); ok {
		params = t
	} else {
		params = runtime.Tuple{key}
	}
	switch a.form {
	case formAtom:
		return nil, runtime.TypeErrorf("typing.%s is not subscriptable", a.name)
	case formOptional:
		if len(params) != 1 {
			return nil, runtime.TypeErrorf("typing.Optional requires a single type.")
		}
		return makeUnion(th, runtime.Tuple{params[0], runtime.None})
	case formUnion:
		if a.args != nil {
			return &alias{name: a.name, form: a.form, args: params}, nil
		}
		if len(params) == 0 {
			return nil, runtime.TypeErrorf("Cannot take a Union of no types.")
		}
		return makeUnion(th, params)
	case formOne:
		if len(params) != 1 {
			return nil, runtime.TypeErrorf("typing.%s accepts only single type.", a.name)
		}
	}
	return &alias{name: a.name, origin: a.origin, form: a.form, args: params}, nil
}

// makeUnion builds Union[params]: nested unions flattened, duplicates dropped, None kept
// as None; a single remaining type is returned itself.
func makeUnion(th *runtime.Thread, params runtime.Tuple) (runtime.Value, error) {
	var flat runtime.Tuple
	var add func(v runtime.Value) error
	add = func(v runtime.Value) error {
		if u, ok := v.(*alias); ok && u.form == formUnion && u.args != nil {
			for _, x := range u.args {
				if err := add(x); err != nil {
					return err
				}
			}
			return nil
		}
		if v == runtime.Value(runtime.NoneTypeType) {
			v = runtime.None
		}
		for _, have := range flat {
			if runtime.Is(have, v) {
				return nil
			}
		}
		flat = append(flat, v)
		return nil
	}
	for _, p := range params {
		if err := add(p); err != nil {
			return nil, err
		}
	}
	if len(flat) == 1 {
		if flat[0] == runtime.None {
			return runtime.NoneTypeType, nil
		}
		return flat[0], nil
	}
	return &alias{name: "Union", form: formUnion, args: flat}, nil
}

// aliasMethod adapts a method of alias.
func aliasMethod(fn func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error)) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		a, ok := args[0].(*alias)
		if !ok {
			return nil, runtime.TypeErrorf("expected a typing alias")
		}
		return fn(th, a, args[1:])
	}
}

func newAliasType() *runtime.Type {
	t := runtime.NewBuiltinType("_GenericAlias", "typing", nil, false)
	runtime.AddMethod(t, "__getitem__", aliasMethod(func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 1 {
			return nil, runtime.TypeErrorf("__getitem__ expected 1 argument, got %d", len(args))
		}
		return a.subscript(th, args[0])
	}))
	runtime.AddMethod(t, "__repr__", aliasMethod(func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error) {
		s, err := a.Repr(th)
		return runtime.Str(s), err
	}))
	runtime.AddMethod(t, "__call__", aliasMethod(func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error) {
		if a.origin != nil {
			return nil, runtime.TypeErrorf("Type %s cannot be instantiated; use %s() instead", a.name, a.origin.Name)
		}
		if a.args == nil {
			return nil, runtime.TypeErrorf("%s cannot be instantiated", a.name)
		}
		return nil, runtime.TypeErrorf("Cannot instantiate typing.%s", a.name)
	}))
	union := aliasMethod(func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error) {
		return makeUnion(th, runtime.Tuple{a, args[0]})
	})
	runtime.AddMethod(t, "__or__", union)
	runtime.AddMethod(t, "__ror__", aliasMethod(func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error) {
		return makeUnion(th, runtime.Tuple{args[0], a})
	}))
	runtime.AddMethod(t, "__eq__", aliasMethod(func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error) {
		b, ok := args[0].(*alias)
		if !ok {
			return runtime.NotImplemented, nil
		}
		if a.name != b.name || a.origin != b.origin || (a.args == nil) != (b.args == nil) || len(a.args) != len(b.args) {
			return runtime.False, nil
		}
		for i := range a.args {
			eq, err := runtime.Equal(th, a.args[i], b.args[i])
			if err != nil || !eq {
				return runtime.False, err
			}
		}
		return runtime.True, nil
	}))
	runtime.AddMethod(t, "__hash__", aliasMethod(func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error) {
		h := int64(len(a.args))
		for _, c := range a.name {
			h = h*31 + int64(c)
		}
		return runtime.Int(h), nil
	}))
	t.Dict.SetStr("__origin__", &runtime.Property{Get: runtime.NewBuiltin("__origin__", aliasMethod(func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error) {
		if a.origin != nil {
			return a.origin, nil
		}
		return runtime.None, nil
	}))})
	t.Dict.SetStr("__args__", &runtime.Property{Get: runtime.NewBuiltin("__args__", aliasMethod(func(th *runtime.Thread, a *alias, args []runtime.Value) (runtime.Value, error) {
		if a.args == nil {
			return runtime.Tuple{}, nil
		}
		return a.args, nil
	}))})
	return t
}
