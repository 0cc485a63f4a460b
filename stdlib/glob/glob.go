// Package glob implements aio's glob module, written in aio itself (glob.aio).
package glob

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed glob.aio
var src string

// Module is the glob module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "glob", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "glob", src)
}}
