package vm

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
	"github.com/aiolang/aio/vm/compile"
)

// Options configures an Interpreter. Zero fields get defaults (the process's standard
// streams, a real clock).
type Options struct {
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	// Argv is sys.argv (Argv[0] is the script path).
	Argv []string
	// VirtualClock selects the simulated clock (pyref's): nothing really waits.
	VirtualClock bool
	// Modules are built-in modules to make importable (stdlib.Modules(), for example).
	Modules []runtime.ModuleDef
	// MaxSteps, if positive, bounds the work a program may do (loop iterations and calls);
	// when it runs out the program stops with "RuntimeError: step limit exceeded", which
	// no except clause can catch. For fuzzing and untrusted code.
	MaxSteps int64
}

// Interpreter is one aio interpreter: its runtime state, the main module and the main
// thread. It is the embedding API: run files or strings, evaluate REPL input, set and get
// globals, register Go functions. An Interpreter is not safe for concurrent use.
type Interpreter struct {
	in   *runtime.Interp
	th   *runtime.Thread
	main *runtime.Module

	// unstarted holds the coroutines created and not yet started, to report those never
	// awaited when the program ends.
	unstarted []*genBase
	lastCoro  *genBase // the newest coroutine, while it has not started (see trackCoroutine)
	// warned holds the (file, line, message) of warnings already shown (the "default"
	// warnings filter shows each once per location).
	warned map[string]bool
	// interrupt is set by Interrupt and checked by the eval loop.
	interrupt atomic.Bool
}

// threadState is the vm's per-thread data (runtime.Thread.Local).
type threadState struct {
	vm *Interpreter
	// frames is the pool of function frames (see pushFrame); nframes are in use.
	frames  []*Frame
	nframes int
	// box stores the eval loop's int and float results.
	box evalState
	// valPool recycles the value slots of finished generator frames, by size class.
	valPool [9][][]runtime.Value
}

// New returns a fresh interpreter.
func New(opts Options) *Interpreter {
	in := runtime.NewInterp(runtime.Options{Stdout: opts.Stdout, Stderr: opts.Stderr, Stdin: opts.Stdin, Argv: opts.Argv})
	if opts.VirtualClock {
		in.Clock = runtime.NewVirtualClock()
	} else {
		in.Clock = runtime.NewRealClock()
	}
	vm := &Interpreter{in: in, warned: map[string]bool{}}
	vm.th = in.NewThread()
	ts := &threadState{vm: vm}
	ts.box.limited = true // checks interrupts
	ts.box.intr = &vm.interrupt
	ts.box.steps = -1 << 63
	if opts.MaxSteps > 0 {
		ts.box.steps = opts.MaxSteps
	}
	vm.th.Local = ts
	for _, def := range opts.Modules {
		in.RegisterModule(def)
	}
	in.Builtins.SetStr("__build_class__", runtime.NewBuiltin("__build_class__", buildClass))
	installAsyncBuiltins(in)
	in.Hooks.Globals = hookGlobals
	in.Hooks.Locals = hookLocals
	in.Hooks.Super = hookSuper
	in.Hooks.Import = vm.importFile
	in.Hooks.Exec = vm.hookExec
	in.Hooks.Eval = vm.hookEval
	in.Hooks.Frame = hookFrame

	vm.main = runtime.NewModule("__main__")
	vm.main.Dict.SetStr("__builtins__", in.BuiltinsModule)
	in.Modules.SetStr("__main__", vm.main)
	return vm
}

// Interrupt asks the running program to stop: the eval loop raises KeyboardInterrupt at
// its next loop iteration or call (as Ctrl-C does in CPython). It may be called from any
// goroutine (a signal handler, a timeout).
func (vm *Interpreter) Interrupt() { vm.interrupt.Store(true) }

// Interp returns the runtime interpreter (for registering modules and reading state).
func (vm *Interpreter) Interp() *runtime.Interp { return vm.in }

// Thread returns the interpreter's main thread.
func (vm *Interpreter) Thread() *runtime.Thread { return vm.th }

// Main returns the __main__ module.
func (vm *Interpreter) Main() *runtime.Module { return vm.main }

// RegisterModule makes a built-in module importable.
func (vm *Interpreter) RegisterModule(def runtime.ModuleDef) { vm.in.RegisterModule(def) }

// SetGlobal binds name in the __main__ module.
func (vm *Interpreter) SetGlobal(name string, v runtime.Value) { vm.main.Dict.SetStr(name, v) }

// GetGlobal reads name from the __main__ module.
func (vm *Interpreter) GetGlobal(name string) (runtime.Value, bool) {
	return vm.main.Dict.GetStr(name)
}

// RegisterFunc binds a Go function as a global of __main__.
func (vm *Interpreter) RegisterFunc(name string, fn runtime.BuiltinFunc) {
	vm.main.Dict.SetStr(name, runtime.NewBuiltin(name, fn))
}

