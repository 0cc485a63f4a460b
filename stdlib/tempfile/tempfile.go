// Package tempfile implements aio's tempfile module, written in aio itself (tempfile.aio).
package tempfile

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed tempfile.aio
var src string

// Module is the tempfile module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "tempfile", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "tempfile", src)
}}
