// Package operator implements aio's operator module (the operators as functions,
// itemgetter, attrgetter, methodcaller), written in aio itself (operator.aio).
package operator

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed operator.aio
var src string

// Module is the operator module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "operator", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "operator", src)
}}
