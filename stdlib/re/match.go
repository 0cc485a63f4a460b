package re

import (
	"strconv"

	"github.com/aiolang/aio/runtime"
)

// groupIndex resolves a group reference (an int or a name).
func (m *Match) groupIndex(v runtime.Value) (int, error) {
	switch x := v.(type) {
	case runtime.Str:
		for i, n := range m.pat.names {
			if n == string(x) && n != "" {
				return i, nil
			}
		}
		return 0, runtime.IndexErrorf("no such group")
	}
	n, ok := runtime.AsInt64(v)
	if !ok || n < 0 || int(n) > m.pat.re.NumSubexp() {
		return 0, runtime.IndexErrorf("no such group")
	}
	return int(n), nil
}

func (m *Match) group(g int, def runtime.Value) runtime.Value {
	return groupValue(m.s, m.loc, g, def)
}

// Repr returns <re.Match object; span=(0, 3), match='abc'>.
func (m *Match) Repr(th *runtime.Thread) (string, error) {
	r, err := runtime.Repr(th, runtime.Str(m.s[m.loc[0]:m.loc[1]]))
	if err != nil {
		return "", err
	}
	return "<re.Match object; span=(" + strconv.Itoa(m.charPos(m.loc[0])) + ", " + strconv.Itoa(m.charPos(m.loc[1])) + "), match=" + r + ">", nil
}

func newMatchType() *runtime.Type {
	t := runtime.NewBuiltinType("Match", "re", nil, false)
	method := func(name string, fn func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		runtime.AddMethod(t, name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			m, ok := args[0].(*Match)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor '%s' requires a 're.Match' object", name)
			}
			return fn(th, m, args[1:], kwnames)
		})
	}
	method("group", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) == 0 {
			return m.group(0, runtime.None), nil
		}
		vals := make(runtime.Tuple, len(args))
		for i, a := range args {
			g, err := m.groupIndex(a)
			if err != nil {
				return nil, err
			}
			vals[i] = m.group(g, runtime.None)
		}
		if len(vals) == 1 {
			return vals[0], nil
		}
		return vals, nil
	})
	method("__getitem__", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		g, err := m.groupIndex(args[0])
		if err != nil {
			return nil, err
		}
		return m.group(g, runtime.None), nil
	})
	defaultArg := func(args []runtime.Value, kwnames []string) runtime.Value {
		if len(args) > 0 {
			return args[0]
		}
		return runtime.None
	}
	method("groups", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		def := defaultArg(args, kwnames)
		n := m.pat.re.NumSubexp()
		out := make(runtime.Tuple, n)
		for g := 1; g <= n; g++ {
			out[g-1] = m.group(g, def)
		}
		return out, nil
	})
	method("groupdict", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		def := defaultArg(args, kwnames)
		d := runtime.NewDict()
		for g, n := range m.pat.names {
			if n != "" {
				d.SetStr(n, m.group(g, def))
			}
		}
		return d, nil
	})
	span := func(m *Match, args []runtime.Value) (int, int, error) {
		g := 0
		if len(args) > 0 {
			var err error
			if g, err = m.groupIndex(args[0]); err != nil {
				return 0, 0, err
			}
		}
		if m.loc[2*g] < 0 {
			return -1, -1, nil
		}
		return m.charPos(m.loc[2*g]), m.charPos(m.loc[2*g+1]), nil
	}
	method("start", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, _, err := span(m, args)
		return runtime.Int(s), err
	})
	method("end", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		_, e, err := span(m, args)
		return runtime.Int(e), err
	})
	method("span", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, e, err := span(m, args)
		if err != nil {
			return nil, err
		}
		return runtime.Tuple{runtime.Int(s), runtime.Int(e)}, nil
	})
	method("expand", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 1 {
			return nil, runtime.TypeErrorf("expand() takes exactly one argument (%d given)", len(args))
		}
		tmpl, ok := args[0].(runtime.Str)
		if !ok {
			return nil, runtime.TypeErrorf("expected str, got %s", args[0].Type().Name)
		}
		s, err := m.pat.expandTemplate(string(tmpl), m.s, m.loc)
		return runtime.Str(s), err
	})
	method("__repr__", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, err := m.Repr(th)
		return runtime.Str(s), err
	})
	method("__bool__", func(th *runtime.Thread, m *Match, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.True, nil
	})
	prop := func(name string, get func(m *Match) runtime.Value) {
		t.Dict.SetStr(name, &runtime.Property{Get: runtime.NewBuiltin(name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			m, ok := args[0].(*Match)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor '%s' requires a 're.Match' object", name)
			}
			return get(m), nil
		})})
	}
	prop("string", func(m *Match) runtime.Value { return runtime.Str(m.s) })
	prop("re", func(m *Match) runtime.Value { return m.pat })
	prop("pos", func(m *Match) runtime.Value { return runtime.Int(m.pos) })
	prop("endpos", func(m *Match) runtime.Value { return runtime.Int(m.end) })
	prop("lastindex", func(m *Match) runtime.Value {
		last := -1
		lastEnd := -1
		for g := 1; g <= m.pat.re.NumSubexp(); g++ {
			if m.loc[2*g] >= 0 && m.loc[2*g+1] >= lastEnd {
				last, lastEnd = g, m.loc[2*g+1]
			}
		}
		if last < 0 {
			return runtime.None
		}
		return runtime.Int(last)
	})
	prop("lastgroup", func(m *Match) runtime.Value {
		last := -1
		lastEnd := -1
		for g := 1; g <= m.pat.re.NumSubexp(); g++ {
			if m.loc[2*g] >= 0 && m.loc[2*g+1] >= lastEnd {
				last, lastEnd = g, m.loc[2*g+1]
			}
		}
		if last < 0 || m.pat.names[last] == "" {
			return runtime.None
		}
		return runtime.Str(m.pat.names[last])
	})
	return t
}
