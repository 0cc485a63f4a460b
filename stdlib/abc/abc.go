// Package abc implements aio's abc module (ABC, ABCMeta, abstractmethod, …), written in
// aio itself (abc.aio).
package abc

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed abc.aio
var src string

// Module is the abc module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "abc", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "abc", src)
}}
