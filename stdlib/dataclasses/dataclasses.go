// Package dataclasses implements aio's dataclasses module (dataclass, field, fields,
// asdict, astuple, replace, …), written in aio itself (dataclasses.aio).
package dataclasses

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed dataclasses.aio
var src string

// Module is the dataclasses module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "dataclasses", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "dataclasses", src)
}}
