package runtime

// How tasks and callbacks use contexts (see context.go): a task copies the current context
// on creation and runs each step inside it; a Python callback runs in the context current
// when it was scheduled (call_soon / call_later / add_done_callback), or in the one given as
// context=. A copy of a context without variables is nil, so this costs nothing until a
// program sets a context variable.

// ctxOrCopy returns the context given as a context= argument (a *Context), or, for nil or
// None, a copy of the current context (nil while that holds no variable). A value that is
// not a Context counts as a fresh empty context.
func ctxOrCopy(th *Thread, ctx Value) Value {
	if ctx != nil && ctx != None {
		if c, ok := ctx.(*Context); ok {
			return c
		}
		return nil
	}
	if c := lazyCopy(th); c != nil {
		return c
	}
	return nil
}

// asContext returns the *Context in v (nil for anything else).
func asContext(v Value) *Context {
	c, _ := v.(*Context)
	return c
}

// stepContext returns the context of a task or handle for get_context(), making the
// implicit empty one real.
func stepContext(c **Context) *Context {
	if *c == nil {
		*c = &Context{}
	}
	return *c
}

// callInContext calls cb(*args) with ctx current (nil: a fresh empty context).
func callInContext(th *Thread, ctx *Context, cb Value, args []Value) error {
	prev, err := ctx.enter(th)
	if err != nil {
		return err
	}
	_, err = Call(th, cb, args, nil)
	exitContext(th, prev)
	return err
}
