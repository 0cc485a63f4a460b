package runtime

import "fmt"

var (
	specCallSoon   = ArgSpec{Func: "BaseEventLoop.call_soon", Method: true, Names: []string{"callback", "context"}, Required: 1, KwOnly: 1, Rest: true}
	specCallTS     = ArgSpec{Func: "BaseEventLoop.call_soon_threadsafe", Method: true, Names: []string{"callback", "context"}, Required: 1, KwOnly: 1, Rest: true}
	specCallLater  = ArgSpec{Func: "BaseEventLoop.call_later", Method: true, Names: []string{"delay", "callback", "context"}, Required: 2, KwOnly: 2, Rest: true}
	specCallAt     = ArgSpec{Func: "BaseEventLoop.call_at", Method: true, Names: []string{"when", "callback", "context"}, Required: 2, KwOnly: 2, Rest: true}
	specCreateTask = ArgSpec{Func: "BaseEventLoop.create_task", Method: true, Names: []string{"coro", "name", "context"}, Required: 1, KwOnly: 1}
	specOneArg     = ArgSpec{Func: "BaseEventLoop.run_until_complete", Method: true, Names: []string{"future"}, Required: 1}
	specSetDebug   = ArgSpec{Func: "BaseEventLoop.set_debug", Method: true, Names: []string{"enabled"}, Required: 1}
	specSetHandler = ArgSpec{Func: "BaseEventLoop.set_exception_handler", Method: true, Names: []string{"handler"}, Required: 1}
	specCallExc    = ArgSpec{Func: "BaseEventLoop.call_exception_handler", Method: true, Names: []string{"context"}, Required: 1}
)

func loopSelf(args []Value, name string) (*Loop, []Value, error) {
	return methodSelf[*Loop](args, "_UnixSelectorEventLoop", name)
}

// loopMethod adds a method taking no arguments.
func loopMethod0(name string, fn func(th *Thread, l *Loop) (Value, error)) {
	AddMethod(LoopType, name, func(th *Thread, args []Value, kw []string) (Value, error) {
		l, rest, err := loopSelf(args, name)
		if err != nil {
			return nil, err
		}
		if len(rest) != 0 {
			return nil, TypeErrorf("%s() takes no arguments (%d given)", name, len(rest))
		}
		return fn(th, l)
	})
}

