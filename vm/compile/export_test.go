package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// ModuleStrict is Module with internal consistency checks that panic (tests only).
func ModuleStrict(mod *ast.Module, filename string, opts Options) (*code.Code, error) {
	return module(mod, filename, opts, true)
}
