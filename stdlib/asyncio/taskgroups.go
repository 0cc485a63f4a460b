package asyncio

import (
	"strings"

	"github.com/aiolang/aio/runtime"
)

// taskGroupType is asyncio.TaskGroup (asyncio.taskgroups.TaskGroup).
var taskGroupType = runtime.NewBuiltinType("TaskGroup", "asyncio.taskgroups", nil, false)

// TaskGroup is asyncio.TaskGroup (3.11.7): an asynchronous context manager whose exit
// waits for its tasks; the first failure cancels the others and the parent task, and the
// errors are raised together in an ExceptionGroup.
type TaskGroup struct {
	entered, exiting, aborting bool
	loop                       *runtime.Loop
	parent                     *runtime.Task
	parentCancelRequested      bool
	tasks                      []*runtime.Task
	errors                     []*runtime.Exception
	baseError                  *runtime.Exception
	onCompleted                *runtime.Future
}

// Type returns asyncio.TaskGroup.
func (g *TaskGroup) Type() *runtime.Type { return taskGroupType }

func (g *TaskGroup) repr() string {
	info := []string{""}
	if len(g.tasks) > 0 {
		info = append(info, "tasks="+itoa(len(g.tasks)))
	}
	if len(g.errors) > 0 {
		info = append(info, "errors="+itoa(len(g.errors)))
	}
	if g.aborting {
		info = append(info, "cancelling")
	} else if g.entered {
		info = append(info, "entered")
	}
	return "<TaskGroup" + strings.Join(info, " ") + ">"
}

func isBaseError(e *runtime.Exception) bool {
	return e.Type().IsSubtype(runtime.SystemExitType) || e.Type().IsSubtype(runtime.KeyboardInterruptType)
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if !t.Done() {
			t.Cancel(runtime.None)
		}
	}
}

// FutureDone is TaskGroup._on_task_done.
func (g *TaskGroup) FutureDone(th *runtime.Thread, tv runtime.Value) error {
	t := tv.(*runtime.Task)
	for i, x := range g.tasks {
		if x == t {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			break
		}
	}
	if g.onCompleted != nil && len(g.tasks) == 0 && !g.onCompleted.Done() {
		g.onCompleted.SetResult(runtime.True)
	}
	if t.Cancelled() {
		return nil
	}
	exc := t.Err()
	if exc == nil {
		return nil
	}
	g.errors = append(g.errors, exc)
	if isBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parent.Done() {
		tr, _ := runtime.Repr(th, t)
		pr, _ := runtime.ToStr(th, g.parent)
		g.loop.ReportException(th, "Task "+tr+" has errored out but its parent task "+pr+" is already completed", exc, "task", t)
		return nil
	}
	if !g.aborting && !g.parentCancelRequested {
		g.abort()
		g.parentCancelRequested = true
		g.parent.Cancel(runtime.None)
	}
	return nil
}

// CallbackName names the callback in future reprs.
func (g *TaskGroup) CallbackName() string { return "TaskGroup._on_task_done()" }

// CreateTask is TaskGroup.create_task(coro, name=, context=).
func (g *TaskGroup) CreateTask(th *runtime.Thread, coro, name, ctx runtime.Value) (runtime.Value, error) {
	if !g.entered {
		return nil, runtime.RuntimeErrorf("TaskGroup %s has not been entered", g.repr())
	}
	if g.exiting && len(g.tasks) == 0 {
		return nil, runtime.RuntimeErrorf("TaskGroup %s is finished", g.repr())
	}
	if g.aborting {
		return nil, runtime.RuntimeErrorf("TaskGroup %s is shutting down", g.repr())
	}
	t, err := g.loop.CreateTask(th, coro, nil, ctx)
	if err != nil {
		return nil, err
	}
	if name != nil && name != runtime.None {
		if err := t.SetName(th, name); err != nil {
			return nil, err
		}
	}
	t.AddDoneCallbackGo(g)
	g.tasks = append(g.tasks, t)
	return t, nil
}

// aexit is TaskGroup.__aexit__.
type tgExit struct {
	runtime.GoCoroutine
	g         *TaskGroup
	et        runtime.Value
	exc       *runtime.Exception
	propagate *runtime.Exception
}

