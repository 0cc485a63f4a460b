// Package enum implements aio's enum module (Enum, IntEnum, StrEnum, Flag, IntFlag, auto,
// unique), written in aio itself (enum.aio) after CPython 3.11's behaviour.
package enum

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed enum.aio
var src string

// Module is the enum module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "enum", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "enum", src)
}}
