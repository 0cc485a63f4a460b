// Package fnmatch implements aio's fnmatch module, written in aio itself (fnmatch.aio).
package fnmatch

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed fnmatch.aio
var src string

// Module is the fnmatch module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "fnmatch", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "fnmatch", src)
}}
