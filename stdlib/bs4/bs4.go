// Package bs4 implements a small BeautifulSoup for aio (an HTML parser building a tree
// with find, find_all and attribute navigation), written in aio itself (bs4.aio).
package bs4

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed bs4.aio
var src string

// Module is the bs4 module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "bs4", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "bs4", src)
}}
