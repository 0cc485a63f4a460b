// Package itertools implements aio's itertools module, written in aio itself
// (itertools.aio) after CPython's documented equivalents.
package itertools

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed itertools.aio
var src string

// Module is the itertools module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "itertools", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "itertools", src)
}}
