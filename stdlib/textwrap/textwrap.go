// Package textwrap implements aio's textwrap module (wrap, fill, shorten, dedent, indent),
// written in aio itself (textwrap.aio).
package textwrap

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed textwrap.aio
var src string

// Module is the textwrap module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "textwrap", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "textwrap", src)
}}
