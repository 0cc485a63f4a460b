package runtime

import "strings"

// futureSelf returns the *Future of a method's self (a Future or a Task).
func futureSelf(args []Value, name string) (*Future, []Value, error) {
	if len(args) > 0 {
		if f := AsFuture(args[0]); f != nil {
			return f, args[1:], nil
		}
		return nil, nil, TypeErrorf("descriptor '%s' for '_asyncio.Future' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
	}
	return nil, nil, TypeErrorf("descriptor '%s' of '_asyncio.Future' object needs an argument", name)
}

func noArgs(name string, args []Value) error {
	if len(args) != 0 {
		return TypeErrorf("%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

var (
	specCancel      = ArgSpec{Func: "cancel", Names: []string{"msg"}}
	specAddDone     = ArgSpec{Func: "add_done_callback", Names: []string{"fn", "context"}, Required: 1, KwOnly: 1}
	specFutureNew   = ArgSpec{Func: "Future", Names: []string{"loop"}, KwOnly: 0}
	specFutureOneFn = ArgSpec{Func: "remove_done_callback", Names: []string{"fn"}, Required: 1}
)

func init() {
	t := FutureType
	t.New = func(th *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		var a [1]Value
		if _, err := (&ArgSpec{Func: "Future", Names: []string{"loop"}, KwOnly: -1}).unpackKw(args, kwnames, a[:]); err != nil {
			return nil, err
		}
		l, err := loopArg(th, a[0])
		if err != nil {
			return nil, err
		}
		f := NewFuture(l)
		if typ != FutureType {
			f.typ = typ
		}
		return f, nil
	}
	AddMethod(t, "result", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, _, err := futureSelf(args, "result")
		if err != nil {
			return nil, err
		}
		return f.Result()
	})
	AddMethod(t, "exception", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, _, err := futureSelf(args, "exception")
		if err != nil {
			return nil, err
		}
		return f.Exception()
	})
	AddMethod(t, "done", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, _, err := futureSelf(args, "done")
		if err != nil {
			return nil, err
		}
		return BoolOf(f.Done()), nil
	})
	AddMethod(t, "cancelled", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, _, err := futureSelf(args, "cancelled")
		if err != nil {
			return nil, err
		}
		return BoolOf(f.Cancelled()), nil
	})
	AddMethod(t, "cancel", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, rest, err := futureSelf(args, "cancel")
		if err != nil {
			return nil, err
		}
		var a [1]Value
		if _, err := specCancel.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		return BoolOf(CancelFuture(f.self, orNone(a[0]))), nil
	})
	AddMethod(t, "add_done_callback", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, rest, err := futureSelf(args, "add_done_callback")
		if err != nil {
			return nil, err
		}
		var a [2]Value
		if _, err := specAddDone.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		f.AddDoneCallback(a[0], ctxOrCopy(th, a[1]))
		return None, nil
	})
	AddMethod(t, "remove_done_callback", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, rest, err := futureSelf(args, "remove_done_callback")
		if err != nil {
			return nil, err
		}
		var a [1]Value
		if _, err := specFutureOneFn.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		n, err := f.RemoveDoneCallback(th, a[0])
		if err != nil {
			return nil, err
		}
		return Int(n), nil
	})
	AddMethod(t, "get_loop", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, _, err := futureSelf(args, "get_loop")
		if err != nil {
			return nil, err
		}
		return f.loop, nil
	})
	AddMethod(t, "set_result", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, rest, err := futureSelf(args, "set_result")
		if err != nil {
			return nil, err
		}
		if _, ok := f.self.(*Task); ok {
			return nil, errTaskSet("set_result")
		}
		if len(rest) != 1 || len(kw) != 0 {
			return nil, TypeErrorf("set_result() takes exactly one argument (%d given)", len(rest))
		}
		return None, f.SetResult(rest[0])
	})
	AddMethod(t, "set_exception", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, rest, err := futureSelf(args, "set_exception")
		if err != nil {
			return nil, err
		}
		if _, ok := f.self.(*Task); ok {
			return nil, errTaskSet("set_exception")
		}
		if len(rest) != 1 || len(kw) != 0 {
			return nil, TypeErrorf("set_exception() takes exactly one argument (%d given)", len(rest))
		}
		return None, f.SetException(th, rest[0])
	})
	awaitMethod := func(th *Thread, args []Value, kw []string) (Value, error) {
		f, _, err := futureSelf(args, "__await__")
		if err != nil {
			return nil, err
		}
		return f.self, nil
	}
	AddMethod(t, "__await__", awaitMethod)
	AddMethod(t, "__iter__", awaitMethod)
	AddMethod(t, "__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
		f, _, err := futureSelf(args, "__repr__")
		if err != nil {
			return nil, err
		}
		if t, ok := f.self.(*Task); ok {
			return Str(t.repr(th)), nil
		}
		return Str(f.repr(th)), nil
	})
	addGetSet(t, "_asyncio_future_blocking", func(th *Thread, obj Value) (Value, error) {
		f := AsFuture(obj)
		if f == nil {
			return None, nil
		}
		return BoolOf(f.blocking), nil
	}, func(th *Thread, obj Value, v Value) error {
		f := AsFuture(obj)
		if f == nil || v == nil {
			return AttributeErrorf("cannot delete attribute")
		}
		b, err := Truth(th, v)
		if err != nil {
			return err
		}
		if b {
			return ValueErrorf("_asyncio_future_blocking can only be set to False")
		}
		f.blocking = false
		return nil
	})
	addGetSet(t, "_loop", func(th *Thread, obj Value) (Value, error) {
		return AsFuture(obj).loop, nil
	}, nil)
	addGetSet(t, "_state", func(th *Thread, obj Value) (Value, error) {
		return Str(AsFuture(obj).stateName()), nil
	}, nil)
	addGetSet(t, "_cancel_message", func(th *Thread, obj Value) (Value, error) {
		return orNone(AsFuture(obj).cancelMsg()), nil
	}, nil)
}

