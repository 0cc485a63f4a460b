// Package os implements aio's os module (the process environment, files and directories)
// in Go, and os.path (posixpath's string rules) in aio itself (path.aio).
package os

import (
	_ "embed"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strings"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
	"github.com/aiolang/aio/stdlib/internal/structseq"
)

//go:embed path.aio
var pathSrc string

// Module is the os module's definition; register it (and PathModule) with
// Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "os", Init: initModule}

// PathModule is os.path's definition.
var PathModule = runtime.ModuleDef{Name: "os.path", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.Load(th, "posixpath", pathSrc)
}}

// environSrc makes os.environ a dict subclass whose changes reach the process
// environment, as in CPython.
const environSrc = `
class _Environ(dict):
    def __setitem__(self, key, value):
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        unsetenv(key)
        dict.__delitem__(self, key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self)


environ = _Environ(_environ_data)
del _environ_data
`

// module holds one interpreter's os state: the stat_result class.
type module struct {
	statResult *runtime.Type
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	sr, err := structseq.NewType(th, "os", "stat_result",
		[]string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"})
	if err != nil {
		return nil, err
	}
	st := &module{statResult: sr}
	m := runtime.NewModule("os")
	d := m.Dict
	d.SetStr("name", runtime.Str(osName()))
	d.SetStr("sep", runtime.Str(string(filepath.Separator)))
	d.SetStr("altsep", runtime.None)
	d.SetStr("extsep", runtime.Str("."))
	d.SetStr("pathsep", runtime.Str(string(filepath.ListSeparator)))
	d.SetStr("linesep", runtime.Str("\n"))
	d.SetStr("curdir", runtime.Str("."))
	d.SetStr("pardir", runtime.Str(".."))
	d.SetStr("devnull", runtime.Str(os.DevNull))
	d.SetStr("stat_result", sr)
	env := runtime.NewDict()
	vars := os.Environ()
	sort.Strings(vars)
	for _, kv := range vars {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env.SetStr(k, runtime.Str(v))
		}
	}
	d.SetStr("_environ_data", env)
	m.AddFunc("putenv", putenv)
	m.AddFunc("unsetenv", unsetenv)
	if exec := th.Interp.Hooks.Exec; exec != nil {
		if err := exec(th, environSrc, d, d); err != nil {
			return nil, err
		}
	} else {
		d.SetStr("environ", env)
	}
	for name, fn := range map[string]runtime.BuiltinFunc{
		"getcwd":   getcwd,
		"chdir":    strFunc("chdir", func(p string) error { return os.Chdir(p) }),
		"listdir":  listdir,
		"mkdir":    strFunc("mkdir", func(p string) error { return os.Mkdir(p, 0o777) }),
		"makedirs": makedirs,
		"remove":   strFunc("remove", removeFile),
		"unlink":   strFunc("unlink", removeFile),
		"rmdir":    strFunc("rmdir", removeDir),
		"rename":   rename,
		"replace":  rename,
		"stat":     st.stat,
		"getenv":   getenv,
		"getpid": func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return runtime.Int(os.Getpid()), nil
		},
		"cpu_count": func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return runtime.Int(goruntime.NumCPU()), nil
		},
		"urandom":   urandom,
		"fspath":    fspath,
		"_realpath": realpath,
	} {
		m.AddFunc(name, fn)
	}
	// os.path imports os: make this module importable before loading it.
	th.Interp.Modules.SetStr("os", m)
	path, err := th.Interp.ImportModule(th, "os.path")
	if err != nil {
		return nil, err
	}
	d.SetStr("path", path)
	return m, nil
}

func osName() string {
	if goruntime.GOOS == "windows" {
		return "nt"
	}
	return "posix"
}

// pathArg converts a path argument (str, or an object with __fspath__).
func pathArg(th *runtime.Thread, fn string, v runtime.Value) (string, error) {
	switch x := v.(type) {
	case runtime.Str:
		return string(x), nil
	case runtime.Bytes:
		return string(x), nil
	}
	if _, ok := v.Type().Lookup("__fspath__"); ok {
		r, err := runtime.CallMethod(th, v, "__fspath__")
		if err != nil {
			return "", err
		}
		if s, ok := r.(runtime.Str); ok {
			return string(s), nil
		}
	}
	return "", runtime.TypeErrorf("%s: path should be string, bytes or os.PathLike, not %s", fn, v.Type().Name)
}

// strFunc makes a function of one path argument that returns None.
func strFunc(name string, f func(string) error) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("%s() missing required argument 'path' (pos 1)", name)
		}
		p, err := pathArg(th, name, args[0])
		if err != nil {
			return nil, err
		}
		if err := f(p); err != nil {
			return nil, runtime.OSErrorFromGo(err, p)
		}
		return runtime.None, nil
	}
}

// removeFile removes a file (not a directory, as os.remove).
func removeFile(p string) error {
	if info, err := os.Lstat(p); err == nil && info.IsDir() {
		return &os.PathError{Op: "remove", Path: p, Err: errIsDir}
	}
	return os.Remove(p)
}

// removeDir removes an empty directory.
func removeDir(p string) error {
	info, err := os.Lstat(p)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return &os.PathError{Op: "rmdir", Path: p, Err: errNotDir}
	}
	return os.Remove(p)
}

