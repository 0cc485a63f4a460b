package vm

import (
	"github.com/aiolang/aio/runtime"
)

// FrameType is the type of frame objects (gen.gi_frame, sys._getframe()).
var FrameType = runtime.NewBuiltinType("frame", "builtins", nil, false)

// frameObject is the Python-visible view of a Frame.
type frameObject struct{ f *Frame }

// Type returns frame.
func (o *frameObject) Type() *runtime.Type { return FrameType }

// Repr returns <frame at 0x…, file '…', line N, code NAME>.
func (o *frameObject) Repr(th *runtime.Thread) (string, error) {
	return "<frame at " + runtime.AddrString(o) + ", file '" + o.f.code.Filename + "', line " + itoa(o.f.Line()) + ", code " + o.f.code.Name + ">", nil
}

// hookFrame is Hooks.Frame (sys._getframe): the frame object of the aio frame depth
// calls out from the innermost one.
func hookFrame(th *runtime.Thread, depth int) (runtime.Value, bool) {
	f := currentFrame(th)
	for ; f != nil && depth > 0; depth-- {
		f = f.back
	}
	if f == nil {
		return nil, false
	}
	return frameValue(f), true
}

// frameValue returns the frame object of f.
func frameValue(f *Frame) runtime.Value { return &frameObject{f: f} }

func init() {
	gs := func(name string, get func(f *Frame) runtime.Value) {
		FrameType.Dict.SetStr(name, &runtime.GetSet{Name: name, Owner: FrameType,
			Get: func(th *runtime.Thread, obj runtime.Value) (runtime.Value, error) {
				return get(obj.(*frameObject).f), nil
			}})
	}
	gs("f_lineno", func(f *Frame) runtime.Value { return runtime.Int(f.Line()) })
	gs("f_code", func(f *Frame) runtime.Value { return f.code })
	gs("f_globals", func(f *Frame) runtime.Value { return f.globals })
	gs("f_back", func(f *Frame) runtime.Value {
		if f.back == nil {
			return runtime.None
		}
		return frameValue(f.back)
	})
	gs("f_locals", func(f *Frame) runtime.Value {
		if f.locals != nil {
			return f.locals
		}
		return f.fastLocals()
	})
}

// tracebackValue returns exc.__traceback__ for __exit__ calls.
func tracebackValue(exc *runtime.Exception) runtime.Value {
	if len(exc.Traceback) == 0 {
		return runtime.None
	}
	return &runtime.TracebackObject{Frames: exc.Traceback}
}

// fastLocals returns a new dict of f's bound fast locals by name. The frame no longer
// owns their boxes (see owned.go): the dict references them.
func (f *Frame) fastLocals() *runtime.Dict {
	f.owned = 0
	d := runtime.NewDict()
	for i, name := range f.code.VarNames {
		if v := f.fast[i]; v != nil {
			d.SetStr(name, v)
		}
	}
	return d
}
