// Package sys implements aio's sys module: argv, exit, the standard streams, the recursion
// limit, version information, modules and path.
package sys

import (
	"math"
	"runtime"

	aio "github.com/aiolang/aio/runtime"
)

// Module is the sys module's definition; register it with Interp.RegisterModule.
var Module = aio.ModuleDef{Name: "sys", Init: initModule}

// The version aio reports: CPython 3.11's language, aio's own build.
const (
	major        = 3
	minor        = 11
	micro        = 0
	releaseLevel = "final"
	serial       = 0
	// Version is sys.version.
	Version = "3.11.0 (aio) [Go]"
)

func initModule(th *aio.Thread) (*aio.Module, error) {
	in := th.Interp
	m := aio.NewModule("sys")
	d := m.Dict
	argv := make([]aio.Value, len(in.Argv))
	for i, a := range in.Argv {
		argv[i] = aio.Str(a)
	}
	d.SetStr("argv", aio.NewList(argv))
	path := make([]aio.Value, len(in.Path))
	for i, p := range in.Path {
		path[i] = aio.Str(p)
	}
	d.SetStr("path", aio.NewList(path))
	m.AddFunc("_set_path", setPath)
	if exec := in.Hooks.Exec; exec != nil {
		// sys.path is a list whose changes reach the interpreter's import path.
		if err := exec(th, pathSrc, d, d); err != nil {
			return nil, err
		}
	}
	d.SetStr("modules", in.Modules)
	d.SetStr("version", aio.Str(Version))
	vi, err := newVersionInfo(th)
	if err != nil {
		return nil, err
	}
	d.SetStr("version_info", vi)
	d.SetStr("hexversion", aio.Int(major<<24|minor<<16|micro<<8|0xf<<4|serial))
	d.SetStr("implementation_name", aio.Str("aio"))
	d.SetStr("platform", aio.Str(platform()))
	d.SetStr("byteorder", aio.Str("little"))
	d.SetStr("maxsize", aio.Int(math.MaxInt64))
	d.SetStr("maxunicode", aio.Int(0x10ffff))
	d.SetStr("executable", aio.Str(""))
	d.SetStr("prefix", aio.Str(""))
	d.SetStr("builtin_module_names", aio.Tuple{aio.Str("builtins"), aio.Str("sys")})
	fi, err := floatInfo(th)
	if err != nil {
		return nil, err
	}
	d.SetStr("float_info", fi)
	d.SetStr("dont_write_bytecode", aio.True)
	stdout := newStream(in, "<stdout>", "w")
	stderr := newStream(in, "<stderr>", "w")
	stdin := newStream(in, "<stdin>", "r")
	for name, v := range map[string]aio.Value{
		"stdout": stdout, "__stdout__": stdout,
		"stderr": stderr, "__stderr__": stderr,
		"stdin": stdin, "__stdin__": stdin,
	} {
		d.SetStr(name, v)
	}
	m.AddFunc("exit", exit)
	m.AddFunc("getrecursionlimit", getRecursionLimit)
	m.AddFunc("_getframe", getFrame)
	m.AddFunc("setrecursionlimit", setRecursionLimit)
	m.AddFunc("getdefaultencoding", constFunc("getdefaultencoding", aio.Str("utf-8")))
	m.AddFunc("getfilesystemencoding", constFunc("getfilesystemencoding", aio.Str("utf-8")))
	m.AddFunc("intern", intern)
	m.AddFunc("exc_info", excInfo)
	m.AddFunc("exception", exception)
	return m, nil
}

// platform is sys.platform for the running system ("linux", "darwin", "win32").
func platform() string {
	switch runtime.GOOS {
	case "windows":
		return "win32"
	case "darwin", "linux":
		return runtime.GOOS
	}
	return runtime.GOOS
}

// pathSrc makes sys.path a list subclass that tells the interpreter about its changes
// (the importer searches Interp.Path).
const pathSrc = `
class _PathList(list):
    def _changed(self):
        _set_path([p for p in self if isinstance(p, str)])

    def append(self, item):
        list.append(self, item)
        self._changed()

    def insert(self, index, item):
        list.insert(self, index, item)
        self._changed()

    def extend(self, items):
        list.extend(self, items)
        self._changed()

    def remove(self, item):
        list.remove(self, item)
        self._changed()

    def pop(self, *args):
        item = list.pop(self, *args)
        self._changed()
        return item

    def clear(self):
        list.clear(self)
        self._changed()

    def __setitem__(self, index, value):
        list.__setitem__(self, index, value)
        self._changed()

    def __delitem__(self, index):
        list.__delitem__(self, index)
        self._changed()

    def __iadd__(self, items):
        list.extend(self, items)
        self._changed()
        return self


path = _PathList(path)
del _PathList
`

