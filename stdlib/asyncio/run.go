package asyncio

import (
	"github.com/aiolang/aio/runtime"
)

var (
	specRun      = runtime.ArgSpec{Func: "run", Names: []string{"main", "debug"}, Required: 1, KwOnly: 1}
	specLoopOpt  = runtime.ArgSpec{Func: "current_task", Names: []string{"loop"}}
	specSetLoop  = runtime.ArgSpec{Func: "set_event_loop", Names: []string{"loop"}, Required: 1}
	specOneValue = runtime.ArgSpec{Func: "iscoroutine", Names: []string{"obj"}, Required: 1}
	specRunCTS   = runtime.ArgSpec{Func: "run_coroutine_threadsafe", Names: []string{"coro", "loop"}, Required: 2}
)

// Run implements asyncio.run(main): a new loop runs main as a task; then the tasks left
// are cancelled, async generators shut down, and the loop closed (asyncio.Runner).
func Run(th *runtime.Thread, main runtime.Value, debug runtime.Value) (runtime.Value, error) {
	if runtime.RunningLoop(th) != nil {
		return nil, runtime.RuntimeErrorf("asyncio.run() cannot be called from a running event loop")
	}
	r := &Runner{debug: debug}
	result, err := r.Run(th, main, nil)
	if cerr := r.Close(th); cerr != nil && err == nil {
		return nil, cerr
	}
	return result, err
}

// runnerType is asyncio.Runner.
var runnerType = runtime.NewBuiltinType("Runner", "asyncio.runners", nil, false)

// Runner is asyncio.Runner: a loop created on first use, running coroutines with run(),
// finalized by close().
type Runner struct {
	state int // 0 created, 1 initialized, 2 closed
	debug runtime.Value
	loop  *runtime.Loop
	ctx   *runtime.Context // copied at initialization; run() uses it without context=
}

// Type returns asyncio.Runner.
func (r *Runner) Type() *runtime.Type { return runnerType }

func (r *Runner) lazyInit(th *runtime.Thread) (*runtime.Loop, error) {
	switch r.state {
	case 2:
		return nil, runtime.RuntimeErrorf("Runner is closed")
	case 1:
		return r.loop, nil
	}
	r.loop = runtime.NewLoop(th.Interp)
	r.ctx = runtime.CopyContext(th)
	runtime.SetEventLoop(th, r.loop)
	if r.debug != nil && r.debug != runtime.None {
		b, err := runtime.Truth(th, r.debug)
		if err != nil {
			return nil, err
		}
		r.loop.SetDebug(b)
	}
	r.state = 1
	return r.loop, nil
}

// Run is Runner.run(coro, context=…).
func (r *Runner) Run(th *runtime.Thread, coro, ctx runtime.Value) (runtime.Value, error) {
	if !runtime.IsCoroutine(coro) {
		if _, err := r.lazyInit(th); err != nil {
			return nil, err
		}
		rp, err := runtime.Repr(th, coro)
		if err != nil {
			return nil, err
		}
		return nil, runtime.ValueErrorf("a coroutine was expected, got %s", rp)
	}
	if runtime.RunningLoop(th) != nil {
		return nil, runtime.RuntimeErrorf("Runner.run() cannot be called from a running event loop")
	}
	loop, err := r.lazyInit(th)
	if err != nil {
		return nil, err
	}
	if ctx == nil || ctx == runtime.None {
		ctx = r.ctx
	}
	task, err := loop.CreateTask(th, coro, nil, ctx)
	if err != nil {
		return nil, err
	}
	return loop.RunUntilComplete(th, task)
}

// Close is Runner.close: cancel the tasks left, shut down async generators and the
// default executor, close the loop.
func (r *Runner) Close(th *runtime.Thread) error {
	if r.state != 1 {
		return nil
	}
	loop := r.loop
	defer func() {
		runtime.SetEventLoop(th, nil)
		loop.Close(th)
		r.loop = nil
		r.state = 2
	}()
	if err := cancelAllTasks(th, loop); err != nil {
		return err
	}
	if _, err := loop.RunUntilComplete(th, loop.ShutdownAsyncgens(th)); err != nil {
		return err
	}
	_, err := loop.RunUntilComplete(th, loop.ShutdownDefaultExecutor())
	return err
}

