package runtime

import (
	"fmt"
	"strings"
)

// UnpackArgs binds vectorcall arguments (args, kwnames) of the Go builtin fname to Go
// variables. pairs alternates a parameter spec and a pointer:
//
//	"name"   required, positional or keyword
//	"name?"  optional (the pointer keeps its value when the argument is absent)
//	"$name"  keyword-only (may end in ? too)
//
// A spec starting with "*" collects the remaining positional arguments into a *[]Value.
// Pointer types: *Value (anything), *int, *int64, *float64, *string, *bool (a truth value),
// **Dict, **List, **Type, *Tuple, *Callable. Errors use CPython's wording.
func UnpackArgs(fname string, args []Value, kwnames []string, pairs ...any) error {
	npos := len(args) - len(kwnames)
	nparams := len(pairs) / 2
	type param struct {
		name     string
		optional bool
		kwonly   bool
		star     bool
		ptr      any
	}
	var ps [16]param
	params := ps[:0]
	maxPos, minPos := 0, 0
	var star *[]Value
	for i := 0; i < nparams; i++ {
		spec := pairs[2*i].(string)
		p := param{ptr: pairs[2*i+1]}
		if strings.HasPrefix(spec, "*") {
			star = p.ptr.(*[]Value)
			continue
		}
		if strings.HasPrefix(spec, "$") {
			p.kwonly = true
			spec = spec[1:]
		}
		if strings.HasSuffix(spec, "?") {
			p.optional = true
			spec = spec[:len(spec)-1]
		}
		p.name = spec
		if !p.kwonly {
			maxPos++
			if !p.optional {
				minPos = maxPos
			}
		}
		params = append(params, p)
	}
	if npos > maxPos && star == nil {
		switch {
		case maxPos == 0:
			return TypeErrorf("%s() takes no arguments (%d given)", fname, npos)
		case minPos == maxPos && maxPos == 1:
			return TypeErrorf("%s() takes exactly one argument (%d given)", fname, npos)
		case minPos == maxPos:
			return TypeErrorf("%s() takes exactly %d arguments (%d given)", fname, maxPos, npos)
		default:
			return TypeErrorf("%s() takes at most %d arguments (%d given)", fname, maxPos, npos)
		}
	}
	var filled [16]bool
	pi := 0
	for i := 0; i < npos; i++ {
		for pi < len(params) && params[pi].kwonly {
			pi++
		}
		if pi >= len(params) || i >= maxPos {
			*star = append(*star, args[i:npos]...)
			break
		}
		if err := assignArg(fname, params[pi].name, args[i], params[pi].ptr); err != nil {
			return err
		}
		filled[pi] = true
		pi++
	}
	for k, name := range kwnames {
		v := args[npos+k]
		found := false
		for j := range params {
			if params[j].name == name {
				if filled[j] {
					return TypeErrorf("argument for %s() given by name ('%s') and position (%d)", fname, name, j+1)
				}
				if err := assignArg(fname, name, v, params[j].ptr); err != nil {
					return err
				}
				filled[j] = true
				found = true
				break
			}
		}
		if !found {
			return TypeErrorf("%s() got an unexpected keyword argument '%s'", fname, name)
		}
	}
	for j, p := range params {
		if !filled[j] && !p.optional {
			if p.kwonly {
				return TypeErrorf("%s() missing required keyword-only argument: '%s'", fname, p.name)
			}
			return TypeErrorf("%s() missing required argument '%s' (pos %d)", fname, p.name, j+1)
		}
	}
	return nil
}

func assignArg(fname, pname string, v Value, ptr any) error {
	switch p := ptr.(type) {
	case *Value:
		*p = v
	case *int:
		n, ok := IndexValue(v)
		if !ok {
			if _, big := v.(*BigInt); big {
				return OverflowErrorf("Python int too large to convert to C ssize_t")
			}
			return TypeErrorf("'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		*p = int(n)
	case *int64:
		n, ok := IndexValue(v)
		if !ok {
			if _, big := v.(*BigInt); big {
				return OverflowErrorf("Python int too large to convert to C ssize_t")
			}
			return TypeErrorf("'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		*p = n
	case *float64:
		f, err := toFloat(unwrapBase(v))
		if err != nil {
			return TypeErrorf("must be real number, not %s", v.Type().Name)
		}
		*p = f
	case *string:
		s, ok := unwrapBase(v).(Str)
		if !ok {
			return TypeErrorf("%s() argument '%s' must be str, not %s", fname, pname, v.Type().Name)
		}
		*p = string(s)
	case *bool:
		b, err := Truth(nil, v)
		if err != nil {
			return err
		}
		*p = b
	case **Dict:
		d, ok := unwrapBase(v).(*Dict)
		if !ok {
			return TypeErrorf("%s() argument '%s' must be dict, not %s", fname, pname, v.Type().Name)
		}
		*p = d
	case **List:
		l, ok := unwrapBase(v).(*List)
		if !ok {
			return TypeErrorf("%s() argument '%s' must be list, not %s", fname, pname, v.Type().Name)
		}
		*p = l
	case **Type:
		t, ok := v.(*Type)
		if !ok {
			return TypeErrorf("%s() argument '%s' must be type, not %s", fname, pname, v.Type().Name)
		}
		*p = t
	case *Tuple:
		t, ok := unwrapBase(v).(Tuple)
		if !ok {
			return TypeErrorf("%s() argument '%s' must be tuple, not %s", fname, pname, v.Type().Name)
		}
		*p = t
	case *Callable:
		c, ok := v.(Callable)
		if !ok {
			return TypeErrorf("'%s' object is not callable", v.Type().Name)
		}
		*p = c
	default:
		panic(fmt.Sprintf("UnpackArgs: unsupported pointer type %T", ptr))
	}
	return nil
}

// CheckArity checks that fname got between min and max positional arguments and no
// keywords (max < 0: unlimited), with CPython's messages for builtins.
func CheckArity(fname string, args []Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return TypeErrorf("%s() takes no keyword arguments", fname)
	}
	n := len(args)
	if n >= min && (max < 0 || n <= max) {
		return nil
	}
	if min == max {
		if min == 0 {
			return TypeErrorf("%s() takes no arguments (%d given)", fname, n)
		}
		if min == 1 {
			return TypeErrorf("%s() takes exactly one argument (%d given)", fname, n)
		}
		return TypeErrorf("%s expected %d arguments, got %d", fname, min, n)
	}
	if n < min {
		return TypeErrorf("%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	}
	return TypeErrorf("%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// KwargsDict builds a dict of the keyword arguments of a vectorcall.
func KwargsDict(args []Value, kwnames []string) *Dict {
	d := NewDictSize(len(kwnames))
	npos := len(args) - len(kwnames)
	for i, k := range kwnames {
		d.SetStr(k, args[npos+i])
	}
	return d
}
