package math

import "github.com/aiolang/aio/runtime"

// oneArg checks the arguments of a one-argument function (CPython's METH_O):
// "math.sqrt() takes exactly one argument (2 given)", "… takes no keyword arguments".
func oneArg(name string, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(kwnames) > 0 {
		return nil, runtime.TypeErrorf("math.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("math.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return args[0], nil
}

// nArgs checks the arguments of a function of exactly n positional arguments (CPython's
// Argument Clinic wording: "atan2 expected 2 arguments, got 1").
func nArgs(name string, n int, args []runtime.Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return runtime.TypeErrorf("%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return runtime.TypeErrorf("%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

// noKwargs rejects keyword arguments to a function of positional arguments.
func noKwargs(name string, kwnames []string) error {
	if len(kwnames) > 0 {
		return runtime.TypeErrorf("%s() takes no keyword arguments", name)
	}
	return nil
}

// splitKwargs returns the positional arguments and a map of the keyword arguments, which
// must be among allowed ("isclose() got an unexpected keyword argument 'x'").
func splitKwargs(name string, args []runtime.Value, kwnames []string, allowed ...string) ([]runtime.Value, map[string]runtime.Value, error) {
	npos := len(args) - len(kwnames)
	kw := map[string]runtime.Value{}
	for i, k := range kwnames {
		ok := false
		for _, a := range allowed {
			if a == k {
				ok = true
			}
		}
		if !ok {
			return nil, nil, runtime.TypeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
		}
		kw[k] = args[npos+i]
	}
	return args[:npos], kw, nil
}
