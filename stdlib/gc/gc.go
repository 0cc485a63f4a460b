// Package gc implements aio's gc module, written in aio itself (gc.aio).
package gc

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed gc.aio
var src string

// Module is the gc module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "gc", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "gc", src)
}}
