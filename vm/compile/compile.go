// Package compile turns an ast.Module (or a single expression) into vm/code objects: it builds
// the symbol tables (local, global, nonlocal, cell and free variables; class and comprehension
// scopes), checks what CPython's compiler checks (with CPython's messages and positions), and
// generates bytecode with a zero-cost exception table and a position table.
//
// The compiler never sees runtime values: constants are plain Go data (see code.Code.Consts).
//
// # Design
//
// Files: symtable.go (scopes, CPython's symtable.c), compiler.go (units, emission, labels),
// stmt.go, control.go, unwind.go (return/break/continue through blocks), try.go, with.go,
// expr.go, function.go (defs, lambdas, classes, calls, comprehensions), fold.go (constant
// folding, %-format rewrite), future.go and unparse.go (`from __future__ import annotations`),
// warn.go (SyntaxWarnings), assemble.go (labels, stack depth, dead code, tables).
//
// Code shapes the vm relies on (stack written bottom to top):
//
//   - try/except: the body is protected by a handler entered with [exc]; it runs
//     PUSH_EXC_INFO → [prev, exc], then per clause CHECK_EXC_MATCH/POP_JUMP_IF_FALSE, the
//     body, POP_EXCEPT; an exception inside a clause goes to a cleanup handler that keeps
//     [prev] and runs SWAP 2, POP_EXCEPT, RERAISE. finally bodies are compiled twice: inline
//     on the normal path and in a handler for exceptions.
//   - with: BEFORE_WITH → [exit, value]; the body's handler keeps [exit] and runs
//     PUSH_EXC_INFO, WITH_EXCEPT_START, and suppresses or re-raises; the normal exit calls
//     exit(None, None, None) with CALL 3.
//   - yield from / await: GET_YIELD_FROM_ITER or GET_AWAITABLE, LOAD_CONST None, then
//     exactly SEND exit; YIELD_VALUE exit; JUMP_BACKWARD <SEND> (see code.YIELD_VALUE).
//   - async for: GET_AITER, then per turn GET_ANEXT and a delegation under a handler whose
//     END_ASYNC_FOR ends the loop on StopAsyncIteration; async with awaits __aenter__ and
//     __aexit__ the same way.
//   - comprehensions are functions called with the iterator of their first iterable
//     (argument ".0"); async ones are awaited. super().name in a method is
//     LOAD_SUPER_ATTR on super, __class__ and the first argument (no super object is
//     made); a plain super() is a call without arguments, which the vm resolves from the
//     calling frame. Class bodies are functions run by __build_class__, returning the
//     __class__ cell when methods need it.
//   - every backward edge is JUMP_BACKWARD (loops check step limits there).
//
// Positions follow CPython 3.11 (TestCPythonPositions compares them over the standard
// library); code object metadata too (TestCodeSignatures).
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

// module implements Module; strict (for tests) turns inconsistent stack depths into errors.
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

// catch, deferred, turns the panic of a SyntaxError (see compiler.fail) into *err, and any
// other panic into an internal compiler error.
func catch(err *error) {
	if r := recover(); r != nil {
		if se, ok := r.(syntaxError); ok {
			*err = se.err
			return
		}
		*err = fmt.Errorf("internal compiler error: %v\n%s", r, debug.Stack())
	}
}
