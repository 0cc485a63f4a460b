// Package queue implements aio's queue module, written in aio itself (queue.aio).
package queue

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed queue.aio
var src string

// Module is the queue module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "queue", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "queue", src)
}}