// unpackKw is Unpack for functions whose parameters are all keyword-only (KwOnly < 0).
func (s *ArgSpec) unpackKw(args []Value, kwnames []string, out []Value) ([]Value, error) {
	if len(args) > len(kwnames) {
		return nil, TypeErrorf("%s() takes 0 positional arguments but %d were given", s.Func, len(args)-len(kwnames))
	}
	s2 := *s
	s2.KwOnly = 0
	return s2.Unpack(args, kwnames, out)
}

// loopArg returns the loop given as a loop= argument, or the current event loop.
func loopArg(th *Thread, v Value) (*Loop, error) {
	if v == nil || v == None {
		return GetEventLoop(th)
	}
	l, ok := v.(*Loop)
	if !ok {
		return nil, TypeErrorf("loop must be an event loop, not %s", v.Type().Name)
	}
	return l, nil
}

// repr formats the future as CPython's _future_repr does.
func (f *Future) repr(th *Thread) string {
	return "<" + f.Type().Name + " " + strings.Join(f.reprInfo(th), " ") + ">"
}

// reprInfo is base_futures._future_repr_info.
func (f *Future) reprInfo(th *Thread) []string {
	info := []string{strings.ToLower(f.stateName())}
	if f.state == futFinished {
		if f.exc != nil {
			r, _ := Repr(th, f.exc)
			info = append(info, "exception="+r)
		} else {
			info = append(info, "result="+shortRepr(th, f.result))
		}
	}
	if f.ncb > 0 {
		info = append(info, f.formatCallbacks(th))
	}
	return info
}

// formatCallbacks is base_futures._format_callbacks.
func (f *Future) formatCallbacks(th *Thread) string {
	n := f.ncb
	cb := func(i int) string { return formatFutureCallback(th, f.cbAt(i)) }
	switch {
	case n == 1:
		return "cb=[" + cb(0) + "]"
	case n == 2:
		return "cb=[" + cb(0) + ", " + cb(1) + "]"
	default:
		return "cb=[" + cb(0) + ", <" + itoa(n-2) + " more>, " + cb(n-1) + "]"
	}
}

// CallbackNamer lets a Go done callback name itself in future reprs.
type CallbackNamer interface {
	CallbackName() string
}

func formatFutureCallback(th *Thread, c futureCallback) string {
	if cb := c.callable(); cb != nil {
		return formatCallbackSource(th, cb, nil)
	}
	switch r := c.recv.(type) {
	case *Task:
		return "Task.task_wakeup()"
	case *Loop:
		return "_run_until_complete_cb() at " + asyncioSourceFile("base_events.py") + ":180"
	case CallbackNamer:
		return r.CallbackName()
	}
	return "<callback>"
}

// asyncioSourceFile names a file of CPython's asyncio package for reprs.
func asyncioSourceFile(name string) string {
	return "/usr/lib/python3.11/asyncio/" + name
}
