// Package secrets implements aio's secrets module (token_hex, token_urlsafe, choice,
// randbelow, compare_digest, …), written in aio itself (secrets.aio) on os.urandom.
package secrets

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed secrets.aio
var src string

// Module is the secrets module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "secrets", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "secrets", src)
}}
