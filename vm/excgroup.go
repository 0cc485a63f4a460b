package vm

import (
	"github.com/aiolang/aio/runtime"
)

// groupExceptions returns the exceptions of an exception group (its .exceptions).
func groupExceptions(th *runtime.Thread, eg *runtime.Exception) ([]runtime.Value, error) {
	v, err := runtime.GetAttr(th, eg, "exceptions")
	if err != nil {
		return nil, err
	}
	return toSlice(th, v)
}

// deriveGroup makes a group like eg holding excs (eg.derive(excs)), keeping its
// cause, context, traceback and notes.
func deriveGroup(th *runtime.Thread, eg *runtime.Exception, excs []runtime.Value) (*runtime.Exception, error) {
	v, err := runtime.CallMethod(th, eg, "derive", runtime.NewList(excs))
	if err != nil {
		return nil, err
	}
	e, ok := v.(*runtime.Exception)
	if !ok {
		return nil, runtime.TypeErrorf("derive must return an instance of BaseExceptionGroup")
	}
	e.Cause, e.Context, e.SuppressContext = eg.Cause, eg.Context, eg.SuppressContext
	e.Traceback = eg.Traceback
	e.Notes = eg.Notes
	return e, nil
}

// splitGroup splits exc into the part matching t and the rest (BaseExceptionGroup.split).
func splitGroup(th *runtime.Thread, exc *runtime.Exception, t runtime.Value) (match, rest *runtime.Exception, err error) {
	ok, err := excMatch(exc, t)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return exc, nil, nil
	}
	if !exc.Type().IsSubtype(runtime.BaseExceptionGroupType) {
		return nil, exc, nil
	}
	items, err := groupExceptions(th, exc)
	if err != nil {
		return nil, nil, err
	}
	var ms, rs []runtime.Value
	for _, it := range items {
		e, ok := it.(*runtime.Exception)
		if !ok {
			continue
		}
		m, r, err := splitGroup(th, e, t)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	if len(ms) > 0 {
		if match, err = deriveGroup(th, exc, ms); err != nil {
			return nil, nil, err
		}
	}
	if len(rs) > 0 {
		if rest, err = deriveGroup(th, exc, rs); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// exceptStarMatch is CHECK_EG_MATCH: exc, type → rest, match.
func exceptStarMatch(th *runtime.Thread, exc *runtime.Exception, t runtime.Value) (runtime.Value, runtime.Value, error) {
	if err := checkStarType(t); err != nil {
		return nil, nil, err
	}
	if !exc.Type().IsSubtype(runtime.BaseExceptionGroupType) {
		ok, err := excMatch(exc, t)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			return exc, runtime.None, nil
		}
		// a naked exception is wrapped in a group
		gt := runtime.ExceptionGroupType
		if !exc.Type().IsSubtype(runtime.ExceptionType) {
			gt = runtime.BaseExceptionGroupType
		}
		g, err := runtime.Call(th, gt, []runtime.Value{runtime.Str(""), runtime.NewList([]runtime.Value{exc})}, nil)
		if err != nil {
			return nil, nil, err
		}
		ge := g.(*runtime.Exception)
		ge.Traceback = exc.Traceback
		return runtime.None, ge, nil
	}
	match, rest, err := splitGroup(th, exc, t)
	if err != nil {
		return nil, nil, err
	}
	if match == nil {
		return exc, runtime.None, nil
	}
	var r runtime.Value = runtime.None
	if rest != nil {
		r = rest
	}
	return r, match, nil
}

func checkStarType(t runtime.Value) error {
	check := func(v runtime.Value) error {
		tt, ok := v.(*runtime.Type)
		if !ok || !tt.IsSubtype(runtime.BaseExceptionType) {
			return errBadCatch()
		}
		if tt.IsSubtype(runtime.BaseExceptionGroupType) {
			return runtime.TypeErrorf("catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tup, ok := t.(runtime.Tuple); ok {
		for _, x := range tup {
			if err := check(x); err != nil {
				return err
			}
		}
		return nil
	}
	return check(t)
}

// prepReraiseStar is PREP_RERAISE_STAR: orig, raised list → the exception to re-raise
// (None if everything was handled). Exceptions re-raised unchanged go back into a group
// shaped like orig; new ones raised by the handlers join them.
func prepReraiseStar(th *runtime.Thread, orig, list runtime.Value) (runtime.Value, error) {
	l, _ := list.(*runtime.List)
	if l == nil || len(l.Items) == 0 {
		return runtime.None, nil
	}
	origExc, _ := orig.(*runtime.Exception)
	var raised, reraised []runtime.Value
	for _, v := range l.Items {
		e, ok := v.(*runtime.Exception)
		if !ok {
			continue
		}
		if origExc != nil && isPartOf(th, e, origExc) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	var keep runtime.Value = runtime.None
	if len(reraised) > 0 && origExc != nil {
		if len(reraised) == 1 && reraised[0] == runtime.Value(origExc) {
			keep = origExc
		} else {
			var parts []runtime.Value
			for _, r := range reraised {
				if g, ok := r.(*runtime.Exception); ok && g.Type().IsSubtype(runtime.BaseExceptionGroupType) {
					items, err := groupExceptions(th, g)
					if err != nil {
						return nil, err
					}
					parts = append(parts, items...)
				} else {
					parts = append(parts, r)
				}
			}
			g, err := deriveGroup(th, origExc, parts)
			if err != nil {
				return nil, err
			}
			keep = g
		}
	}
	if len(raised) == 0 {
		return keep, nil
	}
	all := raised
	if keep != runtime.None {
		all = append(all, keep)
	}
	if len(all) == 1 {
		return all[0], nil
	}
	g, err := runtime.Call(th, runtime.ExceptionGroupType, []runtime.Value{runtime.Str(""), runtime.NewList(all)}, nil)
	if err != nil {
		return nil, err
	}
	return g, nil
}

// isPartOf reports whether e is orig or a subgroup split from it (same leaf exceptions).
func isPartOf(th *runtime.Thread, e, orig *runtime.Exception) bool {
	if e == orig {
		return true
	}
	leaves := map[*runtime.Exception]bool{}
	var collect func(x *runtime.Exception)
	collect = func(x *runtime.Exception) {
		if x.Type().IsSubtype(runtime.BaseExceptionGroupType) {
			items, _ := groupExceptions(th, x)
			for _, it := range items {
				if c, ok := it.(*runtime.Exception); ok {
					collect(c)
				}
			}
			return
		}
		leaves[x] = true
	}
	collect(orig)
	found := true
	var check func(x *runtime.Exception)
	check = func(x *runtime.Exception) {
		if x.Type().IsSubtype(runtime.BaseExceptionGroupType) {
			items, _ := groupExceptions(th, x)
			for _, it := range items {
				if c, ok := it.(*runtime.Exception); ok {
					check(c)
				}
			}
			return
		}
		if !leaves[x] {
			found = false
		}
	}
	check(e)
	return found
}
