// Package types implements aio's types module, written in aio itself (types.aio).
package types

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed types.aio
var src string

// Module is the types module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "types", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "types", src)
}}
