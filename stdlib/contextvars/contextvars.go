// Package contextvars implements aio's contextvars module (ContextVar, Token, Context,
// copy_context), written in aio itself (contextvars.aio).
package contextvars

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed contextvars.aio
var src string

// Module is the contextvars module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "contextvars", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "contextvars", src)
}}
