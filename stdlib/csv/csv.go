// Package csv implements aio's csv module (reader, writer, DictReader, DictWriter,
// dialects and quoting), written in aio itself (csv.aio).
package csv

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed csv.aio
var src string

// Module is the csv module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "csv", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "csv", src)
}}
