package runtime

// IsFuture reports whether v is a future (asyncio.isfuture): a Future or a Task.
func IsFuture(v Value) bool { return AsFuture(v) != nil }

// EnsureFuture implements asyncio.ensure_future(v, loop=l): a future is returned as is; a
// coroutine is wrapped in a task; another awaitable is wrapped in a coroutine awaiting it,
// then in a task. l nil means the current event loop.
func EnsureFuture(th *Thread, v Value, l *Loop) (Value, error) {
	if f := AsFuture(v); f != nil {
		if l != nil && l != f.loop {
			return nil, ValueErrorf("The future belongs to a different loop than the one specified as the loop argument")
		}
		return v, nil
	}
	wrapped := false
	if !IsCoroutine(v) {
		if !isAwaitable(th, v) {
			return nil, TypeErrorf("An asyncio.Future, a coroutine or an awaitable is required")
		}
		v = wrapAwaitable(v)
		wrapped = true
	}
	if l == nil {
		var err error
		if l, err = GetEventLoop(th); err != nil {
			return nil, err
		}
	}
	t, err := l.CreateTask(th, v, nil, nil)
	if err != nil {
		if !wrapped {
			if c, ok := v.(Coroutine); ok {
				c.Close(th)
			}
		}
		return nil, err
	}
	return t, nil
}

func isAwaitable(th *Thread, v Value) bool {
	switch v.(type) {
	case Awaitable, Coroutine:
		return true
	}
	_, ok := v.Type().Lookup("__await__")
	return ok
}

// wrapAwaitable is asyncio's _wrap_awaitable: a coroutine returning `await v`.
func wrapAwaitable(v Value) *GoCoroutine {
	return NewGoCoroutine("_wrap_awaitable", GoCoroBodyFunc(func(th *Thread, c *GoCoroutine, sent Value, exc *Exception) (Value, SendStatus, error) {
		if exc != nil {
			return nil, Returned, exc
		}
		if c.State == 0 {
			c.State = 1
			return v, AwaitStatus, nil
		}
		return sent, Returned, nil
	}))
}
