// Package vm executes aio's bytecode: heap frames and the eval loop, functions and closures,
// the calling convention (argument binding with CPython's error messages), generators,
// coroutines and async generators resumed in place, class creation, imports, and the
// interpreter facade used by cmd/aio and by Go programs that embed aio.
//
// A Python→Python call recurses on the Go stack (Thread.Enter/Leave bound the depth, so a
// RecursionError is raised long before Go's stack could overflow). Generators and coroutines
// own their frame: resuming one re-enters the eval loop at the saved pc with the value stack
// intact, and `yield from` / `await` delegate to the inner frame directly.
//
// The package holds no mutable package-level state: everything lives in an *Interpreter
// (and the runtime.Interp it wraps), so several interpreters can coexist in one program.
package vm
