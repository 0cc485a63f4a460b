// Package platform implements aio's platform module, written in aio itself (platform.aio).
package platform

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed platform.aio
var src string

// Module is the platform module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "platform", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "platform", src)
}}
