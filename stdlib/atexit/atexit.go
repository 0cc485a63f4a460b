// Package atexit implements aio's atexit module, written in aio itself (atexit.aio).
package atexit

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed atexit.aio
var src string

// Module is the atexit module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "atexit", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "atexit", src)
}}
