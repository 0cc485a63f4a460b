// Package contextvars implements aio's contextvars module: ContextVar, Token, Context and
// copy_context. The types live in runtime (runtime.Context, runtime.ContextVar,
// runtime.ContextToken) because the event loop runs tasks and callbacks in contexts.
package contextvars

import "github.com/aiolang/aio/runtime"

// Module is the contextvars module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "contextvars", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("contextvars")
	m.Dict.SetStr("Context", runtime.ContextType)
	m.Dict.SetStr("ContextVar", runtime.ContextVarType)
	m.Dict.SetStr("Token", runtime.ContextTokenType)
	m.AddFunc("copy_context", copyContext)
	m.Dict.SetStr("__all__", runtime.NewList([]runtime.Value{
		runtime.Str("Context"), runtime.Str("ContextVar"), runtime.Str("Token"), runtime.Str("copy_context"),
	}))
	return m, nil
}}

// copyContext is contextvars.copy_context().
func copyContext(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
	if err := runtime.CheckArity("copy_context", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return runtime.CopyContext(th), nil
}
