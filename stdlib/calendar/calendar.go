// Package calendar implements aio's calendar module, written in aio itself (calendar.aio).
package calendar

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed calendar.aio
var src string

// Module is the calendar module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "calendar", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "calendar", src)
}}
