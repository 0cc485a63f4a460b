// Package weakref implements aio's weakref module, written in aio itself (weakref.aio).
package weakref

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed weakref.aio
var src string

// Module is the weakref module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "weakref", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "weakref", src)
}}
