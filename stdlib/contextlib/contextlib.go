// Package contextlib implements aio's contextlib module: contextmanager,
// asynccontextmanager, suppress, closing, aclosing, nullcontext, ExitStack,
// AsyncExitStack and friends. The module is written in aio itself (contextlib.aio, run
// when the module is first imported), as CPython's is written in Python.
package contextlib

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed contextlib.aio
var src string

// Module is the contextlib module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "contextlib", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "contextlib", src)
}}