// vmOf returns the Interpreter of a thread the vm created (nil for other threads).
func vmOf(th *runtime.Thread) *Interpreter {
	if ts, ok := th.Local.(*threadState); ok {
		return ts.vm
	}
	return nil
}

// Compile parses and compiles a module's source.
func Compile(filename string, src []byte, opts compile.Options) (*Code, error) {
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	opts.Source = src
	c, err := compile.Module(mod, filename, opts)
	if err != nil {
		return nil, err
	}
	return NewCode(c), nil
}

// RunFile runs the script at path as __main__ and returns the process exit status.
func (vm *Interpreter) RunFile(path string) int {
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(vm.in.Stderr, "aio: can't open file '%s': %v\n", path, errors.Unwrap(err))
		return 2
	}
	if len(vm.in.Argv) == 0 || vm.in.Argv[0] == "" {
		if len(vm.in.Argv) == 0 {
			vm.in.Argv = []string{path}
		} else {
			vm.in.Argv[0] = path
		}
	}
	// Like CPython, the script's code (tracebacks, __file__) names it by its absolute path;
	// sys.argv[0] keeps the path as given.
	filename := path
	if abs, err := filepath.Abs(path); err == nil {
		filename = abs
		vm.in.Path = append([]string{filepath.Dir(abs)}, vm.in.Path...)
	}
	return vm.RunString(filename, string(src))
}

// RunString runs src as the __main__ module (filename is used in tracebacks) and returns
// the exit status: 0, 1 after an uncaught exception (its traceback is printed to stderr),
// or the code of a SystemExit. A module whose top level awaits runs as the main coroutine
// of a new event loop (as asyncio.run would).
func (vm *Interpreter) RunString(filename, src string) (status int) {
	vm.in.AddSource(filename, src)
	defer func() {
		vm.reportUnawaited()
		vm.flush()
	}()
	vm.main.Dict.SetStr("__file__", runtime.Str(filename))
	err := vm.protect(func() error {
		c, err := Compile(filename, []byte(src), compile.Options{TopLevelAwait: true})
		if err != nil {
			return err
		}
		_, err = vm.runModuleCode(c, vm.main.Dict, true)
		return err
	})
	if err != nil {
		return vm.report(err)
	}
	return 0
}

// runModuleCode runs module code in globals; a coroutine module (top-level await) runs on
// a new event loop when runAwait is set.
func (vm *Interpreter) runModuleCode(c *Code, globals *runtime.Dict, runAwait bool) (runtime.Value, error) {
	th := vm.th
	f := newFrame(th, c, globals)
	f.locals = globals
	if c.Flags&code.FlagCoroutine != 0 {
		co := &Coroutine{}
		co.genBase = genBase{frame: f, kind: kindCoroutine, name: c.Name, qualname: c.QualName, fr: Frame{code: c}}
		f.gen = &co.genBase
		if !runAwait {
			return co, nil
		}
		return vm.runMainCoroutine(co)
	}
	if err := th.Enter(); err != nil {
		return nil, err
	}
	defer th.Leave()
	return runFrame(th, f)
}

// runMainCoroutine runs a top-level-await module body with asyncio.run's semantics.
func (vm *Interpreter) runMainCoroutine(co *Coroutine) (runtime.Value, error) {
	th := vm.th
	m, err := vm.in.ImportModule(th, "asyncio")
	if err == nil {
		run, err := runtime.GetAttr(th, m, "run")
		if err != nil {
			return nil, err
		}
		return runtime.Call(th, run, []runtime.Value{co}, nil)
	}
	loop := runtime.NewLoop(vm.in)
	defer loop.Close(th)
	return loop.RunUntilComplete(th, co)
}

// protect runs f, turning a Go panic into an internal-error exception.
func (vm *Interpreter) protect(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			vm.th.Frame = nil
			vm.th.Depth = 0
			if ts, ok := vm.th.Local.(*threadState); ok {
				for i := 0; i < ts.nframes; i++ {
					ts.frames[i] = &Frame{ts: ts}
				}
				ts.nframes = 0
			}
			vm.th.Handling = nil
			msg := fmt.Sprintf("internal error: %v", r)
			if os.Getenv("AIO_DEBUG") != "" {
				msg += "\n" + string(debug.Stack())
			}
			err = runtime.NewException(runtime.SystemErrorType, msg)
		}
	}()
	return f()
}

// report prints an error that ended a program and returns the exit status.
func (vm *Interpreter) report(err error) int {
	vm.flush()
	var se *ast.SyntaxError
	if errors.As(err, &se) {
		io.WriteString(vm.in.Stderr, se.Format())
		return 1
	}
	exc, ok := err.(*runtime.Exception)
	if !ok {
		fmt.Fprintf(vm.in.Stderr, "aio: %v\n", err)
		return 1
	}
	if exc.Type().IsSubtype(runtime.SystemExitType) {
		return vm.exitStatus(exc)
	}
	vm.PrintException(exc)
	return 1
}

