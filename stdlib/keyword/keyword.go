// Package keyword implements aio's keyword module, written in aio itself (keyword.aio).
package keyword

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed keyword.aio
var src string

// Module is the keyword module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "keyword", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "keyword", src)
}}
