// Package warnings implements aio's warnings module, written in aio itself (warnings.aio).
package warnings

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed warnings.aio
var src string

// Module is the warnings module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "warnings", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "warnings", src)
}}
