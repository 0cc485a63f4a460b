package runtime

// ArgSpec unpacks vectorcall arguments of Go functions of the event loop and asyncio:
// Names lists the parameters in order, the first Required of them are required and the
// ones from KwOnly on are keyword-only (KwOnly < 0: all of them); Rest (if true) collects surplus positional
// arguments (*args). Missing optional parameters are nil.
type ArgSpec struct {
	// Func is the function's name in messages ("BaseEventLoop.call_soon"); Method adds
	// self to the counts of positional arguments, as Python methods report them.
	Func     string
	Method   bool
	Names    []string
	Required int
	KwOnly   int // index of the first keyword-only parameter; 0 means len(Names)
	Rest     bool
}

// Unpack fills out (len(Names) entries) from args/kwnames and returns the surplus
// positional arguments when Rest is set.
func (s *ArgSpec) Unpack(args []Value, kwnames []string, out []Value) ([]Value, error) {
	npos := len(args) - len(kwnames)
	maxPos := len(s.Names)
	if s.KwOnly > 0 {
		maxPos = s.KwOnly
	} else if s.KwOnly < 0 {
		maxPos = 0
	}
	var rest []Value
	if npos > maxPos {
		if !s.Rest {
			return nil, s.tooMany(npos, maxPos)
		}
		rest = args[maxPos:npos]
		npos = maxPos
	}
	for i := range out {
		out[i] = nil
	}
	copy(out, args[:npos])
	for i, k := range kwnames {
		v := args[len(args)-len(kwnames)+i]
		found := false
		for j, n := range s.Names {
			if n == k {
				if out[j] != nil {
					return nil, TypeErrorf("%s() got multiple values for argument '%s'", s.Func, k)
				}
				out[j] = v
				found = true
				break
			}
		}
		if !found {
			return nil, TypeErrorf("%s() got an unexpected keyword argument '%s'", s.Func, k)
		}
	}
	var missing []string
	for i := 0; i < s.Required; i++ {
		if out[i] == nil {
			missing = append(missing, "'"+s.Names[i]+"'")
		}
	}
	if len(missing) > 0 {
		kind := "positional"
		if s.KwOnly < 0 || (s.KwOnly > 0 && s.Required > s.KwOnly) {
			kind = "keyword-only"
		}
		list := missing[0]
		switch n := len(missing); {
		case n == 2:
			list = missing[0] + " and " + missing[1]
		case n > 2:
			list = ""
			for i, m := range missing[:n-1] {
				if i > 0 {
					list += ", "
				}
				list += m
			}
			list += ", and " + missing[n-1]
		}
		plural := ""
		if len(missing) > 1 {
			plural = "s"
		}
		return nil, TypeErrorf("%s() missing %d required %s argument%s: %s", s.Func, len(missing), kind, plural, list)
	}
	return rest, nil
}

func (s *ArgSpec) tooMany(got, max int) error {
	if s.Method {
		got++
		max++
	}
	plural := "s"
	if max == 1 {
		plural = ""
	}
	verb := "were"
	if got == 1 {
		verb = "was"
	}
	return TypeErrorf("%s() takes %d positional argument%s but %d %s given", s.Func, max, plural, got, verb)
}

// orNone returns v, or None for a missing argument.
func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// ToFloat64 converts an int or float argument to a Go float64 (delay, timeout).
func ToFloat64(v Value) (float64, bool) {
	switch x := v.(type) {
	case Float:
		return float64(x), true
	case Int:
		return float64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	if n, ok := AsInt64(v); ok {
		return float64(n), true
	}
	return 0, false
}

func floatArg(fn string, v Value) (float64, error) {
	f, ok := ToFloat64(v)
	if !ok {
		return 0, TypeErrorf("'%s' object cannot be interpreted as a float", v.Type().Name)
	}
	return f, nil
}

// selfArg returns args[0] converted to the expected Go type, for methods.
func methodSelf[T Value](args []Value, tname, mname string) (T, []Value, error) {
	var zero T
	if len(args) == 0 {
		return zero, nil, TypeErrorf("descriptor '%s' of '%s' object needs an argument", mname, tname)
	}
	s, ok := args[0].(T)
	if !ok {
		if o, ok2 := args[0].(*Object); ok2 && o.Base != nil {
			if s2, ok3 := o.Base.(T); ok3 {
				return s2, args[1:], nil
			}
		}
		return zero, nil, TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", mname, tname, args[0].Type().Name)
	}
	return s, args[1:], nil
}
