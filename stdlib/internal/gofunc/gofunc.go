// Package gofunc makes Go functions that behave like functions defined in aio: stored in
// a class, they bind to the instance they are read through (runtime.Function), so a
// class built in Go receives its instances as they are.
package gofunc

import "github.com/aiolang/aio/runtime"

// Method is a Go function that binds like an aio function.
type Method struct {
	name string
	fn   runtime.BuiltinFunc
}

// New returns a Method called qualname (e.g. "UUID.__str__") calling fn with the
// instance as args[0].
func New(qualname string, fn runtime.BuiltinFunc) *Method {
	return &Method{name: qualname, fn: fn}
}

// Type returns builtin_function_or_method.
func (*Method) Type() *runtime.Type { return runtime.BuiltinFuncType }

// Call calls the function; args[0] is the instance.
func (m *Method) Call(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) == 0 {
		return nil, runtime.TypeErrorf("%s() needs an argument", m.name)
	}
	return m.fn(th, args, kwnames)
}

// FuncName returns the method's qualified name.
func (m *Method) FuncName() string { return m.name }
