// Package urllib implements aio's urllib package: urllib.parse, written in aio itself
// (parse.aio). (urllib.request is not provided: aio programs use aiohttp.)
package urllib

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed parse.aio
var parseSrc string

// Module is the urllib package's definition; register it and ParseModule with
// Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "urllib", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("urllib")
	m.Dict.SetStr("__path__", runtime.NewList(nil))
	th.Interp.Modules.SetStr("urllib", m)
	parse, err := th.Interp.ImportModule(th, "urllib.parse")
	if err != nil {
		return nil, err
	}
	m.Dict.SetStr("parse", parse)
	return m, nil
}}

// ParseModule is urllib.parse's definition.
var ParseModule = runtime.ModuleDef{Name: "urllib.parse", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "urllib.parse", parseSrc)
}}