func getcwd(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, runtime.OSErrorFromGo(err, "")
	}
	return runtime.Str(wd), nil
}

func listdir(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	p := "."
	if len(args) > 0 && args[0] != runtime.None {
		var err error
		if p, err = pathArg(th, "listdir", args[0]); err != nil {
			return nil, err
		}
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		return nil, runtime.OSErrorFromGo(err, p)
	}
	out := make([]runtime.Value, len(entries))
	for i, e := range entries {
		out[i] = runtime.Str(e.Name())
	}
	return runtime.NewList(out), nil
}

func makedirs(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return nil, runtime.TypeErrorf("makedirs() missing 1 required positional argument: 'name'")
	}
	p, err := pathArg(th, "makedirs", args[0])
	if err != nil {
		return nil, err
	}
	existOK := false
	for i, k := range kwnames {
		if k == "exist_ok" {
			if existOK, err = runtime.Truth(th, args[npos+i]); err != nil {
				return nil, err
			}
		}
	}
	if npos > 2 {
		if existOK, err = runtime.Truth(th, args[2]); err != nil {
			return nil, err
		}
	}
	if info, err := os.Stat(p); err == nil && info.IsDir() && !existOK {
		return nil, runtime.NewOSError(17, "File exists", p)
	}
	if err := os.MkdirAll(p, 0o777); err != nil {
		return nil, runtime.OSErrorFromGo(err, p)
	}
	return runtime.None, nil
}

func rename(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 2 {
		return nil, runtime.TypeErrorf("rename() missing required arguments 'src' and 'dst'")
	}
	src, err := pathArg(th, "rename", args[0])
	if err != nil {
		return nil, err
	}
	dst, err := pathArg(th, "rename", args[1])
	if err != nil {
		return nil, err
	}
	if err := os.Rename(src, dst); err != nil {
		return nil, runtime.OSErrorFromGo(err, src)
	}
	return runtime.None, nil
}

func (st *module) stat(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) < 1 {
		return nil, runtime.TypeErrorf("stat() missing required argument 'path' (pos 1)")
	}
	p, err := pathArg(th, "stat", args[0])
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(p)
	if err != nil {
		return nil, runtime.OSErrorFromGo(err, p)
	}
	return structseq.New(st.statResult, statTuple(info)), nil
}

func getenv(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, runtime.TypeErrorf("getenv() missing 1 required positional argument: 'key'")
	}
	k, ok := args[0].(runtime.Str)
	if !ok {
		return nil, runtime.TypeErrorf("str expected, not %s", args[0].Type().Name)
	}
	if env, ok := th.Interp.Modules.GetStr("os"); ok {
		if m, ok := env.(*runtime.Module); ok {
			if e, ok := m.Dict.GetStr("environ"); ok {
				if d, ok := e.(*runtime.Dict); ok {
					if v, ok := d.GetStr(string(k)); ok {
						return v, nil
					}
					if len(args) == 2 {
						return args[1], nil
					}
					return runtime.None, nil
				}
			}
		}
	}
	if v, ok := os.LookupEnv(string(k)); ok {
		return runtime.Str(v), nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return runtime.None, nil
}

func putenv(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 2 {
		return nil, runtime.TypeErrorf("putenv expected 2 arguments, got %d", len(args))
	}
	k, ok1 := args[0].(runtime.Str)
	v, ok2 := args[1].(runtime.Str)
	if !ok1 || !ok2 {
		return nil, runtime.TypeErrorf("str expected, not %s", args[0].Type().Name)
	}
	if err := os.Setenv(string(k), string(v)); err != nil {
		return nil, runtime.ValueErrorf("illegal environment variable name")
	}
	return runtime.None, nil
}

func unsetenv(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("unsetenv() takes exactly one argument (%d given)", len(args))
	}
	if k, ok := args[0].(runtime.Str); ok {
		os.Unsetenv(string(k))
	}
	return runtime.None, nil
}

func urandom(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("urandom() takes exactly one argument (%d given)", len(args))
	}
	n, ok := runtime.AsInt64(args[0])
	if !ok || n < 0 {
		return nil, runtime.ValueErrorf("negative argument not allowed")
	}
	b := make([]byte, n)
	f, err := os.Open("/dev/urandom")
	if err != nil {
		return nil, runtime.OSErrorFromGo(err, "/dev/urandom")
	}
	defer f.Close()
	if _, err := f.Read(b); err != nil && n > 0 {
		return nil, runtime.OSErrorFromGo(err, "/dev/urandom")
	}
	return runtime.Bytes(b), nil
}

func fspath(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("fspath() takes exactly one argument (%d given)", len(args))
	}
	switch args[0].(type) {
	case runtime.Str, runtime.Bytes:
		return args[0], nil
	}
	p, err := pathArg(th, "fspath", args[0])
	if err != nil {
		return nil, runtime.TypeErrorf("expected str, bytes or os.PathLike object, not %s", args[0].Type().Name)
	}
	return runtime.Str(p), nil
}

func realpath(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	p, err := pathArg(th, "realpath", args[0])
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return runtime.Str(p), nil
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return runtime.Str(r), nil
	}
	return runtime.Str(abs), nil
}
