// Package structseq makes named tuple types like CPython's struct sequences
// (sys.version_info, time.struct_time) for aio's stdlib modules.
package structseq

import (
	"strings"

	"github.com/aiolang/aio/runtime"
)

// NewType makes a tuple subclass called module.name whose first len(fields) items are
// also readable as the named attributes: indexing, comparison and unpacking work as for a
// tuple, and the repr names the fields ("sys.version_info(major=3, …)"). extra names
// attributes beyond the tuple items (time.struct_time's tm_zone), stored after them.
//
// The type is a class of the interpreter th runs in (made when the module is imported),
// so that it is laid out exactly like any tuple subclass.
func NewType(th *runtime.Thread, module, name string, fields []string, extra ...string) (*runtime.Type, error) {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str(module))
	ns.SetStr("__qualname__", runtime.Str(name))
	ns.SetStr("__slots__", runtime.Tuple{})
	n := len(fields)
	for i, f := range append(append([]string(nil), fields...), extra...) {
		ns.SetStr(f, &runtime.Property{Get: runtime.NewBuiltin(f, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			all := allItems(args[0])
			if i >= len(all) {
				return runtime.None, nil
			}
			return all[i], nil
		})})
	}
	ns.SetStr("n_sequence_fields", runtime.Int(n))
	ns.SetStr("n_fields", runtime.Int(n+len(extra)))
	t, err := runtime.NewClass(th, name, []*runtime.Type{runtime.TupleType}, ns, nil)
	if err != nil {
		return nil, err
	}
	repr := func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var sb strings.Builder
		sb.WriteString(module + "." + name + "(")
		for i, v := range Items(args[0]) {
			if i > 0 {
				sb.WriteString(", ")
			}
			r, err := runtime.Repr(th, v)
			if err != nil {
				return nil, err
			}
			sb.WriteString(fields[i] + "=" + r)
		}
		sb.WriteString(")")
		return runtime.Str(sb.String()), nil
	}
	if err := runtime.SetAttr(th, t, "__repr__", &runtime.MethodDescr{Name: "__repr__", Owner: t, Fn: repr}); err != nil {
		return nil, err
	}
	return t, nil
}

// New returns an instance of the struct sequence type t with the given items (the tuple)
// and extra attribute values (in the order of NewType's extra names).
func New(t *runtime.Type, items runtime.Tuple, extra ...runtime.Value) runtime.Value {
	o := runtime.NewObject(t)
	o.Base = items
	if len(extra) > 0 {
		all := make(runtime.Tuple, 0, len(items)+len(extra))
		all = append(append(all, items...), extra...)
		o.SetDict(nil)
		o.SetSlots([]runtime.Value{all})
	}
	return o
}

// Items returns the tuple a struct sequence extends.
func Items(v runtime.Value) runtime.Tuple {
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

// allItems returns the items followed by the extra attribute values.
func allItems(v runtime.Value) runtime.Tuple {
	if o, ok := v.(*runtime.Object); ok && len(o.Slots()) == 1 {
		if all, ok := o.Slots()[0].(runtime.Tuple); ok {
			return all
		}
	}
	return Items(v)
}
