// Package numbers implements aio's numbers module, written in aio itself (numbers.aio).
package numbers

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed numbers.aio
var src string

// Module is the numbers module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "numbers", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "numbers", src)
}}
