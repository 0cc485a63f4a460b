// Package shutil implements aio's shutil module, written in aio itself (shutil.aio).
package shutil

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed shutil.aio
var src string

// Module is the shutil module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "shutil", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "shutil", src)
}}
