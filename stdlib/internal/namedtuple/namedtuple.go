// Package namedtuple turns tuple subclasses into named tuples (typing.NamedTuple,
// collections.namedtuple): __new__ with defaults, a property per field, _fields,
// _field_defaults, __repr__, _asdict, _replace, _make and __match_args__.
package namedtuple

import (
	"fmt"
	"strings"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/gofunc"
)

// tupleOf returns the tuple a named tuple instance extends.
func tupleOf(v runtime.Value) runtime.Tuple {
	if o, ok := v.(*runtime.Object); ok {
		if t, ok := o.Base.(runtime.Tuple); ok {
			return t
		}
	}
	if t, ok := v.(runtime.Tuple); ok {
		return t
	}
	return nil
}

// setClassAttr stores a class attribute.
func setClassAttr(th *runtime.Thread, cls *runtime.Type, name string, v runtime.Value) error {
	return runtime.SetAttr(th, cls, name, v)
}

// Install makes cls (a tuple subclass) a named tuple with the given fields:
// __new__, a property per field, _fields, _field_defaults, __repr__, _asdict, _replace,
// _make and __match_args__. The caller validates the field names (see CheckFields).
func Install(th *runtime.Thread, cls *runtime.Type, fields []string, defaults map[string]runtime.Value) error {
	names := make(runtime.Tuple, len(fields))
	for i, f := range fields {
		names[i] = runtime.Str(f)
	}
	fieldDefaults := runtime.NewDict()
	for _, f := range fields {
		if v, ok := defaults[f]; ok {
			fieldDefaults.SetStr(f, v)
		}
	}
	newFn := func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		t, ok := args[0].(*runtime.Type)
		if !ok {
			return nil, runtime.TypeErrorf("__new__() argument 1 must be a type")
		}
		npos := len(args) - 1 - len(kwnames)
		if npos > len(fields) {
			return nil, runtime.TypeErrorf("%s.__new__() takes %d positional arguments but %d were given", t.Name, len(fields)+1, npos+1)
		}
		items := make(runtime.Tuple, len(fields))
		copy(items, args[1:1+npos])
		for i, k := range kwnames {
			j := indexOf(fields, k)
			if j < 0 {
				return nil, runtime.TypeErrorf("%s.__new__() got an unexpected keyword argument '%s'", t.Name, k)
			}
			if items[j] != nil {
				return nil, runtime.TypeErrorf("%s.__new__() got multiple values for argument '%s'", t.Name, k)
			}
			items[j] = args[1+npos+i]
		}
		var missing []string
		for i, f := range fields {
			if items[i] == nil {
				if v, ok := defaults[f]; ok {
					items[i] = v
				} else {
					missing = append(missing, "'"+f+"'")
				}
			}
		}
		if len(missing) > 0 {
			return nil, runtime.TypeErrorf("%s.__new__() missing %d required positional argument%s: %s",
				t.Name, len(missing), plural(len(missing)), joinNames(missing))
		}
		o := runtime.NewObject(t)
		o.Base = items
		return o, nil
	}
	if err := setClassAttr(th, cls, "__new__", &runtime.StaticMethod{Func: runtime.NewBuiltin("__new__", newFn)}); err != nil {
		return err
	}
	for i, f := range fields {
		prop := &runtime.Property{Get: runtime.NewBuiltin(f, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			t := tupleOf(args[0])
			if i >= len(t) {
				return nil, runtime.AttributeErrorf("'%s' object has no attribute '%s'", args[0].Type().Name, f)
			}
			return t[i], nil
		}), Doc: runtime.Str(fmt.Sprintf("Alias for field number %d", i))}
		if err := setClassAttr(th, cls, f, prop); err != nil {
			return err
		}
	}
	method := func(name string, fn runtime.BuiltinFunc) error {
		return setClassAttr(th, cls, name, gofunc.New(cls.Name+"."+name, fn))
	}
	if err := method("__repr__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var sb strings.Builder
		sb.WriteString(args[0].Type().Name + "(")
		for i, v := range tupleOf(args[0]) {
			if i > 0 {
				sb.WriteString(", ")
			}
			r, err := runtime.Repr(th, v)
			if err != nil {
				return nil, err
			}
			if i < len(fields) {
				sb.WriteString(fields[i] + "=")
			}
			sb.WriteString(r)
		}
		sb.WriteString(")")
		return runtime.Str(sb.String()), nil
	}); err != nil {
		return err
	}
	if err := method("_asdict", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		d := runtime.NewDict()
		for i, v := range tupleOf(args[0]) {
			if i < len(fields) {
				d.SetStr(fields[i], v)
			}
		}
		return d, nil
	}); err != nil {
		return err
	}
	if err := method("_replace", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args)-len(kwnames) != 1 {
			return nil, runtime.TypeErrorf("_replace() takes 1 positional argument but %d were given", len(args)-len(kwnames))
		}
		items := append(runtime.Tuple(nil), tupleOf(args[0])...)
		var bad []string
		for i, k := range kwnames {
			j := indexOf(fields, k)
			if j < 0 || j >= len(items) {
				bad = append(bad, quote(k))
				continue
			}
			items[j] = args[1+i]
		}
		if len(bad) > 0 {
			return nil, runtime.ValueErrorf("Got unexpected field names: [%s]", strings.Join(bad, ", "))
		}
		o := runtime.NewObject(args[0].Type())
		o.Base = items
		return o, nil
	}); err != nil {
		return err
	}
	mk := &runtime.ClassMethod{Func: runtime.NewBuiltin("_make", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 2 {
			return nil, runtime.TypeErrorf("_make() takes 2 positional arguments but %d were given", len(args))
		}
		items, err := runtime.ToSlice(th, args[1])
		if err != nil {
			return nil, err
		}
		if len(items) != len(fields) {
			return nil, runtime.TypeErrorf("Expected %d arguments, got %d", len(fields), len(items))
		}
		t, _ := args[0].(*runtime.Type)
		o := runtime.NewObject(t)
		o.Base = runtime.Tuple(items)
		return o, nil
	})}
	for name, v := range map[string]runtime.Value{
		"_make":           mk,
		"_fields":         names,
		"__match_args__":  names,
		"_field_defaults": fieldDefaults,
	} {
		if err := setClassAttr(th, cls, name, v); err != nil {
			return err
		}
	}
	return nil
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// joinNames joins quoted names as CPython's missing-argument messages do: 'a', 'b' and 'c'.
func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// CheckFields rejects field names that start with an underscore, as CPython does.
func CheckFields(fields []string) error {
	for _, f := range fields {
		if strings.HasPrefix(f, "_") {
			return runtime.ValueErrorf("Field names cannot start with an underscore: %s", quote(f))
		}
	}
	return nil
}

// quote quotes s as Python's repr of a simple string does.
func quote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// CallerModule is the __name__ of the calling code's module, or "__main__":
// the __module__ of a named tuple class made by a call.
func CallerModule(th *runtime.Thread) string {
	if th.Interp.Hooks.Globals != nil {
		if g := th.Interp.Hooks.Globals(th); g != nil {
			if n, ok := g.GetStr("__name__"); ok {
				if s, ok := n.(runtime.Str); ok {
					return string(s)
				}
			}
		}
	}
	return "__main__"
}