// setPath implements _set_path(list of str): the interpreter's import path.
func setPath(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
	if len(args) != 1 {
		return nil, aio.TypeErrorf("_set_path() takes exactly one argument")
	}
	l, ok := args[0].(*aio.List)
	if !ok {
		return nil, aio.TypeErrorf("_set_path() argument must be a list")
	}
	path := make([]string, 0, len(l.Items))
	for _, v := range l.Items {
		if s, ok := v.(aio.Str); ok {
			path = append(path, string(s))
		}
	}
	th.Interp.Path = path
	return aio.None, nil
}

// noArgs checks that a function got no arguments.
func noArgs(name string, args []aio.Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return aio.TypeErrorf("sys.%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return aio.TypeErrorf("sys.%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// constFunc returns a function of no arguments that returns v.
func constFunc(name string, v aio.Value) aio.BuiltinFunc {
	return func(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
		if err := noArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return v, nil
	}
}

// exit raises SystemExit(code): the interpreter exits with code (0 for None, 1 after
// printing anything else that is not an int).
func exit(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
	if len(kwnames) > 0 {
		return nil, aio.TypeErrorf("sys.exit() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, aio.TypeErrorf("exit expected at most 1 argument, got %d", len(args))
	}
	// args belongs to the caller (it may be the vm's stack): copy it.
	return nil, aio.NewExceptionArgs(aio.SystemExitType, append([]aio.Value(nil), args...)...)
}

// getFrame is sys._getframe([depth]): the frame object depth calls out from the caller's.
func getFrame(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
	var depth aio.Value = aio.Int(0)
	if err := aio.UnpackArgs("_getframe", args, kwnames, "depth?", &depth); err != nil {
		return nil, err
	}
	d, err := cInt(depth)
	if err != nil {
		return nil, err
	}
	if hook := th.Interp.Hooks.Frame; hook != nil {
		if f, ok := hook(th, int(max(d, 0))); ok { // (a negative depth is the caller's frame)
			return f, nil
		}
	}
	return nil, aio.NewException(aio.ValueErrorType, "call stack is not deep enough")
}

func getRecursionLimit(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
	if err := noArgs("getrecursionlimit", args, kwnames); err != nil {
		return nil, err
	}
	return aio.Int(th.Interp.RecursionLimit), nil
}

// cInt converts v as CPython's argument parsing converts an int argument to a C int.
func cInt(v aio.Value) (int64, error) {
	var n int64
	switch v := v.(type) {
	case aio.Int:
		n = int64(v)
	case aio.Bool:
		if v {
			n = 1
		}
	case *aio.BigInt:
		return 0, aio.OverflowErrorf("Python int too large to convert to C int")
	case aio.Float:
		return 0, aio.TypeErrorf("'float' object cannot be interpreted as an integer")
	default:
		i, ok := aio.AsInt64(v)
		if !ok {
			return 0, aio.TypeErrorf("'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		n = i
	}
	if n > math.MaxInt32 || n < math.MinInt32 {
		return 0, aio.OverflowErrorf("Python int too large to convert to C int")
	}
	return n, nil
}

func setRecursionLimit(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
	if len(kwnames) > 0 {
		return nil, aio.TypeErrorf("sys.setrecursionlimit() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, aio.TypeErrorf("sys.setrecursionlimit() takes exactly one argument (%d given)", len(args))
	}
	n, err := cInt(args[0])
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, aio.ValueErrorf("recursion limit must be greater or equal than 1")
	}
	// (CPython counts the call of setrecursionlimit itself in the depth)
	if depth := th.Depth + 1; int(n) <= depth {
		return nil, aio.Errorf(aio.RecursionErrorType,
			"cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, depth)
	}
	th.Interp.RecursionLimit = int(n)
	return aio.None, nil
}

func intern(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, aio.TypeErrorf("intern() takes exactly one argument (%d given)", len(args))
	}
	if _, ok := args[0].(aio.Str); !ok {
		return nil, aio.TypeErrorf("intern() argument must be str, not %s", args[0].Type().Name)
	}
	return args[0], nil
}

// excInfo returns (type, value, traceback) of the exception being handled, or
// (None, None, None).
func excInfo(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
	if err := noArgs("exc_info", args, kwnames); err != nil {
		return nil, err
	}
	if e := th.Handling; e != nil {
		return aio.Tuple{e.Type(), e, newTraceback(e)}, nil
	}
	return aio.Tuple{aio.None, aio.None, aio.None}, nil
}

// exception returns the exception being handled, or None.
func exception(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
	if err := noArgs("exception", args, kwnames); err != nil {
		return nil, err
	}
	if e := th.Handling; e != nil {
		return e, nil
	}
	return aio.None, nil
}
