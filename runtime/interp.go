package runtime

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"unsafe"
)

// DefaultRecursionLimit is sys.getrecursionlimit()'s initial value.
const DefaultRecursionLimit = 1000

// ModuleDef describes a built-in module. Init runs the first time the module is imported in
// an interpreter; its result is cached in Interp.Modules (sys.modules). stdlib packages export
// their ModuleDef as an immutable package-level value and the embedder registers it with
// Interp.RegisterModule.
type ModuleDef struct {
	Name string
	Init func(th *Thread) (*Module, error)
}

// Hooks are services the vm provides to the runtime (runtime cannot import the vm). The vm
// fills them in right after NewInterp. Each may be nil, in which case the builtin that needs
// it raises RuntimeError / NotImplementedError.
type Hooks struct {
	// Globals returns the globals dict of the innermost running aio frame (globals()).
	Globals func(th *Thread) *Dict
	// Locals returns a dict snapshot of the innermost frame's locals (locals(), vars()).
	Locals func(th *Thread) (*Dict, error)
	// Super resolves zero-argument super(): the class of the enclosing method (__class__)
	// and its first argument.
	Super func(th *Thread) (*Type, Value, error)
	// Import imports a module that is not built in (NAME.aio beside the script). It returns
	// (nil, nil) when no such module exists.
	Import func(th *Thread, name string) (*Module, error)
	// Exec and Eval run source code (exec(), eval()); globals/locals may be nil.
	Exec func(th *Thread, src string, globals, locals *Dict) error
	Eval func(th *Thread, src string, globals, locals *Dict) (Value, error)
	// Frame returns the frame object depth calls out from the innermost running aio frame
	// (sys._getframe); ok is false when the stack is not that deep.
	Frame func(th *Thread, depth int) (v Value, ok bool)
}

// Interp is the state of one interpreter: builtins, modules, sys state, standard streams,
// source lines for tracebacks. Two Interps share nothing mutable.
type Interp struct {
	// Builtins is the builtins module's dict (what unqualified names fall back to).
	Builtins *Dict
	// BuiltinsModule is the builtins module itself.
	BuiltinsModule *Module
	// Modules is sys.modules: module name → *Module.
	Modules *Dict
	defs    map[string]ModuleDef

	// Argv is sys.argv, Path is sys.path.
	Argv []string
	Path []string
	// RecursionLimit is sys.getrecursionlimit().
	RecursionLimit int

	// Stdout, Stderr and Stdin are the interpreter's standard streams (sys.stdout, …).
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	stdin  *bufio.Reader

	// Clock is the event loop's clock (real or virtual); nil until the embedder or the loop
	// sets it.
	Clock Clock
	// Loop is free for the event-loop code (the running loop, Task-N counter, …).
	Loop any

	// Hooks are the vm's services (see Hooks).
	Hooks Hooks

	sources map[string][]string
	nextID  atomic.Uint64
}

// Options configures NewInterp. Zero fields get defaults (os.Stdout, os.Stderr, os.Stdin).
type Options struct {
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	Argv   []string
	Path   []string
}

// NewInterp returns a fresh interpreter with the builtins installed.
func NewInterp(opts Options) *Interp {
	in := &Interp{
		Modules:        NewDict(),
		defs:           map[string]ModuleDef{},
		Argv:           opts.Argv,
		Path:           opts.Path,
		RecursionLimit: DefaultRecursionLimit,
		Stdout:         opts.Stdout,
		Stderr:         opts.Stderr,
		Stdin:          opts.Stdin,
		sources:        map[string][]string{},
	}
	if in.Stdout == nil {
		in.Stdout = os.Stdout
	}
	if in.Stderr == nil {
		in.Stderr = os.Stderr
	}
	if in.Stdin == nil {
		in.Stdin = os.Stdin
	}
	if in.Argv == nil {
		in.Argv = []string{""}
	}
	in.BuiltinsModule = newBuiltinsModule(in)
	in.Builtins = in.BuiltinsModule.Dict
	in.Modules.SetStr("builtins", in.BuiltinsModule)
	return in
}

// NewThread returns a Thread executing aio code in this interpreter. Use one Thread per
// goroutine; the event loop runs everything on one.
func (in *Interp) NewThread() *Thread {
	return &Thread{Interp: in}
}

// RegisterModule makes a built-in module importable. Registering a name twice replaces
// the earlier definition (if not yet imported).
func (in *Interp) RegisterModule(def ModuleDef) {
	in.defs[def.Name] = def
}

// ImportModule returns the module called name: from sys.modules, else by running a
// registered ModuleDef, else through Hooks.Import. It raises ModuleNotFoundError
// ("No module named 'x'") otherwise.
func (in *Interp) ImportModule(th *Thread, name string) (*Module, error) {
	if v, ok := in.Modules.GetStr(name); ok {
		if m, ok := v.(*Module); ok {
			return m, nil
		}
	}
	if def, ok := in.defs[name]; ok {
		m, err := def.Init(th)
		if err != nil {
			return nil, err
		}
		in.Modules.SetStr(name, m)
		return m, nil
	}
	if in.Hooks.Import != nil {
		m, err := in.Hooks.Import(th, name)
		if err != nil {
			return nil, err
		}
		if m != nil {
			in.Modules.SetStr(name, m)
			return m, nil
		}
	}
	e := NewException(ModuleNotFoundErrorType, "No module named "+quoteStr(name))
	e.SetAttr("name", Str(name))
	return nil, e
}

