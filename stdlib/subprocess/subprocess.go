// Package subprocess implements aio's subprocess module: the API in aio
// (subprocess.aio), the process itself run by Go's os/exec (exec.go).
package subprocess

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed subprocess.aio
var src string

// Module is the subprocess module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "subprocess", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.LoadWith(th, "subprocess", src, func(m *runtime.Module) {
		m.AddFunc("_run", runProcess)
	})
}}
