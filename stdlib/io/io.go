// Package io implements aio's io module, written in aio itself (io.aio).
package io

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed io.aio
var src string

// Module is the io module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "io", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "io", src)
}}