// AddSource records a file's source text, so tracebacks can print its lines (not for a
// pseudo-filename, see SourceLine).
func (in *Interp) AddSource(filename, src string) {
	if !isPseudoFile(filename) {
		in.sources[filename] = splitLinesKeep(src)
	}
}

// SourceLine returns line n (1-based) of filename without its line ending, or "" if unknown.
// A pseudo-filename such as <string> (`aio -c`, exec) or <stdin> (the REPL) has no
// lines, as in CPython, whose linecache finds no such file.
func (in *Interp) SourceLine(filename string, n int) string {
	if isPseudoFile(filename) {
		return ""
	}
	lines, ok := in.sources[filename]
	if !ok {
		b, err := os.ReadFile(filename)
		if err != nil {
			return ""
		}
		lines = splitLinesKeep(string(b))
		in.sources[filename] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// isPseudoFile reports whether filename names no file: <string>, <stdin>, ….
func isPseudoFile(filename string) bool {
	return strings.HasPrefix(filename, "<") && strings.HasSuffix(filename, ">")
}

// StdinReader returns a buffered reader over Stdin (input() reads lines from it).
func (in *Interp) StdinReader() *bufio.Reader {
	if in.stdin == nil {
		in.stdin = bufio.NewReader(in.Stdin)
	}
	return in.stdin
}

func splitLinesKeep(src string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			line := src[start:i]
			if len(line) > 0 && line[len(line)-1] == '\r' {
				line = line[:len(line)-1]
			}
			lines = append(lines, line)
			start = i + 1
		}
	}
	if start < len(src) {
		lines = append(lines, src[start:])
	}
	return lines
}

// Thread is the state of one goroutine executing aio code: its interpreter, the call depth
// (for RecursionError), and the exception being handled (for bare `raise`, sys.exc_info and
// implicit __context__ chaining).
type Thread struct {
	Interp *Interp
	// Depth counts nested aio calls, including Go→aio re-entries. The vm increments it in
	// its function calls through Enter / Leave.
	Depth int
	// Handling is the exception currently being handled (innermost except block), or nil.
	// The vm saves and restores it around except blocks.
	Handling *Exception
	// Frame is the vm's innermost frame (opaque to runtime).
	Frame any
	// Local is free for the vm's per-thread data.
	Local any
	// ctx is the current contextvars.Context (nil: a fresh empty one, made on first set).
	ctx *Context

	reprStack []Value // objects being repr'd (for [...] / {...} on cycles)
	bcache    *builtinCache
	concatBuf []byte  // backing array of the last long str concatenation (see concat)
	argStack  []Value // scratch argument slices of Go calls (see MethodDescr.callSelf)
	strCache  [4]strInfo
	strNext   int
	strArena  []byte // the unused rest of the block small fresh strs are carved from
}

// concat returns a+b. Long results get spare capacity, and when a is exactly the last
// result, b is appended in place: the bytes beyond a's length belong to no string yet,
// so `s += t` in a loop is amortized linear as in CPython. Strings never see their bytes
// change.
func (th *Thread) concat(a, b string) string {
	if th == nil {
		return a + b
	}
	if c := th.concatBuf; len(a) > 0 && len(c) == len(a) && unsafe.StringData(a) == unsafe.SliceData(c) && cap(c)-len(c) >= len(b) {
		c = append(c, b...)
		th.concatBuf = c
		return unsafe.String(unsafe.SliceData(c), len(c))
	}
	n := len(a) + len(b)
	if n < 256 || len(b) == 0 {
		return a + b
	}
	c := make([]byte, n, n*2)
	copy(c, a)
	copy(c[len(a):], b)
	th.concatBuf = c
	return unsafe.String(unsafe.SliceData(c), n)
}

// builtinCache memoizes attribute lookups on built-in types, per thread: built-in types
// never change after init, so entries never go stale, and a per-thread cache needs no
// locking (the types themselves are shared by all interpreters and must stay immutable).
type builtinCache struct {
	entries [512]builtinCacheEntry
}

type builtinCacheEntry struct {
	t     *Type
	ptr   *byte
	n     int
	v     Value
	owner *Type
}

// typeLookup is t.LookupOwner with the per-thread cache for built-in types.
func (th *Thread) typeLookup(t *Type, name string) (Value, *Type) {
	if th == nil || t.IsHeap() || len(name) == 0 {
		return t.LookupOwner(name)
	}
	if th.bcache == nil {
		th.bcache = &builtinCache{}
	}
	ptr := unsafe.StringData(name)
	h := (uintptr(unsafe.Pointer(ptr))>>3 ^ uintptr(unsafe.Pointer(t))>>4 ^ uintptr(len(name))) % 512
	e := &th.bcache.entries[h]
	if e.t == t && e.ptr == ptr && e.n == len(name) {
		return e.v, e.owner
	}
	v, owner := t.lookupMRO(name)
	*e = builtinCacheEntry{t: t, ptr: ptr, n: len(name), v: v, owner: owner}
	return v, owner
}

// Enter increments the call depth, raising RecursionError beyond the recursion limit. Each
// successful Enter must be paired with Leave.
func (th *Thread) Enter() error {
	if th.Depth >= th.Interp.RecursionLimit {
		return NewException(RecursionErrorType, "maximum recursion depth exceeded")
	}
	th.Depth++
	return nil
}

// Leave undoes Enter.
func (th *Thread) Leave() { th.Depth-- }
