// Package pathlib implements aio's pathlib module, written in aio itself (pathlib.aio).
package pathlib

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed pathlib.aio
var src string

// Module is the pathlib module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "pathlib", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "pathlib", src)
}}
