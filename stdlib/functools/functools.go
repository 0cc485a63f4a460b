// Package functools implements aio's functools module (reduce, partial, wraps,
// lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch), written
// in aio itself (functools.aio).
package functools

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed functools.aio
var src string

// Module is the functools module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "functools", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "functools", src)
}}
