package runtime

import "strings"

// HandleType is asyncio.Handle; TimerHandleType is asyncio.TimerHandle.
var (
	HandleType      = NewBuiltinType("Handle", "asyncio.events", nil, false)
	TimerHandleType = NewBuiltinType("TimerHandle", "asyncio.events", HandleType, false)
)

func handleSelf(args []Value, name string) (*Handle, error) {
	h, _, err := methodSelf[*Handle](args, "Handle", name)
	return h, err
}

func init() {
	AddMethod(HandleType, "cancel", func(th *Thread, args []Value, kw []string) (Value, error) {
		h, err := handleSelf(args, "cancel")
		if err != nil {
			return nil, err
		}
		if !h.cancelled && h.loop != nil && h.loop.debug && h.cb != nil {
			// Handle.cancel keeps a representation in debug mode
			h.cancelled = true
			h.frozen = h.repr(th)
			h.cancelled = false
		}
		h.Cancel()
		return None, nil
	})
	AddMethod(HandleType, "cancelled", func(th *Thread, args []Value, kw []string) (Value, error) {
		h, err := handleSelf(args, "cancelled")
		if err != nil {
			return nil, err
		}
		return BoolOf(h.cancelled), nil
	})
	AddMethod(HandleType, "get_context", func(th *Thread, args []Value, kw []string) (Value, error) {
		h, err := handleSelf(args, "get_context")
		if err != nil {
			return nil, err
		}
		return stepContext(&h.ctx), nil
	})
	AddMethod(TimerHandleType, "when", func(th *Thread, args []Value, kw []string) (Value, error) {
		h, err := handleSelf(args, "when")
		if err != nil {
			return nil, err
		}
		return h.whenValue(), nil
	})
	AddMethod(HandleType, "__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
		h, err := handleSelf(args, "__repr__")
		if err != nil {
			return nil, err
		}
		return Str(h.repr(th)), nil
	})
}

// timerHandleCompare compares two timer handles as TimerHandle's rich comparisons: by
// deadline, and equal when deadline, callback, arguments and cancellation agree.
func timerHandleCompare(th *Thread, op CompareOp, x, y *Handle) (Value, error) {
	eq := func() (bool, error) {
		if x.when != y.when || x.cancelled != y.cancelled {
			return false, nil
		}
		if (x.cb == nil) != (y.cb == nil) {
			return false, nil
		}
		if x.cb != nil {
			if e, err := Equal(th, x.cb, y.cb); err != nil || !e {
				return false, err
			}
		}
		if x.args == nil || y.args == nil {
			return x.args == nil && y.args == nil, nil
		}
		if len(x.args) != len(y.args) {
			return false, nil
		}
		for i := range x.args {
			if e, err := Equal(th, x.args[i], y.args[i]); err != nil || !e {
				return false, err
			}
		}
		return true, nil
	}
	switch op {
	case OpLt:
		return BoolOf(x.when < y.when), nil
	case OpGt:
		return BoolOf(x.when > y.when), nil
	case OpLe, OpGe:
		if (op == OpLe && x.when < y.when) || (op == OpGe && x.when > y.when) {
			return True, nil
		}
		e, err := eq()
		return BoolOf(e), err
	case OpEq, OpNe:
		e, err := eq()
		return BoolOf(e == (op == OpEq)), err
	}
	return NotImplemented, nil
}

// repr formats the handle as asyncio's Handle.__repr__: <Handle print(1)>,
// <TimerHandle when=1003.0 print(1)>, <Handle cancelled>.
func (h *Handle) repr(th *Thread) string {
	if h.frozen != "" {
		return h.frozen
	}
	info := []string{h.Type().Name}
	if h.cancelled {
		info = append(info, "cancelled")
	}
	if h.timer {
		w, _ := ToStr(th, h.whenValue())
		info = append(info, "when="+w)
	}
	if h.cb != nil {
		info = append(info, formatCallbackSource(th, h.cb, h.args))
	}
	return "<" + strings.Join(info, " ") + ">"
}
