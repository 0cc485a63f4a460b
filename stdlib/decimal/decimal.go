// Package decimal implements aio's decimal module (Decimal, contexts, rounding modes,
// quantize), written in aio itself (decimal.aio) after CPython's pure-Python _pydecimal.
package decimal

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed decimal.aio
var src string

// Module is the decimal module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "decimal", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "decimal", src)
}}
