// Package pprint implements aio's pprint module, written in aio itself (pprint.aio).
package pprint

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed pprint.aio
var src string

// Module is the pprint module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "pprint", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "pprint", src)
}}
