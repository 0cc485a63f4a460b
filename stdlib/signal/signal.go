// Package signal implements aio's signal module, written in aio itself (signal.aio).
package signal

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed signal.aio
var src string

// Module is the signal module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "signal", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "signal", src)
}}
