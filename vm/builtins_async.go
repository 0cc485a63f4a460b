package vm

import (
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// installAsyncBuiltins adds aiter() and anext() to the builtins unless the runtime
// already provides them.
func installAsyncBuiltins(in *runtime.Interp) {
	if _, ok := in.Builtins.GetStr("aiter"); !ok {
		in.Builtins.SetStr("aiter", runtime.NewBuiltin("aiter", builtinAiter))
	}
	if _, ok := in.Builtins.GetStr("anext"); !ok {
		in.Builtins.SetStr("anext", runtime.NewBuiltin("anext", builtinAnext))
	}
}

// builtinAiter is aiter(async_iterable).
func builtinAiter(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(kwnames) > 0 {
		return nil, runtime.TypeErrorf("aiter() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("aiter() takes exactly one argument (%d given)", len(args))
	}
	v := args[0]
	if ag, ok := v.(*AsyncGenerator); ok {
		return ag, nil
	}
	m, ok := lookupSpecial(v, "__aiter__")
	if !ok {
		return nil, runtime.TypeErrorf("'%s' object is not an async iterable", runtime.TypeName(v))
	}
	it, err := callSpecial(th, m, v)
	if err != nil {
		return nil, err
	}
	if _, ok := it.(*AsyncGenerator); !ok {
		if _, ok := lookupSpecial(it, "__anext__"); !ok {
			return nil, runtime.TypeErrorf("aiter() returned not an async iterator of type '%s'", runtime.TypeName(it))
		}
	}
	return it, nil
}

// builtinAnext is anext(async_iterator[, default]).
func builtinAnext(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(kwnames) > 0 {
		return nil, runtime.TypeErrorf("anext() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, runtime.TypeErrorf("anext expected at least 1 argument, got %d", len(args))
	}
	v := args[0]
	var aw runtime.Value
	if ag, ok := v.(*AsyncGenerator); ok {
		ag.initHooks(th)
		aw = &agAsend{gen: ag, v: runtime.None}
	} else {
		m, ok := lookupSpecial(v, "__anext__")
		if !ok {
			return nil, runtime.TypeErrorf("'%s' object is not an async iterator", runtime.TypeName(v))
		}
		var err error
		aw, err = callSpecial(th, m, v)
		if err != nil {
			return nil, err
		}
	}
	if len(args) == 1 {
		return aw, nil
	}
	r, err := getAwaitable(th, aw, code.AwaitPlain)
	if err != nil {
		return nil, err
	}
	res, ok := r.(runtime.Resumable)
	if !ok {
		return nil, runtime.TypeErrorf("'%s' object is not awaitable", runtime.TypeName(aw))
	}
	return &anextAwaitable{inner: res, def: args[1]}, nil
}

// anextAwaitableType is the type of anext(it, default) results.
var anextAwaitableType = runtime.NewBuiltinType("anext_awaitable", "builtins", nil, false)

// anextAwaitable awaits the next item of an async iterator, giving the default instead
// of StopAsyncIteration at the end.
type anextAwaitable struct {
	inner runtime.Resumable
	def   runtime.Value
}

// Type returns anext_awaitable.
func (a *anextAwaitable) Type() *runtime.Type { return anextAwaitableType }

// Await returns the awaitable itself.
func (a *anextAwaitable) Await(th *runtime.Thread) (runtime.Resumable, error) { return a, nil }

func (a *anextAwaitable) result(v runtime.Value, st runtime.SendStatus, err error) (runtime.Value, runtime.SendStatus, error) {
	if err != nil && runtime.IsInstanceOf(err, runtime.StopAsyncIterationType) {
		return a.def, runtime.Returned, nil
	}
	return v, st, err
}

// Send steps the inner awaitable.
func (a *anextAwaitable) Send(th *runtime.Thread, v runtime.Value) (runtime.Value, runtime.SendStatus, error) {
	return a.result(a.inner.Send(th, v))
}

// Throw throws into the inner awaitable.
func (a *anextAwaitable) Throw(th *runtime.Thread, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	return a.result(a.inner.Throw(th, exc))
}

// Close closes the inner awaitable.
func (a *anextAwaitable) Close(th *runtime.Thread) error { return a.inner.Close(th) }

func init() {
	runtime.AddMethod(anextAwaitableType, "__await__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return args[0], nil
	})
	runtime.AddMethod(anextAwaitableType, "send", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 2 {
			return nil, runtime.TypeErrorf("send() takes exactly one argument (%d given)", len(args)-1)
		}
		return resultOrStop(args[0].(*anextAwaitable).Send(th, args[1]))
	})
	runtime.AddMethod(anextAwaitableType, "__next__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return resultOrStop(args[0].(*anextAwaitable).Send(th, runtime.None))
	})
}
