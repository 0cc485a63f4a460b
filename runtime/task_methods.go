package runtime

import "strings"

var (
	specTaskNew     = ArgSpec{Func: "Task", Names: []string{"coro", "loop", "name", "context"}, Required: 1, KwOnly: 1}
	specTaskSetName = ArgSpec{Func: "set_name", Names: []string{"value"}, Required: 1}
	specTaskStack   = ArgSpec{Func: "get_stack", Names: []string{"limit"}, KwOnly: -1}
)

func taskSelf(args []Value, name string) (*Task, []Value, error) {
	return methodSelf[*Task](args, "_asyncio.Task", name)
}

func init() {
	t := TaskType
	t.New = func(th *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		var a [4]Value
		if _, err := specTaskNew.Unpack(args, kwnames, a[:]); err != nil {
			return nil, err
		}
		l, err := loopArg(th, a[1])
		if err != nil {
			return nil, err
		}
		task, err := NewTask(th, l, a[0], a[2], a[3])
		if err != nil {
			return nil, err
		}
		if typ != TaskType {
			task.typ = typ
		}
		return task, nil
	}
	AddMethod(t, "get_name", func(th *Thread, args []Value, kw []string) (Value, error) {
		task, _, err := taskSelf(args, "get_name")
		if err != nil {
			return nil, err
		}
		return task.Name(), nil
	})
	AddMethod(t, "set_name", func(th *Thread, args []Value, kw []string) (Value, error) {
		task, rest, err := taskSelf(args, "set_name")
		if err != nil {
			return nil, err
		}
		var a [1]Value
		if _, err := specTaskSetName.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		return None, task.SetName(th, a[0])
	})
	AddMethod(t, "get_coro", func(th *Thread, args []Value, kw []string) (Value, error) {
		task, _, err := taskSelf(args, "get_coro")
		if err != nil {
			return nil, err
		}
		return task.coro, nil
	})
	AddMethod(t, "get_context", func(th *Thread, args []Value, kw []string) (Value, error) {
		task, _, err := taskSelf(args, "get_context")
		if err != nil {
			return nil, err
		}
		return stepContext(&task.ctx), nil
	})
	AddMethod(t, "cancel", func(th *Thread, args []Value, kw []string) (Value, error) {
		task, rest, err := taskSelf(args, "cancel")
		if err != nil {
			return nil, err
		}
		var a [1]Value
		if _, err := specCancel.Unpack(rest, kw, a[:]); err != nil {
			return nil, err
		}
		return BoolOf(task.Cancel(orNone(a[0]))), nil
	})
	AddMethod(t, "cancelling", func(th *Thread, args []Value, kw []string) (Value, error) {
		task, _, err := taskSelf(args, "cancelling")
		if err != nil {
			return nil, err
		}
		return Int(task.Cancelling()), nil
	})
	AddMethod(t, "uncancel", func(th *Thread, args []Value, kw []string) (Value, error) {
		task, _, err := taskSelf(args, "uncancel")
		if err != nil {
			return nil, err
		}
		return Int(task.Uncancel()), nil
	})
	AddMethod(t, "get_stack", func(th *Thread, args []Value, kw []string) (Value, error) {
		_, rest, err := taskSelf(args, "get_stack")
		if err != nil {
			return nil, err
		}
		var a [1]Value
		if _, err := specTaskStack.unpackKw(rest, kw, a[:]); err != nil {
			return nil, err
		}
		return NewList(nil), nil
	})
}

// repr formats the task as CPython's base_tasks._task_repr does:
// <Task pending name='Task-2' coro=<worker() running at FILE:LINE> wait_for=<…>>.
func (t *Task) repr(th *Thread) string {
	info := t.reprInfo(th)
	if t.numCancels > 0 && t.state == futPending {
		info[0] = "cancelling"
	}
	name, _ := Repr(th, t.Name())
	head := []string{info[0], "name=" + name, "coro=<" + FormatCoroutine(t.coro) + ">"}
	if t.futWaiter != nil {
		r, _ := Repr(th, t.futWaiter)
		head = append(head, "wait_for="+r)
	}
	info = append(head, info[1:]...)
	return "<" + t.Type().Name + " " + strings.Join(info, " ") + ">"
}

// FormatCoroutine formats a coroutine as asyncio's _format_coroutine does:
// "main() running at FILE:LINE" or "main() done, defined at FILE:LINE".
func FormatCoroutine(c Coroutine) string {
	ci := c.CoroInfo()
	name := ci.Qualname + "()"
	if ci.File == "" {
		return name
	}
	if ci.Done {
		return name + " done, defined at " + ci.File + ":" + itoa(ci.Line)
	}
	return name + " running at " + ci.File + ":" + itoa(ci.Line)
}
