// Package aiofiles implements the aiofiles package for aio (asynchronous file access
// through the event loop's executor), written in aio itself (aiofiles.aio).
package aiofiles

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed aiofiles.aio
var src string

// Module is the aiofiles module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "aiofiles", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "aiofiles", src)
}}
