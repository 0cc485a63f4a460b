// Package bisect implements aio's bisect module, written in aio itself (bisect.aio).
package bisect

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed bisect.aio
var src string

// Module is the bisect module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "bisect", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "bisect", src)
}}
