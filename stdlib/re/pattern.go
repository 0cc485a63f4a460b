package re

import (
	"strconv"
	"strings"

	"github.com/aiolang/aio/runtime"
)

// strArg reads the string argument of a matching method.
func strArg(v runtime.Value) (string, error) {
	s, ok := v.(runtime.Str)
	if !ok {
		return "", runtime.TypeErrorf("expected string or bytes-like object, got '%s'", v.Type().Name)
	}
	return string(s), nil
}

// window applies the optional pos and endpos arguments: the part of s searched and the
// byte offset it starts at.
func window(s string, args []runtime.Value, kw map[string]runtime.Value) (string, int, int, error) {
	pos, endpos := 0, -1
	get := func(i int, name string) runtime.Value {
		if i < len(args) {
			return args[i]
		}
		return kw[name]
	}
	if v := get(1, "pos"); v != nil {
		n, ok := runtime.AsInt64(v)
		if !ok {
			return "", 0, 0, runtime.TypeErrorf("'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		pos = int(n)
	}
	if v := get(2, "endpos"); v != nil {
		n, ok := runtime.AsInt64(v)
		if !ok {
			return "", 0, 0, runtime.TypeErrorf("'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		endpos = int(n)
	}
	chars := utf8Len(s)
	if pos < 0 {
		pos = 0
	}
	if endpos < 0 || endpos > chars {
		endpos = chars
	}
	if pos > endpos {
		pos = endpos
	}
	b0, b1 := byteOffset(s, pos), byteOffset(s, endpos)
	return s[:b1], b0, pos, nil
}

// searchArgs unpacks the arguments of search, match, fullmatch, findall and finditer
// (string, pos, endpos): the string, the part of it searched (window), the byte offset
// the search starts at and that offset in code points.
func searchArgs(which string, args []runtime.Value, kwnames []string) (s, text string, off, cpos int, err error) {
	pos, kw := split(args, kwnames)
	if len(pos) < 1 {
		return "", "", 0, 0, runtime.TypeErrorf("%s() missing required argument 'string' (pos 1)", which)
	}
	s, err = strArg(pos[0])
	if err != nil {
		return "", "", 0, 0, err
	}
	text, off, cpos, err = window(s, pos, kw)
	if err != nil {
		return "", "", 0, 0, err
	}
	return s, text, off, cpos, nil
}

func utf8Len(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// newMatch wraps Go's submatch indexes (relative to the whole string).
func (p *Pattern) newMatch(s string, loc []int, pos, end int) *Match {
	return &Match{pat: p, s: s, loc: loc, pos: pos, end: end, runs: runeIndex(s)}
}

// find runs one of the three matchers over the window of the arguments.
func (p *Pattern) find(which string, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	s, text, off, cpos, err := searchArgs(which, args, kwnames)
	if err != nil {
		return nil, err
	}
	re := p.re
	switch which {
	case "match":
		re = p.anchored
	case "fullmatch":
		re = p.full
	}
	loc := re.FindStringSubmatchIndex(text[off:])
	if loc == nil {
		return runtime.None, nil
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += off
		}
	}
	return p.newMatch(s, loc, cpos, utf8Len(text)), nil
}

// all returns every match of p in s (Go's non-overlapping semantics).
func (p *Pattern) all(s string, limit int) [][]int {
	return p.re.FindAllStringSubmatchIndex(s, limit)
}

// groupValue is the text of group g of a match, or def when it did not participate.
func groupValue(s string, loc []int, g int, def runtime.Value) runtime.Value {
	if loc[2*g] < 0 {
		return def
	}
	return runtime.Str(s[loc[2*g]:loc[2*g+1]])
}

func (p *Pattern) findall(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	_, text, off, _, err := searchArgs("findall", args, kwnames)
	if err != nil {
		return nil, err
	}
	ngroups := p.re.NumSubexp()
	var out []runtime.Value
	for _, loc := range p.all(text[off:], -1) {
		switch ngroups {
		case 0:
			out = append(out, runtime.Str(text[off+loc[0]:off+loc[1]]))
		case 1:
			out = append(out, groupValue(text[off:], loc, 1, runtime.Str("")))
		default:
			t := make(runtime.Tuple, ngroups)
			for g := 1; g <= ngroups; g++ {
				t[g-1] = groupValue(text[off:], loc, g, runtime.Str(""))
			}
			out = append(out, t)
		}
	}
	return runtime.NewList(out), nil
}

func (p *Pattern) finditer(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	s, text, off, cpos, err := searchArgs("finditer", args, kwnames)
	if err != nil {
		return nil, err
	}
	var out []runtime.Value
	for _, loc := range p.all(text[off:], -1) {
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += off
			}
		}
		out = append(out, p.newMatch(s, loc, cpos, utf8Len(text)))
	}
	return runtime.Iter(th, runtime.NewList(out))
}

// expandTemplate expands a replacement template (\1, \g<name>, \n, …) for one match.
func (p *Pattern) expandTemplate(tmpl string, s string, loc []int) (string, error) {
	if !strings.Contains(tmpl, `\`) {
		return tmpl, nil
	}
	var sb strings.Builder
	group := func(ref string) error {
		g, err := strconv.Atoi(ref)
		if err != nil {
			g = -1
			for i, n := range p.names {
				if n == ref && n != "" {
					g = i
				}
			}
			if g < 0 {
				return runtime.IndexErrorf("unknown group name '%s'", ref)
			}
		}
		if g < 0 || 2*g+1 >= len(loc) {
			return runtime.Errorf(p.errType, "invalid group reference %d", g)
		}
		if loc[2*g] >= 0 {
			sb.WriteString(s[loc[2*g]:loc[2*g+1]])
		}
		return nil
	}
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '\\' || i+1 == len(tmpl) {
			sb.WriteByte(c)
			continue
		}
		i++
		switch e := tmpl[i]; {
		case e == 'g' && i+1 < len(tmpl) && tmpl[i+1] == '<':
			end := strings.IndexByte(tmpl[i:], '>')
			if end < 0 {
				return "", runtime.Errorf(p.errType, "missing >, unterminated name")
			}
			if err := group(tmpl[i+2 : i+end]); err != nil {
				return "", err
			}
			i += end
		case e >= '0' && e <= '9':
			j := i + 1
			if j < len(tmpl) && tmpl[j] >= '0' && tmpl[j] <= '9' {
				j++
			}
			if err := group(tmpl[i:j]); err != nil {
				return "", err
			}
			i = j - 1
		case e == 'n':
			sb.WriteByte('\n')
		case e == 't':
			sb.WriteByte('\t')
		case e == 'r':
			sb.WriteByte('\r')
		case e == 'f':
			sb.WriteByte('\f')
		case e == 'v':
			sb.WriteByte('\v')
		case e == 'a':
			sb.WriteByte('\a')
		case e == 'b':
			sb.WriteByte('\b')
		case e == '\\':
			sb.WriteByte('\\')
		case e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z':
			return "", runtime.Errorf(p.errType, "bad escape \\%c at position %d", e, i-1)
		default:
			sb.WriteByte('\\')
			sb.WriteByte(e)
		}
	}
	return sb.String(), nil
}

// subn implements sub and subn.
func (p *Pattern) subn(th *runtime.Thread, args []runtime.Value, kwnames []string, name string) (string, int, error) {
	pos, kw := split(args, kwnames)
	get := func(i int, k string) runtime.Value {
		if i < len(pos) {
			return pos[i]
		}
		return kw[k]
	}
	repl, sv := get(0, "repl"), get(1, "string")
	if repl == nil || sv == nil {
		return "", 0, runtime.TypeErrorf("%s() missing required argument", name)
	}
	s, err := strArg(sv)
	if err != nil {
		return "", 0, err
	}
	count := 0
	if c := get(2, "count"); c != nil {
		n, ok := runtime.AsInt64(c)
		if !ok {
			return "", 0, runtime.TypeErrorf("'%s' object cannot be interpreted as an integer", c.Type().Name)
		}
		count = int(n)
	}
	limit := -1
	if count > 0 {
		limit = count
	}
	tmpl, isStr := repl.(runtime.Str)
	if !isStr && !runtime.IsCallable(repl) {
		return "", 0, runtime.TypeErrorf("expected str or callable, got %s", repl.Type().Name)
	}
	var sb strings.Builder
	last, n := 0, 0
	for _, loc := range p.all(s, limit) {
		sb.WriteString(s[last:loc[0]])
		if isStr {
			r, err := p.expandTemplate(string(tmpl), s, loc)
			if err != nil {
				return "", 0, err
			}
			sb.WriteString(r)
		} else {
			r, err := runtime.Call(th, repl, []runtime.Value{p.newMatch(s, loc, 0, utf8Len(s))}, nil)
			if err != nil {
				return "", 0, err
			}
			rs, ok := r.(runtime.Str)
			if !ok {
				return "", 0, runtime.TypeErrorf("expected str instance, %s found", r.Type().Name)
			}
			sb.WriteString(string(rs))
		}
		last = loc[1]
		n++
	}
	sb.WriteString(s[last:])
	return sb.String(), n, nil
}

func (p *Pattern) split(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw := split(args, kwnames)
	sv := kw["string"]
	if len(pos) > 0 {
		sv = pos[0]
	}
	if sv == nil {
		return nil, runtime.TypeErrorf("split() missing required argument 'string' (pos 1)")
	}
	s, err := strArg(sv)
	if err != nil {
		return nil, err
	}
	maxsplit := 0
	mv := kw["maxsplit"]
	if len(pos) > 1 {
		mv = pos[1]
	}
	if mv != nil {
		n, ok := runtime.AsInt64(mv)
		if !ok {
			return nil, runtime.TypeErrorf("'%s' object cannot be interpreted as an integer", mv.Type().Name)
		}
		maxsplit = int(n)
	}
	limit := -1
	if maxsplit > 0 {
		limit = maxsplit
	}
	var out []runtime.Value
	last := 0
	for _, loc := range p.all(s, limit) {
		out = append(out, runtime.Str(s[last:loc[0]]))
		for g := 1; g <= p.re.NumSubexp(); g++ {
			out = append(out, groupValue(s, loc, g, runtime.None))
		}
		last = loc[1]
	}
	out = append(out, runtime.Str(s[last:]))
	return runtime.NewList(out), nil
}

// Repr returns re.compile('…', re.FLAGS).
func (p *Pattern) Repr(th *runtime.Thread) (string, error) {
	r, err := runtime.Repr(th, runtime.Str(p.source))
	if err != nil {
		return "", err
	}
	if len(r) > 200 {
		r = r[:200]
	}
	var fl []string
	for _, f := range []struct {
		bit  int
		name string
	}{{flagTemplate, "re.TEMPLATE"}, {flagIgnoreCase, "re.IGNORECASE"}, {flagLocale, "re.LOCALE"},
		{flagMultiline, "re.MULTILINE"}, {flagDotAll, "re.DOTALL"}, {flagVerbose, "re.VERBOSE"},
		{flagDebug, "re.DEBUG"}, {flagASCII, "re.ASCII"}} {
		if p.flags&f.bit != 0 {
			fl = append(fl, f.name)
		}
	}
	if len(fl) == 0 {
		return "re.compile(" + r + ")", nil
	}
	return "re.compile(" + r + ", " + strings.Join(fl, "|") + ")", nil
}

func newPatternType() *runtime.Type {
	t := runtime.NewBuiltinType("Pattern", "re", nil, false)
	method := func(name string, fn func(th *runtime.Thread, p *Pattern, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		runtime.AddMethod(t, name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			p, ok := args[0].(*Pattern)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor '%s' requires a 're.Pattern' object", name)
			}
			return fn(th, p, args[1:], kwnames)
		})
	}
	for _, which := range []string{"search", "match", "fullmatch"} {
		method(which, func(th *runtime.Thread, p *Pattern, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return p.find(which, args, kwnames)
		})
	}
	method("findall", func(th *runtime.Thread, p *Pattern, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return p.findall(th, args, kwnames)
	})
	method("finditer", func(th *runtime.Thread, p *Pattern, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return p.finditer(th, args, kwnames)
	})
	method("split", func(th *runtime.Thread, p *Pattern, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return p.split(th, args, kwnames)
	})
	method("sub", func(th *runtime.Thread, p *Pattern, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, _, err := p.subn(th, args, kwnames, "sub")
		if err != nil {
			return nil, err
		}
		return runtime.Str(s), nil
	})
	method("subn", func(th *runtime.Thread, p *Pattern, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, n, err := p.subn(th, args, kwnames, "subn")
		if err != nil {
			return nil, err
		}
		return runtime.Tuple{runtime.Str(s), runtime.Int(n)}, nil
	})
	method("__repr__", func(th *runtime.Thread, p *Pattern, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, err := p.Repr(th)
		return runtime.Str(s), err
	})
	prop := func(name string, get func(p *Pattern) runtime.Value) {
		t.Dict.SetStr(name, &runtime.Property{Get: runtime.NewBuiltin(name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			p, ok := args[0].(*Pattern)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor '%s' requires a 're.Pattern' object", name)
			}
			return get(p), nil
		})})
	}
	prop("pattern", func(p *Pattern) runtime.Value { return runtime.Str(p.source) })
	prop("flags", func(p *Pattern) runtime.Value { return runtime.Int(p.flags | flagUnicode) })
	prop("groups", func(p *Pattern) runtime.Value { return runtime.Int(p.re.NumSubexp()) })
	prop("groupindex", func(p *Pattern) runtime.Value {
		d := runtime.NewDict()
		for i, n := range p.names {
			if n != "" {
				d.SetStr(n, runtime.Int(i))
			}
		}
		return d
	})
	return t
}