var (
	specRunner    = runtime.ArgSpec{Func: "Runner", Names: []string{"debug", "loop_factory"}, KwOnly: -1}
	specRunnerRun = runtime.ArgSpec{Func: "run", Names: []string{"coro", "context"}, Required: 1, KwOnly: 1}
)

func init() {
	t := runnerType
	t.New = func(th *runtime.Thread, typ *runtime.Type, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [2]runtime.Value
		if _, err := specRunner.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		return &Runner{debug: a[0]}, nil
	}
	method(t, "__enter__", func(th *runtime.Thread, r *Runner, args []runtime.Value, kw []string) (runtime.Value, error) {
		if _, err := r.lazyInit(th); err != nil {
			return nil, err
		}
		return r, nil
	})
	method(t, "__exit__", func(th *runtime.Thread, r *Runner, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.None, r.Close(th)
	})
	method(t, "close", func(th *runtime.Thread, r *Runner, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.None, r.Close(th)
	})
	method(t, "get_loop", func(th *runtime.Thread, r *Runner, args []runtime.Value, kw []string) (runtime.Value, error) {
		return r.lazyInit(th)
	})
	method(t, "run", func(th *runtime.Thread, r *Runner, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [2]runtime.Value
		if _, err := specRunnerRun.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		return r.Run(th, a[0], a[1])
	})
}

// cancelAllTasks is asyncio.runners._cancel_all_tasks.
func cancelAllTasks(th *runtime.Thread, loop *runtime.Loop) error {
	tasks := loop.AllTasks()
	if len(tasks) == 0 {
		return nil
	}
	vals := make([]runtime.Value, len(tasks))
	for i, t := range tasks {
		t.Cancel(runtime.None)
		vals[i] = t
	}
	g, err := runtime.Gather(th, vals, true)
	if err != nil {
		return err
	}
	if _, err := loop.RunUntilComplete(th, g); err != nil {
		return err
	}
	for _, t := range tasks {
		if t.Cancelled() {
			continue
		}
		if exc := t.Err(); exc != nil {
			loop.ReportException(th, "unhandled exception during asyncio.run() shutdown", exc, "task", t)
		}
	}
	return nil
}

func run(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [2]runtime.Value
	if _, err := specRun.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	return Run(th, a[0], a[1])
}

func getRunningLoop(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	if len(args) != 0 {
		return nil, runtime.TypeErrorf("get_running_loop() takes no arguments (%d given)", len(args))
	}
	return runtime.GetRunningLoop(th)
}

func getRunningLoopOrNone(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	if l := runtime.RunningLoop(th); l != nil {
		return l, nil
	}
	return runtime.None, nil
}

func getEventLoop(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	if len(args) != 0 {
		return nil, runtime.TypeErrorf("get_event_loop() takes no arguments (%d given)", len(args))
	}
	return runtime.GetEventLoop(th)
}

func newEventLoop(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	if len(args) != 0 {
		return nil, runtime.TypeErrorf("new_event_loop() takes no arguments (%d given)", len(args))
	}
	return runtime.NewLoop(th.Interp), nil
}

func setEventLoop(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [1]runtime.Value
	if _, err := specSetLoop.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	if a[0] == runtime.None {
		runtime.SetEventLoop(th, nil)
		return runtime.None, nil
	}
	l, ok := a[0].(*runtime.Loop)
	if !ok {
		return nil, runtime.TypeErrorf("loop must be an instance of AbstractEventLoop or None, not '%s'", a[0].Type().Name)
	}
	runtime.SetEventLoop(th, l)
	return runtime.None, nil
}

// loopOrRunning returns the loop argument, or the running loop (RuntimeError if none).
func loopOrRunning(th *runtime.Thread, v runtime.Value) (*runtime.Loop, error) {
	if v == nil || v == runtime.None {
		return runtime.GetRunningLoop(th)
	}
	l, ok := v.(*runtime.Loop)
	if !ok {
		return nil, runtime.TypeErrorf("loop must be an event loop, not %s", v.Type().Name)
	}
	return l, nil
}

