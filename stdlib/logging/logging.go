// Package logging implements aio's logging module (loggers, handlers, formatters,
// basicConfig), written in aio itself (logging.aio). Timestamps read the interpreter's
// clock, so under --clock=virtual they match pyref's.
package logging

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed logging.aio
var src string

// Module is the logging module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "logging", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "logging", src)
}}
