package runtime

// The asynchronous iteration builtins: aiter() and anext().

// AnextAwaitableType is the type of anext(it, default) results.
var AnextAwaitableType = newBuiltinType("anext_awaitable", ObjectType, 0)

// anextAwaitable awaits it.__anext__() and turns StopAsyncIteration into the default.
type anextAwaitable struct {
	aw    Value // what __anext__ returned
	def   Value
	inner Resumable
}

func (*anextAwaitable) Type() *Type { return AnextAwaitableType }

// Await returns the awaitable itself (it is its own iterator).
func (a *anextAwaitable) Await(th *Thread) (Resumable, error) { return a, nil }

func (a *anextAwaitable) start(th *Thread) error {
	if a.inner == nil {
		r, err := AwaitableOf(th, a.aw)
		if err != nil {
			return err
		}
		a.inner = r
	}
	return nil
}

func (a *anextAwaitable) result(v Value, st SendStatus, err error) (Value, SendStatus, error) {
	if err != nil && IsInstanceOf(err, StopAsyncIterationType) {
		return a.def, Returned, nil
	}
	return v, st, err
}

// Send resumes the inner awaitable.
func (a *anextAwaitable) Send(th *Thread, v Value) (Value, SendStatus, error) {
	if err := a.start(th); err != nil {
		return nil, Returned, err
	}
	return a.result(a.inner.Send(th, v))
}

// Throw throws into the inner awaitable.
func (a *anextAwaitable) Throw(th *Thread, exc *Exception) (Value, SendStatus, error) {
	if err := a.start(th); err != nil {
		return nil, Returned, err
	}
	return a.result(a.inner.Throw(th, exc))
}

// Close closes the inner awaitable.
func (a *anextAwaitable) Close(th *Thread) error {
	if a.inner == nil {
		return nil
	}
	return a.inner.Close(th)
}

func init() {
	AddMethod(AnextAwaitableType, "__await__", func(th *Thread, args []Value, kw []string) (Value, error) {
		return args[0], nil
	})
}

func builtinAiter(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("aiter", args, kw, 1, 1); err != nil {
		return nil, err
	}
	f, ok := args[0].Type().Lookup("__aiter__")
	if !ok {
		return nil, TypeErrorf("'%s' object is not an async iterable", args[0].Type().Name)
	}
	it, err := callDunder0(th, f, args[0])
	if err != nil {
		return nil, err
	}
	if _, ok := it.Type().Lookup("__anext__"); !ok {
		return nil, TypeErrorf("aiter() returned not an async iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

func builtinAnext(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("anext", args, kw, 1, 2); err != nil {
		return nil, err
	}
	f, ok := args[0].Type().Lookup("__anext__")
	if !ok {
		return nil, TypeErrorf("'%s' object is not an async iterator", args[0].Type().Name)
	}
	aw, err := callDunder0(th, f, args[0])
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return aw, nil
	}
	return &anextAwaitable{aw: aw, def: args[1]}, nil
}
