package runtime

import "strconv"

// CoroInfo describes a coroutine object for reprs (asyncio's _format_coroutine).
type CoroInfo struct {
	// Qualname is the coroutine's __qualname__ ("main", "Worker.run").
	Qualname string
	// File is co_filename ("" for Go-native coroutines).
	File string
	// Line is the line where the frame is suspended or running, or co_firstlineno once
	// the coroutine is done.
	Line int
	// Done reports that the frame is gone (cr_frame is None): the coroutine returned,
	// raised or was closed.
	Done bool
}

// Coroutine is a coroutine object: the vm's `async def` frames and GoCoroutine. A Task
// steps it with Send / Throw; asyncio.iscoroutine() is true for it.
type Coroutine interface {
	Resumable
	CoroInfo() CoroInfo
}

// Task is asyncio.Task: a coroutine driven by the loop, ported from CPython 3.11's
// tasks.py. Its first step is scheduled with call_soon on creation; each step sends into
// the coroutine (or throws into it) and looks at what it yields: a blocking future gets a
// wake-up callback, a bare yield schedules the next step.
type Task struct {
	Future
	coro      Coroutine
	name      Value // nil: "Task-<num>"
	num       int64
	futWaiter Value
	ctx       *Context // nil: a fresh empty context not made yet
	prev      *Task
	next      *Task
	// (the small fields share one word: with the Future's three-word done callback a Task
	// is 224 bytes, a size class of its own)
	numCancels        int32
	mustCancel        bool
	logDestroyPending bool
	registered        bool
	dropped           bool // discarded by the expression statement that created it
}

// TaskType is asyncio.Task.
var TaskType = NewBuiltinType("Task", "_asyncio", FutureType, true)

// Type returns asyncio.Task.
func (t *Task) Type() *Type {
	if t.typ != nil {
		return t.typ
	}
	return TaskType
}

// IsCoroutine reports whether v is a coroutine object (asyncio.iscoroutine).
func IsCoroutine(v Value) bool {
	_, ok := v.(Coroutine)
	return ok
}

// NewTask wraps coro in a task on loop l and schedules its first step (asyncio.Task()).
// name nil gives the next "Task-N" name of the interpreter.
func NewTask(th *Thread, l *Loop, coro Value, name Value, ctx Value) (*Task, error) {
	c, ok := coro.(Coroutine)
	if !ok {
		r, err := Repr(th, coro)
		if err != nil {
			return nil, err
		}
		return nil, TypeErrorf("a coroutine was expected, got %s", r)
	}
	t := &Task{coro: c, ctx: asContext(ctxOrCopy(th, ctx)), logDestroyPending: true}
	t.loop = l
	t.self = t
	if name == nil || name == None {
		t.num = asyncState(l.interp).taskCounter.Add(1)
	} else if err := t.SetName(th, name); err != nil {
		return nil, err
	}
	l.ready.push(readyItem{fn: taskStepHook, recv: t})
	l.registerTask(t)
	l.lastTask = t
	return t, nil
}

// CreateTask implements loop.create_task(coro, name=name).
func (l *Loop) CreateTask(th *Thread, coro Value, name Value, ctx Value) (*Task, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	return NewTask(th, l, coro, name, ctx)
}

// CreateFuture implements loop.create_future().
func (l *Loop) CreateFuture() *Future { return NewFuture(l) }

// Name returns the task's name (get_name()).
func (t *Task) Name() Value {
	if t.name == nil {
		t.name = Str("Task-" + strconv.FormatInt(t.num, 10))
	}
	return t.name
}

// SetName sets the task's name to str(name) (set_name()).
func (t *Task) SetName(th *Thread, name Value) error {
	if s, ok := name.(Str); ok {
		t.name = s
		return nil
	}
	s, err := ToStr(th, name)
	if err != nil {
		return err
	}
	t.name = Str(s)
	return nil
}

// Coro returns the task's coroutine (get_coro()).
func (t *Task) Coro() Value { return t.coro }

// Cancelling returns the number of pending cancellation requests (cancelling()).
func (t *Task) Cancelling() int { return int(t.numCancels) }

// Uncancel decrements the cancellation requests (uncancel()).
func (t *Task) Uncancel() int {
	if t.numCancels > 0 {
		t.numCancels--
	}
	return int(t.numCancels)
}

// Cancel requests cancellation (Task.cancel): CancelledError is thrown into the coroutine
// at its next step; the future it waits on is cancelled first.
func (t *Task) Cancel(msg Value) bool {
	t.logTraceback = false
	if t.state != futPending {
		return false
	}
	t.numCancels++
	if t.futWaiter != nil {
		if CancelFuture(t.futWaiter, msg) {
			return true
		}
	}
	t.mustCancel = true
	t.setCancelMsg(msg)
	return true
}

