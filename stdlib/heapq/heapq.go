// Package heapq implements aio's heapq module, written in aio itself (heapq.aio).
package heapq

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed heapq.aio
var src string

// Module is the heapq module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "heapq", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "heapq", src)
}}
