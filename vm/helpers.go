package vm

import (
	"github.com/aiolang/aio/runtime"
)

// forEach calls f for each item of the iterable v (fast paths for list and tuple).
func forEach(th *runtime.Thread, v runtime.Value, f func(runtime.Value) error) error {
	switch x := v.(type) {
	case runtime.Tuple:
		for _, e := range x {
			if err := f(e); err != nil {
				return err
			}
		}
		return nil
	case *runtime.List:
		for i := 0; i < len(x.Items); i++ {
			if err := f(x.Items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := runtime.Iter(th, v)
	if err != nil {
		return err
	}
	for {
		e, ok, err := it.Next(th)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := f(e); err != nil {
			return err
		}
	}
}

// toSlice returns the items of the iterable v (the list's or tuple's own items when v is
// one: do not modify them).
func toSlice(th *runtime.Thread, v runtime.Value) ([]runtime.Value, error) {
	switch x := v.(type) {
	case runtime.Tuple:
		return x, nil
	case *runtime.List:
		return x.Items, nil
	}
	var out []runtime.Value
	err := forEach(th, v, func(e runtime.Value) error {
		out = append(out, e)
		return nil
	})
	return out, err
}

// mergeMapping copies the items of mapping m into d. With checkDup, a key already in d
// raises dupErr(key). A non-mapping raises notMapping().
func mergeMapping(th *runtime.Thread, d *runtime.Dict, m runtime.Value, dupErr func(k runtime.Value) error, notMapping func() error) error {
	set := func(k, v runtime.Value) error {
		if dupErr != nil {
			_, found, err := d.Get(th, k)
			if err != nil {
				return err
			}
			if found {
				return dupErr(k)
			}
		}
		return d.Set(th, k, v)
	}
	if src, ok := m.(*runtime.Dict); ok {
		var err error
		src.Items(func(k, v runtime.Value) bool {
			err = set(k, v)
			return err == nil
		})
		return err
	}
	keysFn, ok, err := runtime.LookupAttr(th, m, "keys")
	if err != nil {
		return err
	}
	if !ok {
		return notMapping()
	}
	keys, err := runtime.Call(th, keysFn, nil, nil)
	if err != nil {
		return err
	}
	return forEach(th, keys, func(k runtime.Value) error {
		v, err := runtime.GetItem(th, m, k)
		if err != nil {
			return err
		}
		return set(k, v)
	})
}

// lookupSpecial finds a special method on type(v) (not the instance), as CPython's
// _PyObject_LookupSpecial: ok is false when the type has none.
func lookupSpecial(v runtime.Value, name string) (runtime.Value, bool) {
	return v.Type().Lookup(name)
}

// callSpecial calls the special method m (found by lookupSpecial on type(self)) with self
// and args, applying the descriptor protocol for non-functions.
func callSpecial(th *runtime.Thread, m runtime.Value, self runtime.Value, args ...runtime.Value) (runtime.Value, error) {
	switch fn := m.(type) {
	case *Function:
		full := make([]runtime.Value, 0, len(args)+1)
		full = append(full, self)
		full = append(full, args...)
		return callFunction(th, fn, full, nil)
	case runtime.Function:
		full := make([]runtime.Value, 0, len(args)+1)
		full = append(full, self)
		full = append(full, args...)
		return fn.Call(th, full, nil)
	case runtime.Descriptor:
		bound, err := fn.DescrGet(th, self, self.Type())
		if err != nil {
			return nil, err
		}
		return runtime.Call(th, bound, args, nil)
	}
	return runtime.Call(th, m, args, nil)
}

// bindSpecial returns the special method m bound to self (a bound method for functions).
func bindSpecial(th *runtime.Thread, m runtime.Value, self runtime.Value) (runtime.Value, error) {
	switch fn := m.(type) {
	case runtime.Function:
		return &runtime.BoundMethod{Self: self, Func: fn}, nil
	case runtime.Descriptor:
		return fn.DescrGet(th, self, self.Type())
	}
	return m, nil
}

// excClassOK reports whether t is an exception class or a tuple of them (for except).
func excMatch(exc *runtime.Exception, t runtime.Value) (bool, error) {
	switch x := t.(type) {
	case *runtime.Type:
		if !x.IsSubtype(runtime.BaseExceptionType) {
			return false, errBadCatch()
		}
		return exc.Type().IsSubtype(x), nil
	case runtime.Tuple:
		match := false
		for _, e := range x {
			ok, err := excMatch(exc, e)
			if err != nil {
				return false, err
			}
			match = match || ok
		}
		return match, nil
	}
	return false, errBadCatch()
}

func errBadCatch() error {
	return runtime.TypeErrorf("catching classes that do not inherit from BaseException is not allowed")
}

// makeException turns the operand of `raise` into an exception instance: an exception
// class is called, an instance is used as is. what names the operand in the error
// ("exceptions" or "exception causes").
func makeException(th *runtime.Thread, v runtime.Value, what string) (*runtime.Exception, error) {
	switch x := v.(type) {
	case *runtime.Exception:
		return x, nil
	case *runtime.Type:
		if x.IsSubtype(runtime.BaseExceptionType) {
			r, err := runtime.Call(th, x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*runtime.Exception); ok {
				return e, nil
			}
			return nil, runtime.TypeErrorf("calling %s should have returned an instance of BaseException, not %s", x.Name, runtime.TypeName(r))
		}
	}
	return nil, runtime.TypeErrorf("%s must derive from BaseException", what)
}
