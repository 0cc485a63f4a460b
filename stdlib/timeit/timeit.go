// Package timeit implements aio's timeit module, written in aio itself (timeit.aio).
package timeit

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed timeit.aio
var src string

// Module is the timeit module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "timeit", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "timeit", src)
}}