// loopOptArg unpacks the optional loop argument of current_task and all_tasks: the
// loop given, or the running one.
func loopOptArg(th *runtime.Thread, args []runtime.Value, kw []string) (*runtime.Loop, error) {
	var a [1]runtime.Value
	if _, err := specLoopOpt.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	return loopOrRunning(th, a[0])
}

func currentTask(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	l, err := loopOptArg(th, args, kw)
	if err != nil {
		return nil, err
	}
	if t := l.CurrentTask(); t != nil {
		return t, nil
	}
	return runtime.None, nil
}

func allTasks(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	l, err := loopOptArg(th, args, kw)
	if err != nil {
		return nil, err
	}
	s := runtime.NewSet()
	for _, t := range l.AllTasks() {
		if err := s.Add(th, t); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func isCoroutine(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [1]runtime.Value
	if _, err := specOneValue.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	return runtime.BoolOf(runtime.IsCoroutine(a[0])), nil
}

func isFuture(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [1]runtime.Value
	if _, err := specOneValue.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	return runtime.BoolOf(runtime.IsFuture(a[0])), nil
}

// coFlagCoroutine is CO_COROUTINE.
const coFlagCoroutine = 0x80

func isCoroutineFunction(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [1]runtime.Value
	if _, err := specOneValue.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	f := a[0]
	for {
		if m, ok := f.(*runtime.BoundMethod); ok {
			f = m.Func
			continue
		}
		break
	}
	if c, ok := f.(interface{ IsCoroutineFunction() bool }); ok {
		return runtime.BoolOf(c.IsCoroutineFunction()), nil
	}
	code, ok, err := runtime.LookupAttr(th, f, "__code__")
	if err != nil || !ok {
		return runtime.False, err
	}
	flags, ok, err := runtime.LookupAttr(th, code, "co_flags")
	if err != nil || !ok {
		return runtime.False, err
	}
	n, _ := runtime.AsInt64(flags)
	return runtime.BoolOf(n&coFlagCoroutine != 0), nil
}

// runCoroutineThreadsafe is asyncio.run_coroutine_threadsafe(coro, loop): from another
// thread (an executor job), run coro as a task of loop; the concurrent future returned
// follows the task.
func runCoroutineThreadsafe(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [2]runtime.Value
	if _, err := specRunCTS.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	if !runtime.IsCoroutine(a[0]) {
		return nil, runtime.TypeErrorf("A coroutine object is required")
	}
	l, ok := a[1].(*runtime.Loop)
	if !ok {
		return nil, runtime.TypeErrorf("loop must be an event loop")
	}
	cf := runtime.NewConcurrentFuture()
	err := l.CallSoonThreadsafeGo(func(th *runtime.Thread, coro runtime.Value) error {
		t, err := l.CreateTask(th, coro, nil, nil)
		if err != nil {
			cf.SetOutcome(nil, err)
			return err
		}
		t.AddDoneCallbackGo(&toConcurrent{cf})
		return nil
	}, a[0])
	if err != nil {
		return nil, err
	}
	return cf, nil
}

// toConcurrent copies a task's outcome to a concurrent future.
type toConcurrent struct{ cf *runtime.ConcurrentFuture }

// FutureDone copies the task's outcome.
func (c *toConcurrent) FutureDone(th *runtime.Thread, src runtime.Value) error {
	f := runtime.AsFuture(src)
	if f.Cancelled() {
		c.cf.Cancel()
		return nil
	}
	if exc := f.Err(); exc != nil {
		c.cf.SetOutcome(nil, exc)
		return nil
	}
	r, _ := f.Result()
	c.cf.SetOutcome(r, nil)
	return nil
}

// chainTo copies a future's outcome to another future.
type chainTo struct{ dst *runtime.Future }

// FutureDone copies the source's outcome.
func (c chainTo) FutureDone(th *runtime.Thread, src runtime.Value) error {
	copyOutcome(c.dst, runtime.AsFuture(src))
	return nil
}

// copyOutcome sets dst's outcome to src's (src is done).
func copyOutcome(dst, src *runtime.Future) {
	if dst.Done() {
		return
	}
	if src.Cancelled() {
		dst.Cancel(runtime.None)
		return
	}
	if exc := src.Err(); exc != nil {
		dst.SetExceptionValue(exc)
		return
	}
	r, _ := src.Result()
	dst.SetResult(r)
}
