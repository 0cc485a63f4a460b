package asyncio

import "github.com/aiolang/aio/runtime"

// ConcurrentModule is concurrent.futures (its ThreadPoolExecutor and Future), and
// ConcurrentPackage the concurrent package holding it.
var (
	ConcurrentPackage = runtime.ModuleDef{Name: "concurrent", Init: initConcurrent}
	ConcurrentModule  = runtime.ModuleDef{Name: "concurrent.futures", Init: initConcurrentFutures}
)

func initConcurrent(th *runtime.Thread) (*runtime.Module, error) {
	return runtime.NewModule("concurrent"), nil
}

func initConcurrentFutures(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("concurrent.futures")
	m.Dict.SetStr("ThreadPoolExecutor", runtime.ExecutorType)
	m.Dict.SetStr("Future", runtime.ConcurrentFutureType)
	m.Dict.SetStr("FIRST_COMPLETED", runtime.Str(firstCompleted))
	m.Dict.SetStr("FIRST_EXCEPTION", runtime.Str(firstException))
	m.Dict.SetStr("ALL_COMPLETED", runtime.Str(allCompleted))
	m.Dict.SetStr("CancelledError", runtime.CancelledErrorType)
	m.Dict.SetStr("TimeoutError", runtime.TimeoutErrorType)
	if p, err := th.Interp.ImportModule(th, "concurrent"); err == nil {
		p.Dict.SetStr("futures", m)
	}
	return m, nil
}

var (
	specExecutor = runtime.ArgSpec{Func: "ThreadPoolExecutor", Names: []string{"max_workers", "thread_name_prefix", "initializer", "initargs"}}
	specShutdown = runtime.ArgSpec{Func: "shutdown", Names: []string{"wait", "cancel_futures"}}
	specResult   = runtime.ArgSpec{Func: "result", Names: []string{"timeout"}}
	specToThread = runtime.ArgSpec{Func: "to_thread", Names: []string{"func"}, Required: 1, Rest: true}
	specWrapFut  = runtime.ArgSpec{Func: "wrap_future", Names: []string{"future", "loop"}, Required: 1, KwOnly: 1}
)

func init() {
	ex := runtime.ExecutorType
	ex.New = func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [4]runtime.Value
		if _, err := specExecutor.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		max := 0
		if a[0] != nil && a[0] != runtime.None {
			n, ok := runtime.AsInt64(a[0])
			if !ok {
				return nil, runtime.TypeErrorf("'<=' not supported between instances of '%s' and 'int'", a[0].Type().Name)
			}
			if n <= 0 {
				return nil, runtime.ValueErrorf("max_workers must be greater than 0")
			}
			max = int(n)
		}
		return runtime.NewExecutor(th.Interp, max), nil
	}
	method(ex, "submit", func(th *runtime.Thread, e *runtime.Executor, args []runtime.Value, kw []string) (runtime.Value, error) {
		if len(args)-len(kw) < 1 {
			return nil, runtime.TypeErrorf("submit expected at least 1 argument, got 0")
		}
		return e.Submit(th, args[0], append([]runtime.Value(nil), args[1:]...), kw)
	})
	method(ex, "shutdown", func(th *runtime.Thread, e *runtime.Executor, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [2]runtime.Value
		if _, err := specShutdown.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		wait := true
		if a[0] != nil {
			b, err := runtime.Truth(th, a[0])
			if err != nil {
				return nil, err
			}
			wait = b
		}
		e.Shutdown(th, wait)
		return runtime.None, nil
	})
	method(ex, "__enter__", func(th *runtime.Thread, e *runtime.Executor, args []runtime.Value, kw []string) (runtime.Value, error) {
		return e, nil
	})
	method(ex, "__exit__", func(th *runtime.Thread, e *runtime.Executor, args []runtime.Value, kw []string) (runtime.Value, error) {
		e.Shutdown(th, true)
		return runtime.False, nil
	})

	cf := runtime.ConcurrentFutureType
	method(cf, "result", func(th *runtime.Thread, f *runtime.ConcurrentFuture, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [1]runtime.Value
		if _, err := specResult.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		f.Wait(th)
		cancelled, r, err := f.Outcome()
		if cancelled {
			return nil, runtime.NewException(runtime.CancelledErrorType, "")
		}
		if err != nil {
			return nil, err
		}
		return r, nil
	})
	method(cf, "exception", func(th *runtime.Thread, f *runtime.ConcurrentFuture, args []runtime.Value, kw []string) (runtime.Value, error) {
		f.Wait(th)
		cancelled, _, err := f.Outcome()
		if cancelled {
			return nil, runtime.NewException(runtime.CancelledErrorType, "")
		}
		if err != nil {
			return err, nil
		}
		return runtime.None, nil
	})
	method(cf, "done", func(th *runtime.Thread, f *runtime.ConcurrentFuture, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.BoolOf(f.Done()), nil
	})
	method(cf, "running", func(th *runtime.Thread, f *runtime.ConcurrentFuture, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.BoolOf(f.Running()), nil
	})
	method(cf, "cancelled", func(th *runtime.Thread, f *runtime.ConcurrentFuture, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.BoolOf(f.Cancelled()), nil
	})
	method(cf, "cancel", func(th *runtime.Thread, f *runtime.ConcurrentFuture, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.BoolOf(f.Cancel()), nil
	})
}

// toThread is asyncio.to_thread(func, *args, **kwargs): a coroutine awaiting
// run_in_executor(None, ctx.run, func, *args) on the running loop, where ctx is a copy of
// the current context.
func toThread(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	npos := len(args) - len(kw)
	if npos < 1 {
		return nil, runtime.TypeErrorf("to_thread() missing 1 required positional argument: 'func'")
	}
	fn := args[0]
	callArgs := append([]runtime.Value(nil), args[1:]...)
	kwnames := kw
	return runtime.NewGoCoroutine("to_thread", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		if c.State == 1 {
			return sent, runtime.Returned, nil
		}
		loop, err := runtime.GetRunningLoop(th)
		if err != nil {
			return nil, runtime.Returned, err
		}
		// the worker runs func in a copy of the current context, as ctx.run(func, ...)
		ctx := runtime.CopyContext(th)
		run := runtime.NewBuiltin("run", func(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
			return ctx.Run(th, fn, args, kw)
		})
		cfut, err := loop.DefaultExecutor().Submit(th, run, callArgs, kwnames)
		if err != nil {
			return nil, runtime.Returned, err
		}
		c.State = 1
		return loop.WrapConcurrent(cfut), runtime.AwaitStatus, nil
	})), nil
}

func wrapFuture(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [2]runtime.Value
	if _, err := specWrapFut.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	if runtime.IsFuture(a[0]) {
		return a[0], nil
	}
	cf, ok := a[0].(*runtime.ConcurrentFuture)
	if !ok {
		return nil, runtime.TypeErrorf("concurrent.futures.Future is expected, got %s", a[0].Type().Name)
	}
	l, err := loopArgOrEvent(th, a[1])
	if err != nil {
		return nil, err
	}
	return l.WrapConcurrent(cf), nil
}

func loopArgOrEvent(th *runtime.Thread, v runtime.Value) (*runtime.Loop, error) {
	if v == nil || v == runtime.None {
		return runtime.GetEventLoop(th)
	}
	l, ok := v.(*runtime.Loop)
	if !ok {
		return nil, runtime.TypeErrorf("loop must be an event loop")
	}
	return l, nil
}