// exitStatus implements SystemExit's exit code rules: None → 0, an int → itself, anything
// else is printed to stderr and gives 1.
func (vm *Interpreter) exitStatus(exc *runtime.Exception) int {
	var code runtime.Value = runtime.None
	if len(exc.Args) == 1 {
		code = exc.Args[0]
	} else if len(exc.Args) > 1 {
		code = exc.Args
	}
	if code == runtime.None {
		return 0
	}
	if n, ok := runtime.AsInt64(code); ok {
		return int(n & 0xff)
	}
	s, err := runtime.ToStr(vm.th, code)
	if err != nil {
		s = "<exit code>"
	}
	io.WriteString(vm.in.Stderr, s+"\n")
	return 1
}

// PrintException prints exc with its traceback to stderr, as CPython does for an uncaught
// exception.
func (vm *Interpreter) PrintException(exc *runtime.Exception) {
	vm.flush()
	io.WriteString(vm.in.Stderr, FormatException(vm.th, exc))
}

// flush flushes the standard streams if they buffer.
func (vm *Interpreter) flush() {
	type flusher interface{ Flush() error }
	if f, ok := vm.in.Stdout.(flusher); ok {
		f.Flush()
	}
}

// Exec runs REPL input (one statement, interactive mode: expression values are printed)
// in __main__. Top-level await is allowed and runs on a new loop.
func (vm *Interpreter) Exec(src string) error {
	const filename = "<stdin>"
	return vm.protect(func() error {
		mod, err := parser.ParseInteractive(filename, []byte(src))
		if err != nil {
			return err
		}
		c, err := compile.Module(&ast.Module{Body: mod.Body}, filename, compile.Options{TopLevelAwait: true, Interactive: true, Source: []byte(src)})
		if err != nil {
			return err
		}
		_, err = vm.runModuleCode(NewCode(c), vm.main.Dict, true)
		return err
	})
}

// Close ends an interpreter session that ran REPL input (Exec): it reports the
// coroutines that were never awaited, as CPython does at exit, and flushes stdout.
// RunFile and RunString do this themselves.
func (vm *Interpreter) Close() {
	vm.reportUnawaited()
	vm.flush()
}

// Eval evaluates an expression in __main__.
func (vm *Interpreter) Eval(src string) (runtime.Value, error) {
	var v runtime.Value
	err := vm.protect(func() error {
		var err error
		v, err = vm.eval(vm.th, src, vm.main.Dict, vm.main.Dict)
		return err
	})
	return v, err
}

// ReportError prints an error returned by Exec or Eval (a traceback or a SyntaxError) to
// stderr; it returns the exit status a SystemExit asks for, or -1.
func (vm *Interpreter) ReportError(err error) int {
	if exc, ok := err.(*runtime.Exception); ok && exc.Type().IsSubtype(runtime.SystemExitType) {
		return vm.exitStatus(exc)
	}
	vm.report(err)
	return -1
}

func (vm *Interpreter) eval(th *runtime.Thread, src string, globals, locals *runtime.Dict) (runtime.Value, error) {
	e, err := parser.ParseExpr("<string>", []byte(strings.TrimLeft(src, " \t")))
	if err != nil {
		return nil, syntaxErrorValue(err)
	}
	c, err := compile.Expression(e.Body, "<string>")
	if err != nil {
		return nil, syntaxErrorValue(err)
	}
	f := newFrame(th, NewCode(c), globals)
	f.locals = locals
	if err := th.Enter(); err != nil {
		return nil, err
	}
	defer th.Leave()
	return runFrame(th, f)
}

func (vm *Interpreter) hookEval(th *runtime.Thread, src string, globals, locals *runtime.Dict) (runtime.Value, error) {
	if globals == nil {
		globals = hookGlobals(th)
	}
	if locals == nil {
		locals = globals
		if f := currentFrame(th); f != nil && f.locals != nil && globals == f.globals {
			locals = f.locals
		}
	}
	return vm.eval(th, src, globals, locals)
}

func (vm *Interpreter) hookExec(th *runtime.Thread, src string, globals, locals *runtime.Dict) error {
	if globals == nil {
		globals = hookGlobals(th)
	}
	if locals == nil {
		locals = globals
	}
	mod, err := parser.ParseFile("<string>", []byte(src))
	if err != nil {
		return syntaxErrorValue(err)
	}
	c, err := compile.Module(mod, "<string>", compile.Options{Source: []byte(src)})
	if err != nil {
		return syntaxErrorValue(err)
	}
	f := newFrame(th, NewCode(c), globals)
	f.locals = locals
	if err := th.Enter(); err != nil {
		return err
	}
	defer th.Leave()
	_, err = runFrame(th, f)
	return err
}

