package typing

import (
	"github.com/aiolang/aio/runtime"
)

// typeVar is a TypeVar (or ParamSpec, TypeVarTuple): a named placeholder, ignored at run
// time.
type typeVar struct {
	name          string
	bound         runtime.Value
	constraints   runtime.Tuple
	covariant     bool
	contravariant bool
	kind          *runtime.Type
	isTuple       bool // a TypeVarTuple
}

// Type returns TypeVar (or ParamSpec, TypeVarTuple).
func (v *typeVar) Type() *runtime.Type { return v.kind }

// Repr returns ~T (+T covariant, -T contravariant); a TypeVarTuple's repr is its name.
func (v *typeVar) Repr(th *runtime.Thread) (string, error) {
	switch {
	case v.isTuple:
		return v.name, nil
	case v.covariant:
		return "+" + v.name, nil
	case v.contravariant:
		return "-" + v.name, nil
	}
	return "~" + v.name, nil
}

var (
	typeVarType      = newTypeVarType("TypeVar")
	paramSpecType    = newTypeVarType("ParamSpec")
	typeVarTupleType = newTypeVarType("TypeVarTuple")
)

func newTypeVarType(name string) *runtime.Type {
	t := runtime.NewBuiltinType(name, "typing", nil, false)
	t.New = func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		npos := len(args) - len(kwnames)
		if npos < 1 {
			return nil, runtime.TypeErrorf("%s() missing required argument 'name' (pos 1)", name)
		}
		n, ok := args[0].(runtime.Str)
		if !ok {
			return nil, runtime.TypeErrorf("%s name must be a string", name)
		}
		v := &typeVar{name: string(n), kind: t, isTuple: name == "TypeVarTuple", bound: runtime.None, constraints: runtime.Tuple(append([]runtime.Value(nil), args[1:npos]...))}
		for i, k := range kwnames {
			val := args[npos+i]
			switch k {
			case "bound":
				v.bound = val
			case "covariant":
				b, err := runtime.Truth(th, val)
				if err != nil {
					return nil, err
				}
				v.covariant = b
			case "contravariant":
				b, err := runtime.Truth(th, val)
				if err != nil {
					return nil, err
				}
				v.contravariant = b
			default:
				return nil, runtime.TypeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
			}
		}
		if v.covariant && v.contravariant {
			return nil, runtime.ValueErrorf("Bivariant types are not supported.")
		}
		if len(v.constraints) == 1 {
			return nil, runtime.TypeErrorf("A single constraint is not allowed")
		}
		return v, nil
	}
	get := func(attr string, fn func(v *typeVar) runtime.Value) {
		t.Dict.SetStr(attr, &runtime.Property{Get: runtime.NewBuiltin(attr, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			v, ok := args[0].(*typeVar)
			if !ok {
				return nil, runtime.TypeErrorf("expected a %s", name)
			}
			return fn(v), nil
		})})
	}
	get("__name__", func(v *typeVar) runtime.Value { return runtime.Str(v.name) })
	get("__bound__", func(v *typeVar) runtime.Value { return v.bound })
	get("__constraints__", func(v *typeVar) runtime.Value { return v.constraints })
	get("__covariant__", func(v *typeVar) runtime.Value { return runtime.BoolOf(v.covariant) })
	get("__contravariant__", func(v *typeVar) runtime.Value { return runtime.BoolOf(v.contravariant) })
	runtime.AddMethod(t, "__repr__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		v, ok := args[0].(*typeVar)
		if !ok {
			return nil, runtime.TypeErrorf("expected a %s", name)
		}
		s, err := v.Repr(th)
		return runtime.Str(s), err
	})
	runtime.AddMethod(t, "__or__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return makeUnion(th, runtime.Tuple{args[0], args[1]})
	})
	runtime.AddMethod(t, "__ror__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return makeUnion(th, runtime.Tuple{args[1], args[0]})
	})
	return t
}
