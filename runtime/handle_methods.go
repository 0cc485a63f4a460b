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
		return Float(h.when), nil
	})
	AddMethod(HandleType, "__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
		h, err := handleSelf(args, "__repr__")
		if err != nil {
			return nil, err
		}
		return Str(h.repr(th)), nil
	})
}

// repr formats the handle as asyncio's Handle.__repr__: <Handle print(1)>,
// <TimerHandle when=1003.0 print(1)>, <Handle cancelled>.
func (h *Handle) repr(th *Thread) string {
	info := []string{h.Type().Name}
	if h.cancelled {
		info = append(info, "cancelled")
	}
	if h.timer {
		w, _ := Repr(th, Float(h.when))
		info = append(info, "when="+w)
	}
	if h.cb != nil {
		info = append(info, formatCallbackSource(th, h.cb, h.args))
	}
	return "<" + strings.Join(info, " ") + ">"
}
