// Package copy implements aio's copy module (copy, deepcopy), written in aio itself
// (copy.aio).
package copy

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed copy.aio
var src string

// Module is the copy module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "copy", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "copy", src)
}}