func init() {
	LoopType.New = func(th *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		return NewLoop(th.Interp), nil
	}
	loopMethod0("time", func(th *Thread, l *Loop) (Value, error) { return Float(l.Time()), nil })
	loopMethod0("is_running", func(th *Thread, l *Loop) (Value, error) { return BoolOf(l.running), nil })
	loopMethod0("is_closed", func(th *Thread, l *Loop) (Value, error) { return BoolOf(l.closed), nil })
	loopMethod0("get_debug", func(th *Thread, l *Loop) (Value, error) { return BoolOf(l.debug), nil })
	loopMethod0("stop", func(th *Thread, l *Loop) (Value, error) { l.Stop(); return None, nil })
	loopMethod0("close", func(th *Thread, l *Loop) (Value, error) { return None, l.Close(th) })
	loopMethod0("create_future", func(th *Thread, l *Loop) (Value, error) { return l.CreateFuture(), nil })
	loopMethod0("run_forever", func(th *Thread, l *Loop) (Value, error) { return None, l.RunForever(th) })
	loopMethod0("get_exception_handler", func(th *Thread, l *Loop) (Value, error) {
		return orNone(l.ExceptionHandler), nil
	})
	loopMethod0("shutdown_asyncgens", func(th *Thread, l *Loop) (Value, error) {
		return l.ShutdownAsyncgens(th), nil
	})
	loopMethod0("shutdown_default_executor", func(th *Thread, l *Loop) (Value, error) {
		return l.ShutdownDefaultExecutor(), nil
	})
	loopMethod0("__repr__", func(th *Thread, l *Loop) (Value, error) {
		return Str(fmt.Sprintf("<%s running=%s closed=%s debug=%s>", l.Type().Name,
			pyBool(l.running), pyBool(l.closed), pyBool(l.debug))), nil
	})
	AddMethod(LoopType, "run_in_executor", func(th *Thread, args []Value, kw []string) (Value, error) {
		l, rest, err := loopSelf(args, "run_in_executor")
		if err != nil {
			return nil, err
		}
		if len(kw) != 0 {
			return nil, TypeErrorf("run_in_executor() got an unexpected keyword argument '%s'", kw[0])
		}
		if len(rest) < 2 {
			return nil, TypeErrorf("run_in_executor() missing %d required positional argument%s", 2-len(rest), map[bool]string{true: "s", false: ""}[len(rest) == 0])
		}
		var ex *Executor
		if rest[0] != None {
			var ok bool
			if ex, ok = rest[0].(*Executor); !ok {
				return nil, TypeErrorf("executor must be ThreadPoolExecutor instance")
			}
		}
		return l.RunInExecutor(th, ex, rest[1], copyArgs(rest[2:]))
	})
	AddMethod(LoopType, "set_default_executor", func(th *Thread, args []Value, kw []string) (Value, error) {
		l, rest, err := loopSelf(args, "set_default_executor")
		if err != nil {
			return nil, err
		}
		if len(rest) != 1 {
			return nil, TypeErrorf("set_default_executor() takes exactly one argument")
		}
		ex, ok := rest[0].(*Executor)
		if !ok {
			return nil, TypeErrorf("executor must be ThreadPoolExecutor instance")
		}
		l.executor = ex
		return None, nil
	})
	AddMethod(LoopType, "set_debug", func(th *Thread, args []Value, kw []string) (Value, error) {
		l, rest, err := loopSelf(args, "set_debug")
		if err != nil {
			return nil, err
		}
		var a [1]Value
		if _, err := specSetDebug.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		b, err := Truth(th, a[0])
		if err != nil {
			return nil, err
		}
		l.debug = b
		return None, nil
	})
	AddMethod(LoopType, "call_soon", soonCallMethod("call_soon", &specCallSoon,
		func(l *Loop, _ *Thread, cb Value, args []Value, ctx Value) (*Handle, error) {
			return l.CallSoon(cb, args, ctx)
		}))
	AddMethod(LoopType, "call_soon_threadsafe", soonCallMethod("call_soon_threadsafe", &specCallTS, (*Loop).CallSoonThreadsafe))
	AddMethod(LoopType, "call_later", timedCallMethod("call_later", &specCallLater,
		"unsupported operand type(s) for +: 'float' and 'NoneType'", (*Loop).CallLater))
	AddMethod(LoopType, "call_at", timedCallMethod("call_at", &specCallAt,
		"when cannot be None", (*Loop).CallAt))
	AddMethod(LoopType, "create_task", func(th *Thread, args []Value, kw []string) (Value, error) {
		l, rest, err := loopSelf(args, "create_task")
		if err != nil {
			return nil, err
		}
		var a [3]Value
		if _, err := specCreateTask.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		return l.CreateTask(th, a[0], a[1], a[2])
	})
	AddMethod(LoopType, "run_until_complete", func(th *Thread, args []Value, kw []string) (Value, error) {
		l, rest, err := loopSelf(args, "run_until_complete")
		if err != nil {
			return nil, err
		}
		var a [1]Value
		if _, err := specOneArg.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		return l.RunUntilComplete(th, a[0])
	})
	AddMethod(LoopType, "set_exception_handler", func(th *Thread, args []Value, kw []string) (Value, error) {
		l, rest, err := loopSelf(args, "set_exception_handler")
		if err != nil {
			return nil, err
		}
		var a [1]Value
		if _, err := specSetHandler.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		if a[0] == None {
			l.ExceptionHandler = nil
			return None, nil
		}
		if err := checkCallable(th, "set_exception_handler", a[0]); err != nil {
			r, _ := Repr(th, a[0])
			return nil, TypeErrorf("A callable object or None is expected, got %s", r)
		}
		l.ExceptionHandler = a[0]
		return None, nil
	})
	AddMethod(LoopType, "call_exception_handler", func(th *Thread, args []Value, kw []string) (Value, error) {
		l, d, err := loopContextArgs("call_exception_handler", args, kw)
		if err != nil {
			return nil, err
		}
		return None, l.CallExceptionHandlerDict(th, d)
	})
	AddMethod(LoopType, "default_exception_handler", func(th *Thread, args []Value, kw []string) (Value, error) {
		l, d, err := loopContextArgs("default_exception_handler", args, kw)
		if err != nil {
			return nil, err
		}
		saved := l.ExceptionHandler
		l.ExceptionHandler = nil
		err = l.CallExceptionHandlerDict(th, d)
		l.ExceptionHandler = saved
		return None, err
	})
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func copyArgs(a []Value) []Value {
	if len(a) == 0 {
		return nil
	}
	return append([]Value(nil), a...)
}

// checkCallable raises CPython's TypeError for a callback that is not callable.
func checkCallable(th *Thread, fn string, v Value) error {
	if _, ok := v.(Callable); ok {
		return nil
	}
	if _, ok := v.Type().Lookup("__call__"); ok {
		return nil
	}
	if fn == "set_exception_handler" {
		return TypeErrorf("not callable")
	}
	return TypeErrorf("a callable object was expected by %s(), got %s", fn, reprOrType(th, v))
}

func reprOrType(th *Thread, v Value) string {
	r, err := Repr(th, v)
	if err != nil {
		return "<" + v.Type().Name + ">"
	}
	return r
}

// AsyncGenFirstIter records an async generator first iterated while this loop runs
// (sys.set_asyncgen_hooks firstiter): shutdown_asyncgens closes those still alive. The vm
// calls it through RunningLoop(th).
func (l *Loop) AsyncGenFirstIter(agen Value) {
	l.asyncgens = append(l.asyncgens, agen)
}

// AsyncGenFinalize is the asyncgen finalizer hook: schedules agen.aclose() as a task on
// the next iteration (CPython does this when an unfinished async generator is collected).
func (l *Loop) AsyncGenFinalize(th *Thread, agen Value) {
	for i, a := range l.asyncgens {
		if a == agen {
			l.asyncgens = append(l.asyncgens[:i], l.asyncgens[i+1:]...)
			break
		}
	}
	if l.closed {
		return
	}
	schedule := l.CallSoonThreadsafeGo
	if th == l.thread {
		schedule = l.CallSoonGo // call_soon_threadsafe on the loop's thread: at once
	}
	_ = schedule(func(th *Thread, arg Value) error {
		aclose, err := GetAttr(th, arg, "aclose")
		if err != nil {
			return err
		}
		c, err := Call(th, aclose, nil, nil)
		if err != nil {
			return err
		}
		_, err = l.CreateTask(th, c, nil, nil)
		return err
	}, agen)
}

// loopContextArgs unpacks the loop and the context dict of
// loop.call_exception_handler and loop.default_exception_handler.
func loopContextArgs(name string, args []Value, kw []string) (*Loop, *Dict, error) {
	l, rest, err := loopSelf(args, name)
	if err != nil {
		return nil, nil, err
	}
	var a [1]Value
	if _, err := specCallExc.Unpack(rest, kw, a[:]); err != nil {
		return nil, nil, err
	}
	d, ok := a[0].(*Dict)
	if !ok {
		return nil, nil, TypeErrorf("context must be a dict")
	}
	return l, d, nil
}

// soonCallMethod builds loop.call_soon and loop.call_soon_threadsafe: both
// take a callback, its arguments and an optional context, and differ only
// in how the callback is queued.
func soonCallMethod(name string, spec *ArgSpec,
	schedule func(l *Loop, th *Thread, cb Value, args []Value, ctx Value) (*Handle, error)) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		l, rest, err := loopSelf(args, name)
		if err != nil {
			return nil, err
		}
		var a [2]Value
		extra, err := spec.Unpack(rest, kw, a[:])
		if err != nil {
			return nil, err
		}
		if err := checkCallable(th, name, a[0]); err != nil {
			return nil, err
		}
		return schedule(l, th, a[0], copyArgs(extra), ctxOrCopy(th, a[1]))
	}
}

// timedCallMethod builds loop.call_later and loop.call_at: both take a
// time (rejecting None with noneMsg), a callback, its arguments and an
// optional context, and differ only in how the time is scheduled.
func timedCallMethod(name string, spec *ArgSpec, noneMsg string,
	schedule func(l *Loop, t float64, cb Value, args []Value, ctx Value) (*Handle, error)) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		l, rest, err := loopSelf(args, name)
		if err != nil {
			return nil, err
		}
		var a [3]Value
		extra, err := spec.Unpack(rest, kw, a[:])
		if err != nil {
			return nil, err
		}
		if a[0] == None {
			return nil, TypeErrorf("%s", noneMsg)
		}
		t, err := floatArg(name, a[0])
		if err != nil {
			return nil, err
		}
		if err := checkCallable(th, name, a[1]); err != nil {
			return nil, err
		}
		h, err := schedule(l, t, a[1], copyArgs(extra), ctxOrCopy(th, a[2]))
		if err == nil && name == "call_at" {
			if _, ok := a[0].(Float); !ok {
				h.whenArg = a[0] // TimerHandle keeps call_at's when as given (an int stays one)
			}
		}
		return h, err
	}
}
