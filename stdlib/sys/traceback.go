package sys

import (
	aio "github.com/aiolang/aio/runtime"
)

// traceback is the traceback object sys.exc_info() returns: one entry of an exception's
// traceback, linked to the next (inner) one through tb_next.
type traceback struct {
	exc   *aio.Exception
	index int // into exc.Traceback, which is stored innermost first
}

// tracebackType is the type of traceback objects.
var tracebackType = newTracebackType()

// Type returns traceback.
func (*traceback) Type() *aio.Type { return tracebackType }

// newTraceback returns the outermost traceback entry of e, or None when it has none.
func newTraceback(e *aio.Exception) aio.Value {
	if len(e.Traceback) == 0 {
		return aio.None
	}
	return &traceback{exc: e, index: len(e.Traceback) - 1}
}

func newTracebackType() *aio.Type {
	t := aio.NewBuiltinType("traceback", "builtins", nil, false)
	prop := func(name string, get func(tb *traceback) aio.Value) {
		t.Dict.SetStr(name, &aio.Property{Get: aio.NewBuiltin(name, func(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
			tb, ok := args[0].(*traceback)
			if !ok {
				return nil, aio.TypeErrorf("descriptor '%s' requires a 'traceback' object", name)
			}
			return get(tb), nil
		})})
	}
	prop("tb_lineno", func(tb *traceback) aio.Value { return aio.Int(tb.exc.Traceback[tb.index].Pos().Line) })
	prop("tb_lasti", func(tb *traceback) aio.Value { return aio.Int(0) })
	prop("tb_frame", func(tb *traceback) aio.Value { return aio.None })
	prop("tb_next", func(tb *traceback) aio.Value {
		if tb.index == 0 {
			return aio.None
		}
		return &traceback{exc: tb.exc, index: tb.index - 1}
	})
	return t
}
