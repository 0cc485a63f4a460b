package vm

import (
	"github.com/aiolang/aio/runtime"
)

// buildClass is builtins.__build_class__(func, name, *bases, metaclass=…, **kwds): it
// resolves the bases (__mro_entries__) and the metaclass, prepares the namespace, runs the
// class body in it, creates the class and fills the __class__ cell.
func buildClass(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	nargs := len(args) - len(kwnames)
	if nargs < 2 {
		return nil, runtime.TypeErrorf("__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, runtime.TypeErrorf("__build_class__: func must be a function")
	}
	nameV, ok := args[1].(runtime.Str)
	if !ok {
		return nil, runtime.TypeErrorf("__build_class__: name is not a string")
	}
	name := string(nameV)
	origBases := runtime.Tuple(append([]runtime.Value(nil), args[2:nargs]...))

	// keyword arguments: metaclass and the rest (for __init_subclass__)
	var meta runtime.Value
	var kwargs *runtime.Dict
	var kwNames []string
	var kwVals []runtime.Value
	for i, k := range kwnames {
		v := args[nargs+i]
		if k == "metaclass" {
			meta = v
			continue
		}
		if kwargs == nil {
			kwargs = runtime.NewDict()
		}
		kwargs.SetStr(k, v)
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, v)
	}

	bases, changed, err := resolveBases(th, origBases)
	if err != nil {
		return nil, err
	}
	basesT := make([]*runtime.Type, 0, len(bases))
	for _, b := range bases {
		t, ok := b.(*runtime.Type)
		if !ok {
			if meta == nil {
				return nil, runtime.TypeErrorf("bases must be types")
			}
			continue
		}
		basesT = append(basesT, t)
	}

	// the metaclass: explicit, or the most derived of the bases' metaclasses
	isClass := true
	if meta == nil {
		if len(basesT) > 0 {
			meta = basesT[0].Type()
		} else {
			meta = runtime.TypeType
		}
	} else if _, ok := meta.(*runtime.Type); !ok {
		isClass = false
	}
	if isClass {
		winner := meta.(*runtime.Type)
		for _, b := range basesT {
			bm := b.Type()
			if winner.IsSubtype(bm) {
				continue
			}
			if bm.IsSubtype(winner) {
				winner = bm
				continue
			}
			return nil, runtime.TypeErrorf("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = winner
	}

	// the namespace
	var ns *runtime.Dict
	if mt, ok := meta.(*runtime.Type); ok && mt != runtime.TypeType {
		if prep, ok, err := runtime.LookupAttr(th, mt, "__prepare__"); err != nil {
			return nil, err
		} else if ok {
			pargs := append([]runtime.Value{nameV, bases}, kwVals...)
			r, err := runtime.Call(th, prep, pargs, kwNames)
			if err != nil {
				return nil, err
			}
			d, ok := r.(*runtime.Dict)
			if !ok {
				return nil, runtime.TypeErrorf("%s.__prepare__() must return a mapping, not %s", mt.Name, runtime.TypeName(r))
			}
			ns = d
		}
	} else if !ok {
		if prep, ok, err := runtime.LookupAttr(th, meta, "__prepare__"); err != nil {
			return nil, err
		} else if ok {
			r, err := runtime.Call(th, prep, []runtime.Value{nameV, bases}, nil)
			if err != nil {
				return nil, err
			}
			if d, ok := r.(*runtime.Dict); ok {
				ns = d
			}
		}
	}
	if ns == nil {
		ns = runtime.NewDict()
	}
	if _, ok := ns.GetStr("__module__"); !ok {
		if m, ok := body.globals.GetStr("__name__"); ok {
			ns.SetStr("__module__", m)
		}
	}
	if _, ok := ns.GetStr("__qualname__"); !ok {
		ns.SetStr("__qualname__", runtime.Str(body.qualname))
	}

	// run the body
	f := newFrame(th, body.code, body.globals)
	f.fn = body
	f.locals = ns
	if f.cells != nil {
		f.initCells(body.closure)
	}
	if err := th.Enter(); err != nil {
		return nil, err
	}
	res, err := runFrame(th, f)
	th.Leave()
	if err != nil {
		return nil, err
	}
	cell, _ := res.(*runtime.Cell)
	if cell != nil {
		ns.SetStr("__classcell__", cell)
	}
	if changed {
		ns.SetStr("__orig_bases__", origBases)
	}

	// create the class
	var cls runtime.Value
	if meta == runtime.TypeType {
		cls, err = runtime.NewClass(th, name, basesT, ns, kwargs)
	} else {
		cargs := append([]runtime.Value{nameV, bases, ns}, kwVals...)
		cls, err = runtime.Call(th, meta, cargs, kwNames)
	}
	if err != nil {
		return nil, err
	}
	if cell != nil {
		if t, ok := cls.(*runtime.Type); ok {
			if cell.V == nil {
				cell.V = t
			}
			t.Dict.DeleteStr("__classcell__")
		}
	}
	return cls, nil
}

// resolveBases applies __mro_entries__ to bases that are not classes (PEP 560).
func resolveBases(th *runtime.Thread, bases runtime.Tuple) (runtime.Tuple, bool, error) {
	var out runtime.Tuple
	changed := false
	for i, b := range bases {
		if _, ok := b.(*runtime.Type); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		m, ok, err := runtime.LookupAttr(th, b, "__mro_entries__")
		if err != nil {
			return nil, false, err
		}
		if !ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		r, err := runtime.Call(th, m, []runtime.Value{bases}, nil)
		if err != nil {
			return nil, false, err
		}
		t, ok := r.(runtime.Tuple)
		if !ok {
			return nil, false, runtime.TypeErrorf("__mro_entries__ must return a tuple")
		}
		if !changed {
			out = append(out, bases[:i]...)
			changed = true
		}
		out = append(out, t...)
	}
	if !changed {
		return bases, false, nil
	}
	return out, true, nil
}