// Resume runs __aexit__: wait for the tasks, then raise what CPython raises.
func (x *tgExit) Resume(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
	g := x.g
	if c.State == 0 {
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		g.exiting = true
		if x.exc != nil && isBaseError(x.exc) && g.baseError == nil {
			g.baseError = x.exc
		}
		if x.et == runtime.Value(runtime.CancelledErrorType) {
			x.propagate = x.exc
		}
		if g.parentCancelRequested {
			if g.parent.Uncancel() == 0 {
				x.propagate = nil
			}
		}
		if x.et != nil && x.et != runtime.None && !g.aborting {
			g.abort()
		}
		c.State = 1
	} else {
		// back from awaiting onCompleted
		if exc != nil {
			if !isCancelled(exc) {
				return nil, runtime.Returned, exc
			}
			if !g.aborting {
				x.propagate = exc
				g.abort()
			}
		}
		g.onCompleted = nil
	}
	if len(g.tasks) > 0 {
		if g.onCompleted == nil {
			g.onCompleted = g.loop.CreateFuture()
		}
		return g.onCompleted, runtime.AwaitStatus, nil
	}
	if g.baseError != nil {
		return nil, runtime.Returned, g.baseError
	}
	if x.propagate != nil && len(g.errors) == 0 {
		return nil, runtime.Returned, x.propagate
	}
	if x.et != nil && x.et != runtime.None && x.et != runtime.Value(runtime.CancelledErrorType) && x.exc != nil {
		g.errors = append(g.errors, x.exc)
	}
	if len(g.errors) > 0 {
		errs := g.errors
		g.errors = nil
		me := runtime.NewExceptionGroup("unhandled errors in a TaskGroup", errs)
		me.SuppressContext = true
		if x.exc != nil {
			me.Context = x.exc
		}
		return nil, runtime.Returned, me
	}
	return runtime.None, runtime.Returned, nil
}

var (
	specTGCreate = runtime.ArgSpec{Func: "create_task", Names: []string{"coro", "name", "context"}, Required: 1, KwOnly: 1}
	specTGExit   = runtime.ArgSpec{Func: "__aexit__", Names: []string{"et", "exc", "tb"}, Required: 3}
)

func init() {
	t := taskGroupType
	t.New = func(th *runtime.Thread, typ *runtime.Type, args []runtime.Value, kw []string) (runtime.Value, error) {
		if len(args) != 0 {
			return nil, runtime.TypeErrorf("TaskGroup() takes no arguments")
		}
		return &TaskGroup{}, nil
	}
	method(t, "__repr__", func(th *runtime.Thread, g *TaskGroup, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.Str(g.repr()), nil
	})
	method(t, "create_task", func(th *runtime.Thread, g *TaskGroup, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [3]runtime.Value
		if _, err := specTGCreate.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		return g.CreateTask(th, a[0], a[1], a[2])
	})
	method(t, "__aenter__", func(th *runtime.Thread, g *TaskGroup, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.NewGoCoroutine("TaskGroup.__aenter__", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			if g.entered {
				return nil, runtime.Returned, runtime.RuntimeErrorf("TaskGroup %s has already been entered", g.repr())
			}
			if g.loop == nil {
				l, err := runtime.GetRunningLoop(th)
				if err != nil {
					return nil, runtime.Returned, err
				}
				g.loop = l
			}
			g.parent = g.loop.CurrentTask()
			if g.parent == nil {
				return nil, runtime.Returned, runtime.RuntimeErrorf("TaskGroup %s cannot determine the parent task", g.repr())
			}
			g.entered = true
			return g, runtime.Returned, nil
		})), nil
	})
	method(t, "__aexit__", func(th *runtime.Thread, g *TaskGroup, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [3]runtime.Value
		if _, err := specTGExit.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		x := &tgExit{g: g, et: a[0]}
		if e, ok := a[1].(*runtime.Exception); ok {
			x.exc = e
		}
		x.Init("TaskGroup.__aexit__", x)
		return x, nil
	})
}
