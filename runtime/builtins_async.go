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

// QuitterType is the type of the exit and quit builtins (site.Quitter).
var QuitterType = NewBuiltinType("Quitter", "_sitebuiltins", nil, false)

// quitter is exit / quit: calling it raises SystemExit.
type quitter struct{ name string }

func (*quitter) Type() *Type { return QuitterType }

// Repr returns CPython's reminder text.
func (q *quitter) Repr(th *Thread) (string, error) {
	return "Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit", nil
}

// Call raises SystemExit(code).
func (q *quitter) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArity(q.name, args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	return nil, NewExceptionArgs(SystemExitType, args...)
}

// builtinImport is __import__(name, globals=None, locals=None, fromlist=(), level=0):
// the top-level package for "a.b" without fromlist, the module itself otherwise.
func builtinImport(th *Thread, args []Value, kw []string) (Value, error) {
	var name string
	var globals, locals, fromlist, level Value
	if err := UnpackArgs("__import__", args, kw, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	m, err := th.Interp.ImportModule(th, name)
	if err != nil {
		return nil, err
	}
	if fl, _ := Truth(th, noneIfNil(fromlist)); fl {
		return m, nil
	}
	if i := indexByte(name, '.'); i >= 0 {
		return th.Interp.ImportModule(th, name[:i])
	}
	return m, nil
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
