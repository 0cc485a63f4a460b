package vm

import (
	"fmt"
	"strings"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// bindArgs stores the vectorcall arguments of a call to fn into the parameter slots fast
// (len(fast) ≥ NumParams), applying defaults, packing *args and **kwargs, and raising
// CPython's TypeErrors for a mismatch. It follows CPython's initialize_locals, so the
// errors come in the same order.
func bindArgs(th *runtime.Thread, fn *Function, fast []runtime.Value, args []runtime.Value, kwnames []string) error {
	c := fn.code
	nargs := len(args) - len(kwnames)
	argcount := c.ArgCount
	flags := c.Flags

	// fast path: exactly the positional parameters, nothing else.
	if len(kwnames) == 0 && nargs == argcount && flags&(code.FlagVarargs|code.FlagVarKeywords) == 0 && c.KwOnlyArgCount == 0 {
		fast = fast[:len(args)]
		for i, a := range args {
			fast[i] = a
		}
		return nil
	}

	total := argcount + c.KwOnlyArgCount
	var kwdict *runtime.Dict
	if flags&code.FlagVarKeywords != 0 {
		kwdict = runtime.NewDict()
		i := total
		if flags&code.FlagVarargs != 0 {
			i++
		}
		fast[i] = kwdict
	}
	n := nargs
	if n > argcount {
		n = argcount
	}
	copy(fast[:n], args[:n])
	if flags&code.FlagVarargs != 0 {
		if nargs > n {
			rest := make(runtime.Tuple, nargs-n)
			copy(rest, args[n:nargs])
			fast[total] = rest
		} else {
			fast[total] = runtime.EmptyTuple
		}
	}

	// keyword arguments
	for k, name := range kwnames {
		v := args[nargs+k]
		j := -1
		for p := c.PosOnlyArgCount; p < total; p++ {
			if c.VarNames[p] == name {
				j = p
				break
			}
		}
		if j < 0 {
			if kwdict == nil {
				if c.PosOnlyArgCount > 0 {
					if err := posOnlyAsKeyword(fn, kwnames); err != nil {
						return err
					}
				}
				return runtime.TypeErrorf("%s() got an unexpected keyword argument '%s'", fn.qualname, name)
			}
			kwdict.SetStr(name, v)
			continue
		}
		if fast[j] != nil {
			return runtime.TypeErrorf("%s() got multiple values for argument '%s'", fn.qualname, name)
		}
		fast[j] = v
	}

	if nargs > argcount && flags&code.FlagVarargs == 0 {
		return tooManyPositional(fn, fast, nargs)
	}

	// missing positional arguments and their defaults
	if nargs < argcount {
		defcount := len(fn.defaults)
		m := argcount - defcount
		var missing []string
		for i := nargs; i < m; i++ {
			if fast[i] == nil {
				missing = append(missing, c.VarNames[i])
			}
		}
		if missing != nil {
			return missingArgs(fn, missing, "positional")
		}
		start := nargs
		if start < m {
			start = m
		}
		for i := start; i < argcount; i++ {
			if fast[i] == nil {
				fast[i] = fn.defaults[i-m]
			}
		}
	}

	// keyword-only arguments
	if c.KwOnlyArgCount > 0 {
		var missing []string
		for i := argcount; i < total; i++ {
			if fast[i] != nil {
				continue
			}
			name := c.VarNames[i]
			if fn.kwdefaults != nil {
				if d, ok := fn.kwdefaults.GetStr(name); ok {
					fast[i] = d
					continue
				}
			}
			missing = append(missing, name)
		}
		if missing != nil {
			return missingArgs(fn, missing, "keyword-only")
		}
	}
	return nil
}

// posOnlyAsKeyword reports positional-only parameters passed by keyword (when the function
// has no **kwargs to absorb them).
func posOnlyAsKeyword(fn *Function, kwnames []string) error {
	c := fn.code
	var names []string
	for p := 0; p < c.PosOnlyArgCount; p++ {
		for _, k := range kwnames {
			if k == c.VarNames[p] {
				names = append(names, k)
				break
			}
		}
	}
	if names == nil {
		return nil
	}
	return runtime.TypeErrorf("%s() got some positional-only arguments passed as keyword arguments: '%s'",
		fn.qualname, strings.Join(names, ", "))
}

// tooManyPositional is CPython's too_many_positional.
func tooManyPositional(fn *Function, fast []runtime.Value, given int) error {
	c := fn.code
	argcount := c.ArgCount
	kwonlyGiven := 0
	for i := argcount; i < argcount+c.KwOnlyArgCount; i++ {
		if fast[i] != nil {
			kwonlyGiven++
		}
	}
	defcount := len(fn.defaults)
	var sig string
	plural := argcount != 1
	if defcount > 0 {
		plural = true
		sig = fmt.Sprintf("from %d to %d", argcount-defcount, argcount)
	} else {
		sig = fmt.Sprint(argcount)
	}
	kwonlySig := ""
	if kwonlyGiven > 0 {
		kwonlySig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)",
			plural1(given), kwonlyGiven, plural1(kwonlyGiven))
	}
	was := "were"
	if given == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	s := ""
	if plural {
		s = "s"
	}
	return runtime.TypeErrorf("%s() takes %s positional argument%s but %d%s %s given",
		fn.qualname, sig, s, given, kwonlySig, was)
}

func plural1(n int) string {
	if n != 1 {
		return "s"
	}
	return ""
}

// missingArgs is CPython's missing_arguments / format_missing.
func missingArgs(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return runtime.TypeErrorf("%s() missing %d required %s argument%s: %s",
		fn.qualname, len(names), kind, plural1(len(names)), list)
}
