// Package inspect implements aio's inspect module, written in aio itself (inspect.aio).
package inspect

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed inspect.aio
var src string

// Module is the inspect module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "inspect", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "inspect", src)
}}
