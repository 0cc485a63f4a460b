// Package getpass implements aio's getpass module (getuser, getpass), written in aio
// itself (getpass.aio) with the account lookup in Go.
package getpass

import (
	_ "embed"
	"os/user"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed getpass.aio
var src string

// Module is the getpass module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "getpass", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.LoadWith(th, "getpass", src, func(m *runtime.Module) {
		m.AddFunc("_account_name", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			u, err := user.Current()
			if err != nil {
				return runtime.None, nil
			}
			return runtime.Str(u.Username), nil
		})
	})
}}
