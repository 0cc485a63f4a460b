// Package compile turns an ast.Module (or a single expression) into vm/code objects: it builds
// the symbol tables (local, global, nonlocal, cell and free variables; class and comprehension
// scopes), checks what CPython's compiler checks (with CPython's messages and positions), and
// generates bytecode with a zero-cost exception table and a position table.
//
// The compiler never sees runtime values: constants are plain Go data (see code.Code.Consts).
package compile

import (
	"fmt"
	"runtime/debug"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// Options controls how a module is compiled.
type Options struct {
	// TopLevelAwait allows await, async for, async with and asynchronous comprehensions at
	// module level (CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT); a module that uses them gets
	// code.FlagCoroutine and must be run as a coroutine.
	TopLevelAwait bool
	// Interactive compiles for the REPL: the value of each top-level expression statement is
	// printed (PRINT_EXPR) when it is not None.
	Interactive bool
	// Source, if set, is the module's source text; it gives SyntaxErrors their Text and
	// character (rather than byte) columns.
	Source []byte
	// Warn, if set, receives CPython's compile-time SyntaxWarnings ("is" with a literal,
	// an always-true assert, a call or subscript of a literal that misses a comma) as
	// *ast.SyntaxError values of Kind "SyntaxWarning", in source order.
	Warn func(*ast.SyntaxError)
}

// Module compiles a module. Compile-time errors are returned as *ast.SyntaxError.
func Module(mod *ast.Module, filename string, opts Options) (result *code.Code, err error) {
	return module(mod, filename, opts, false)
}

func module(mod *ast.Module, filename string, opts Options, strict bool) (result *code.Code, err error) {
	defer catch(&err)
	er := newErrorReporter(filename, opts.Source)
	fut := parseFuture(er, mod.Body)
	st := buildSymtable(er, mod.Body, nil, fut.annotations)
	c := &compiler{err: er, st: st, opts: opts, filename: filename, strict: strict, future: fut}
	return c.compileModule(mod.Body), nil
}

// Expression compiles an expression (as for eval()): the code returns its value.
func Expression(e ast.Expr, filename string) (result *code.Code, err error) {
	defer catch(&err)
	er := newErrorReporter(filename, nil)
	st := buildSymtable(er, nil, e, false)
	c := &compiler{err: er, st: st, filename: filename}
	return c.compileExpression(e), nil
}

func catch(err *error) {
	if r := recover(); r != nil {
		if se, ok := r.(syntaxError); ok {
			*err = se.err
			return
		}
		*err = fmt.Errorf("internal compiler error: %v\n%s", r, debug.Stack())
	}
}
