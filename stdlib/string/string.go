// Package string implements aio's string module, written in aio itself (string.aio).
package string

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed string.aio
var src string

// Module is the string module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "string", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "string", src)
}}
