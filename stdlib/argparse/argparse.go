// Package argparse implements aio's argparse module (ArgumentParser, actions, groups,
// subparsers, usage, help and errors), written in aio itself (argparse.aio).
package argparse

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed argparse.aio
var src string

// Module is the argparse module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "argparse", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "argparse", src)
}}
