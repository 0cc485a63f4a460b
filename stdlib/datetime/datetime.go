// Package datetime implements aio's datetime module (date, time, datetime, timedelta,
// timezone), written in aio itself (datetime.aio) after CPython's pure-Python datetime.
// datetime.now() and date.today() read the interpreter's clock through time.time(), so
// under --clock=virtual they match pyref's.
package datetime

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed datetime.aio
var src string

// Module is the datetime module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "datetime", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "datetime", src)
}}
