// Package unittest implements aio's unittest module (TestCase, IsolatedAsyncioTestCase,
// suites, runners, main), written in aio itself (unittest.aio).
package unittest

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed unittest.aio
var src string

// Module is the unittest module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "unittest", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "unittest", src)
}}
