// Package fractions implements aio's fractions module (Fraction), written in aio itself
// (fractions.aio).
package fractions

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed fractions.aio
var src string

// Module is the fractions module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "fractions", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "fractions", src)
}}