// syntaxErrorValue converts a parser/compiler error into a SyntaxError exception.
func syntaxErrorValue(err error) error {
	var se *ast.SyntaxError
	if !errors.As(err, &se) {
		return err
	}
	t := runtime.SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		t = runtime.IndentationErrorType
	case "TabError":
		t = runtime.TabErrorType
	}
	details := runtime.Tuple{runtime.Str(se.Filename), runtime.Int(se.Line), runtime.Int(se.Col), runtime.Str(se.Text)}
	if se.EndLine > 0 {
		details = append(details, runtime.Int(se.EndLine), runtime.Int(se.EndCol))
	}
	e := runtime.NewExceptionArgs(t, runtime.Str(se.Msg), details)
	e.SetAttr("msg", runtime.Str(se.Msg))
	e.SetAttr("filename", runtime.Str(se.Filename))
	e.SetAttr("lineno", runtime.Int(se.Line))
	e.SetAttr("offset", runtime.Int(se.Col))
	e.SetAttr("text", runtime.Str(se.Text))
	return e
}

// importFile is Hooks.Import: it loads NAME.aio (or NAME/__init__.aio) from sys.path.
func (vm *Interpreter) importFile(th *runtime.Thread, name string) (*runtime.Module, error) {
	file, isPkg := findSource(vm.in.Path, name)
	if file == "" {
		return nil, nil
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, runtime.Errorf(runtime.ImportErrorType, "%v", err)
	}
	vm.in.AddSource(file, string(src))
	c, err := Compile(file, src, compile.Options{})
	if err != nil {
		return nil, syntaxErrorValue(err)
	}
	m := runtime.NewModule(name)
	m.Dict.SetStr("__file__", runtime.Str(file))
	m.Dict.SetStr("__builtins__", vm.in.BuiltinsModule)
	if isPkg {
		m.Dict.SetStr("__path__", runtime.NewList([]runtime.Value{runtime.Str(filepath.Dir(file))}))
		m.Dict.SetStr("__package__", runtime.Str(name))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		m.Dict.SetStr("__package__", runtime.Str(name[:i]))
	} else {
		m.Dict.SetStr("__package__", runtime.Str(""))
	}
	vm.in.Modules.SetStr(name, m)
	if _, err := vm.runModuleCode(c, m.Dict, false); err != nil {
		vm.in.Modules.DeleteStr(name)
		return nil, err
	}
	return m, nil
}

// hookGlobals is Hooks.Globals (globals()).
func hookGlobals(th *runtime.Thread) *runtime.Dict {
	if f := currentFrame(th); f != nil {
		return f.globals
	}
	return nil
}

// hookLocals is Hooks.Locals (locals()): the namespace of module and class bodies, a
// snapshot of the fast locals and cells of functions.
func hookLocals(th *runtime.Thread) (*runtime.Dict, error) {
	f := currentFrame(th)
	if f == nil {
		return runtime.NewDict(), nil
	}
	if f.locals != nil {
		return f.locals, nil
	}
	d := f.fastLocals()
	for i := range f.cells {
		if v := f.cells[i].V; v != nil {
			d.SetStr(f.cellName(i), v)
		}
	}
	return d, nil
}

// hookSuper resolves zero-argument super() from the calling frame: __class__ and the
// first argument.
func hookSuper(th *runtime.Thread) (*runtime.Type, runtime.Value, error) {
	f := currentFrame(th)
	if f == nil || f.fn == nil {
		return nil, nil, runtime.RuntimeErrorf("super(): no arguments")
	}
	c := f.code
	if c.ArgCount == 0 {
		return nil, nil, runtime.RuntimeErrorf("super(): no arguments")
	}
	f.owned = 0 // (super() references its first argument, see owned.go)
	self := f.fast[0]
	if c.Cell2Arg != nil {
		for i, a := range c.Cell2Arg {
			if a == 0 {
				self = f.cells[i].V
			}
		}
	}
	if self == nil {
		return nil, nil, runtime.RuntimeErrorf("super(): arg[0] deleted")
	}
	for i, name := range c.FreeVars {
		if name == "__class__" {
			v := f.cells[len(c.CellVars)+i].V
			t, ok := v.(*runtime.Type)
			if !ok {
				if v == nil {
					return nil, nil, runtime.RuntimeErrorf("super(): empty __class__ cell")
				}
				return nil, nil, runtime.RuntimeErrorf("super(): __class__ is not a type (%s)", runtime.TypeName(v))
			}
			return t, self, nil
		}
	}
	return nil, nil, runtime.RuntimeErrorf("super(): __class__ cell not found")
}
