package runtime

// Context variables: when the contextvars module has been imported, a task copies the
// current context on creation and runs each step inside it (Context.run), and a Python
// callback scheduled with call_soon / call_later runs in the context current when it was
// scheduled, as in CPython. Programs that never import contextvars pay nothing.

// copyContext returns contextvars.copy_context(), or nil when contextvars is not imported.
func copyContext(th *Thread) (Value, error) {
	m, ok := th.Interp.Modules.GetStr("contextvars")
	if !ok {
		return nil, nil
	}
	mod, ok := m.(*Module)
	if !ok {
		return nil, nil
	}
	f, ok := mod.Dict.GetStr("copy_context")
	if !ok {
		return nil, nil
	}
	return Call(th, f, nil, nil)
}

// runInContext calls fn inside ctx (ctx.run(fn)).
func runInContext(th *Thread, ctx Value, fn BuiltinFunc) error {
	run, err := GetAttr(th, ctx, "run")
	if err != nil {
		return err
	}
	_, err = Call(th, run, []Value{&Builtin{Name: "step", Fn: fn}}, nil)
	return err
}

// ctxOrCopy returns ctx, or a copy of the current context when ctx is nil or None.
func ctxOrCopy(th *Thread, ctx Value) Value {
	if ctx != nil && ctx != None {
		return ctx
	}
	c, err := copyContext(th)
	if err != nil {
		return nil
	}
	return c
}