// CancelFuture calls the cancel method appropriate for a future-like value: Task.cancel
// for a task, a Go cancel override (gather's future), else Future.cancel.
func CancelFuture(v Value, msg Value) bool {
	switch f := v.(type) {
	case *Task:
		return f.Cancel(msg)
	case *Future:
		if f.rare != nil && f.rare.canceller != nil {
			return f.rare.canceller.CancelFuture(f, msg)
		}
		return f.Cancel(msg)
	}
	if f := AsFuture(v); f != nil {
		return f.Cancel(msg)
	}
	return false
}

// Canceller overrides a future's cancel() (asyncio's _GatheringFuture).
type Canceller interface {
	CancelFuture(f *Future, msg Value) bool
}

// SetCanceller installs a cancel() override on f.
func (f *Future) SetCanceller(c Canceller) { f.rareFields().canceller = c }

func taskStepHook(th *Thread, recv any, arg Value) error {
	t := recv.(*Task)
	var exc *Exception
	if arg != nil {
		exc = arg.(*Exception)
	}
	return t.step(th, exc)
}

// taskWakeup is the done callback a task puts on the future it waits for.
func taskWakeup(th *Thread, recv any, arg Value) error {
	t := recv.(*Task)
	f := asFuture(arg)
	if f.state == futFinished && f.exc == nil {
		return t.step(th, nil)
	}
	_, err := f.Result()
	return t.step(th, AsException(err))
}

func (t *Task) scheduleStep(exc *Exception) {
	if exc == nil {
		t.loop.ready.push(readyItem{fn: taskStepHook, recv: t})
	} else {
		t.loop.ready.push(readyItem{fn: taskStepHook, recv: t, arg: exc})
	}
}

// step is Task.__step.
func (t *Task) step(th *Thread, exc *Exception) error {
	if t.state != futPending {
		r, _ := Repr(th, t)
		return NewException(InvalidStateErrorType, "_step(): already done: "+r)
	}
	if t.mustCancel {
		if exc == nil || !exc.Type().IsSubtype(CancelledErrorType) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.futWaiter = nil
	l := t.loop
	if l.current != nil {
		r1, _ := Repr(th, t)
		r2, _ := Repr(th, l.current)
		return RuntimeErrorf("Cannot enter into task %s while another task %s is being executed.", r1, r2)
	}
	l.current = t
	var (
		res    Value
		status SendStatus
		err    error
	)
	// the step runs in the task's context (Context.run); a context made by a
	// ContextVar.set during the step becomes the task's
	prev, cerr := t.ctx.enter(th)
	if cerr != nil {
		l.current = nil
		return cerr
	}
	if exc == nil {
		res, status, err = t.coro.Send(th, None)
	} else {
		res, status, err = t.coro.Throw(th, exc)
	}
	t.ctx = exitContext(th, prev)
	l.current = nil

	if err != nil {
		e := AsException(err)
		switch {
		case e.Type().IsSubtype(CancelledErrorType):
			t.rareFields().cancelledExc = e
			t.Future.Cancel(nil)
		case e.Type().IsSubtype(KeyboardInterruptType) || e.Type().IsSubtype(SystemExitType):
			// propagates out of the loop: nobody is left to retrieve it
			t.setException(e)
			t.logTraceback = false
			l.unregisterTask(t)
			return e
		default:
			hadCallbacks := t.ncb > 0
			t.setException(e)
			if t.dropped {
				t.droppedFailed(th, hadCallbacks)
			}
		}
		l.unregisterTask(t)
		return nil
	}
	if status == Returned {
		if t.mustCancel {
			t.mustCancel = false
			t.Future.Cancel(t.cancelMsg())
		} else {
			t.SetResult(res)
		}
		l.unregisterTask(t)
		return nil
	}
	// Yielded
	if res == nil || res == None {
		t.scheduleStep(nil)
		return nil
	}
	if f := AsFuture(res); f != nil {
		if f.loop != l {
			r1, _ := Repr(th, t)
			r2, _ := Repr(th, res)
			t.scheduleStep(RuntimeErrorf("Task %s got Future %s attached to a different loop", r1, r2))
			return nil
		}
		if !f.blocking {
			r1, _ := Repr(th, t)
			r2, _ := Repr(th, res)
			t.scheduleStep(RuntimeErrorf("yield was used instead of yield from in task %s with %s", r1, r2))
			return nil
		}
		if f == &t.Future {
			r1, _ := Repr(th, t)
			t.scheduleStep(RuntimeErrorf("Task cannot await on itself: %s", r1))
			return nil
		}
		f.blocking = false
		f.addHook(taskWakeup, t)
		t.futWaiter = res
		if t.mustCancel {
			if CancelFuture(res, t.cancelMsg()) {
				t.mustCancel = false
			}
		}
		return nil
	}
	r, _ := Repr(th, res)
	t.scheduleStep(RuntimeErrorf("Task got bad yield: %s", r))
	return nil
}

// SetResultFromGo and SetExceptionFromGo are refused for tasks, as in CPython.
func errTaskSet(op string) error {
	return RuntimeErrorf("Task does not support %s operation", op)
}
