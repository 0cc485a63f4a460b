package asyncio

import (
	"math"

	"github.com/aiolang/aio/runtime"
)

// timeoutType is asyncio.Timeout (asyncio.timeouts.Timeout).
var timeoutType = runtime.NewBuiltinType("Timeout", "asyncio.timeouts", nil, false)

// Timeout states (asyncio.timeouts._State values).
const (
	tsCreated  = "created"
	tsEntered  = "active"
	tsExpiring = "expiring"
	tsExpired  = "expired"
	tsExited   = "finished"
)

// Timeout is the asynchronous context manager of asyncio.timeout / timeout_at (3.11):
// when the deadline passes, the task is cancelled, and __aexit__ turns the resulting
// CancelledError into TimeoutError.
type Timeout struct {
	state   string
	handler *runtime.Handle
	task    *runtime.Task
	when    runtime.Value // Float or None
	// cancelling is the task's cancelling() count on entry.
	cancelling int
}

// Type returns asyncio.Timeout.
func (t *Timeout) Type() *runtime.Type { return timeoutType }

var (
	specTimeout    = runtime.ArgSpec{Func: "timeout", Names: []string{"delay"}, Required: 1}
	specTimeoutAt  = runtime.ArgSpec{Func: "timeout_at", Names: []string{"when"}, Required: 1}
	specReschedule = runtime.ArgSpec{Func: "reschedule", Names: []string{"when"}, Required: 1}
	specAexit      = runtime.ArgSpec{Func: "__aexit__", Names: []string{"exc_type", "exc_val", "exc_tb"}, Required: 3}
)

func timeout(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [1]runtime.Value
	if _, err := specTimeout.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	loop, err := runtime.GetRunningLoop(th)
	if err != nil {
		return nil, err
	}
	if a[0] == runtime.None {
		return &Timeout{state: tsCreated, when: runtime.None}, nil
	}
	d, ok := runtime.ToFloat64(a[0])
	if !ok {
		return nil, runtime.TypeErrorf("unsupported operand type(s) for +: 'float' and '%s'", a[0].Type().Name)
	}
	return &Timeout{state: tsCreated, when: runtime.Float(loop.Time() + d)}, nil
}

func timeoutAt(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	var a [1]runtime.Value
	if _, err := specTimeoutAt.Unpack(args, kw, a[:]); err != nil {
		return nil, err
	}
	return &Timeout{state: tsCreated, when: a[0]}, nil
}

// Reschedule is Timeout.reschedule(when).
func (t *Timeout) Reschedule(th *runtime.Thread, when runtime.Value) error {
	if t.state != tsEntered {
		if t.state == tsCreated {
			return runtime.RuntimeErrorf("Timeout has not been entered")
		}
		return runtime.RuntimeErrorf("Cannot change state of %s Timeout", t.state)
	}
	t.when = when
	if t.handler != nil {
		t.handler.Cancel()
	}
	if when == runtime.None {
		t.handler = nil
		return nil
	}
	w, ok := runtime.ToFloat64(when)
	if !ok {
		return runtime.TypeErrorf("'<=' not supported between instances of '%s' and 'float'", when.Type().Name)
	}
	loop, err := runtime.GetRunningLoop(th)
	if err != nil {
		return err
	}
	if w <= loop.Time() {
		t.handler, err = loop.CallSoonGoHandle(onTimeout, t)
	} else {
		t.handler, err = loop.CallAtGo(w, onTimeout, t)
	}
	return err
}

// onTimeout is Timeout._on_timeout.
func onTimeout(th *runtime.Thread, arg runtime.Value) error {
	t := arg.(*Timeout)
	t.task.Cancel(runtime.None)
	t.state = tsExpiring
	t.handler = nil
	return nil
}

func (t *Timeout) repr(th *runtime.Thread) string {
	info := ""
	if t.state == tsEntered {
		w := "None"
		if f, ok := runtime.ToFloat64(t.when); ok && t.when != runtime.None {
			w, _ = runtime.Repr(th, runtime.Float(math.Round(f*1000)/1000))
		}
		info = " when=" + w
	}
	return "<Timeout [" + t.state + "]" + info + ">"
}

func timeoutSelf(args []runtime.Value) (*Timeout, []runtime.Value, error) {
	if len(args) == 0 {
		return nil, nil, runtime.TypeErrorf("Timeout method needs an argument")
	}
	t, ok := args[0].(*Timeout)
	if !ok {
		return nil, nil, runtime.TypeErrorf("descriptor requires a 'Timeout' object but received a '%s'", args[0].Type().Name)
	}
	return t, args[1:], nil
}

func init() {
	typ := timeoutType
	runtime.AddMethod(typ, "when", func(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
		t, _, err := timeoutSelf(args)
		if err != nil {
			return nil, err
		}
		return t.when, nil
	})
	runtime.AddMethod(typ, "expired", func(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
		t, _, err := timeoutSelf(args)
		if err != nil {
			return nil, err
		}
		return runtime.BoolOf(t.state == tsExpiring || t.state == tsExpired), nil
	})
	runtime.AddMethod(typ, "reschedule", func(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
		t, rest, err := timeoutSelf(args)
		if err != nil {
			return nil, err
		}
		var a [1]runtime.Value
		if _, err := specReschedule.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		return runtime.None, t.Reschedule(th, a[0])
	})
	runtime.AddMethod(typ, "__repr__", func(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
		t, _, err := timeoutSelf(args)
		if err != nil {
			return nil, err
		}
		return runtime.Str(t.repr(th)), nil
	})
	runtime.AddMethod(typ, "__aenter__", func(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
		t, _, err := timeoutSelf(args)
		if err != nil {
			return nil, err
		}
		return runtime.NewGoCoroutine("Timeout.__aenter__", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			if t.state != tsCreated {
				return nil, runtime.Returned, runtime.RuntimeErrorf("Timeout has already been entered")
			}
			var task *runtime.Task
			if loop := runtime.RunningLoop(th); loop != nil {
				task = loop.CurrentTask()
			}
			if task == nil {
				return nil, runtime.Returned, runtime.RuntimeErrorf("Timeout should be used inside a task")
			}
			t.state = tsEntered
			t.task = task
			t.cancelling = task.Cancelling()
			if err := t.Reschedule(th, t.when); err != nil {
				return nil, runtime.Returned, err
			}
			return t, runtime.Returned, nil
		})), nil
	})
	runtime.AddMethod(typ, "__aexit__", func(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
		t, rest, err := timeoutSelf(args)
		if err != nil {
			return nil, err
		}
		var a [3]runtime.Value
		if _, err := specAexit.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		excType, excVal := a[0], a[1]
		return runtime.NewGoCoroutine("Timeout.__aexit__", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
			if exc != nil {
				return nil, runtime.Returned, exc
			}
			if t.handler != nil {
				t.handler.Cancel()
				t.handler = nil
			}
			switch t.state {
			case tsExpiring:
				t.state = tsExpired
				if t.task.Uncancel() <= t.cancelling && excType == runtime.Value(runtime.CancelledErrorType) {
					e := runtime.NewException(runtime.TimeoutErrorType, "")
					if ev, ok := excVal.(*runtime.Exception); ok {
						e.Cause, e.Context, e.SuppressContext = ev, ev, true
					}
					return nil, runtime.Returned, e
				}
			case tsEntered:
				t.state = tsExited
			}
			return runtime.None, runtime.Returned, nil
		})), nil
	})
}
