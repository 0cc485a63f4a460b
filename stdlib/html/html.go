// Package html implements aio's html module (escape, unescape), written in aio itself
// (html.aio).
package html

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed html.aio
var src string

// Module is the html module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "html", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "html", src)
}}
