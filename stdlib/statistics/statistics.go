// Package statistics implements aio's statistics module, written in aio itself (statistics.aio).
package statistics

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed statistics.aio
var src string

// Module is the statistics module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "statistics", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "statistics", src)
}}
