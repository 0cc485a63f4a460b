package vm

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/aiolang/aio/runtime"
)

// importName is IMPORT_NAME: __import__(name, globals, None, fromlist, level). Without a
// fromlist `import a.b.c` binds the top package a, so that is what it returns; with one it
// returns a.b.c itself.
func importName(th *runtime.Thread, name string, fromlist, level runtime.Value, globals *runtime.Dict) (runtime.Value, error) {
	lvl, _ := runtime.AsInt64(level)
	full := name
	if lvl > 0 {
		base, err := resolveRelative(globals, int(lvl))
		if err != nil {
			return nil, err
		}
		if name == "" {
			full = base
		} else {
			full = base + "." + name
		}
	}
	parts := strings.Split(full, ".")
	var top, parent, m *runtime.Module
	for i := range parts {
		prefix := strings.Join(parts[:i+1], ".")
		var err error
		m, err = th.Interp.ImportModule(th, prefix)
		if err != nil {
			return nil, err
		}
		if parent != nil {
			if _, ok := parent.Dict.GetStr(parts[i]); !ok {
				parent.Dict.SetStr(parts[i], m)
			}
		}
		if i == 0 {
			top = m
		}
		parent = m
	}
	hasFrom := false
	switch f := fromlist.(type) {
	case runtime.Tuple:
		hasFrom = len(f) > 0
	case *runtime.List:
		hasFrom = len(f.Items) > 0
	}
	if hasFrom || lvl > 0 && name == "" {
		return m, nil
	}
	if lvl > 0 {
		// `from . import x` style imports always have a fromlist; a relative `import`
		// statement does not exist, so this only serves __import__ callers.
		return m, nil
	}
	return top, nil
}

// resolveRelative returns the package a relative import of the given level starts from.
func resolveRelative(globals *runtime.Dict, level int) (string, error) {
	var pkg string
	if p, ok := globals.GetStr("__package__"); ok {
		if s, ok := p.(runtime.Str); ok {
			pkg = string(s)
		}
	}
	if pkg == "" {
		if n, ok := globals.GetStr("__name__"); ok {
			if s, ok := n.(runtime.Str); ok && s != "__main__" {
				pkg = string(s)
				if _, isPkg := globals.GetStr("__path__"); !isPkg {
					if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
						pkg = pkg[:i]
					} else {
						pkg = ""
					}
				}
			}
		}
	}
	if pkg == "" {
		return "", runtime.Errorf(runtime.ImportErrorType, "attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", runtime.Errorf(runtime.ImportErrorType, "attempted relative import beyond top-level package")
	}
	return strings.Join(parts[:len(parts)-(level-1)], "."), nil
}

// importFrom is IMPORT_FROM: module.name, falling back to the submodule module.name.
func importFrom(th *runtime.Thread, module runtime.Value, name string) (runtime.Value, error) {
	v, ok, err := runtime.LookupAttr(th, module, name)
	if err != nil && !runtime.IsInstanceOf(err, runtime.AttributeErrorType) {
		return nil, err
	}
	if ok {
		return v, nil
	}
	modName := "<unknown module name>"
	location := "unknown location"
	if m, ok := module.(*runtime.Module); ok {
		modName = m.Name
		if n, ok := m.Dict.GetStr("__name__"); ok {
			if s, ok := n.(runtime.Str); ok {
				modName = string(s)
			}
		}
		sub, err := th.Interp.ImportModule(th, modName+"."+name)
		if err == nil {
			return sub, nil
		}
		if !runtime.IsInstanceOf(err, runtime.ModuleNotFoundErrorType) {
			return nil, err
		}
		if f, ok := m.Dict.GetStr("__file__"); ok {
			if s, ok := f.(runtime.Str); ok {
				location = string(s)
			}
		}
	}
	e := runtime.Errorf(runtime.ImportErrorType, "cannot import name '%s' from '%s' (%s)", name, modName, location)
	e.SetAttr("name", runtime.Str(modName))
	return nil, e
}

// importStar is IMPORT_STAR: copies the module's public names (its __all__, or every name
// not starting with an underscore) into ns.
func importStar(th *runtime.Thread, module runtime.Value, ns *runtime.Dict) error {
	m, ok := module.(*runtime.Module)
	if !ok {
		return runtime.TypeErrorf("import * requires a module")
	}
	if all, ok := m.Dict.GetStr("__all__"); ok {
		return forEach(th, all, func(n runtime.Value) error {
			s, ok := n.(runtime.Str)
			if !ok {
				return runtime.TypeErrorf("Item in %s.__all__ must be str, not %s", m.Name, runtime.TypeName(n))
			}
			v, err := runtime.GetAttr(th, m, string(s))
			if err != nil {
				return err
			}
			ns.SetStr(string(s), v)
			return nil
		})
	}
	var err error
	m.Dict.Items(func(k, v runtime.Value) bool {
		s, ok := k.(runtime.Str)
		if ok && !strings.HasPrefix(string(s), "_") {
			ns.SetStr(string(s), v)
		}
		return true
	})
	return err
}

// findSource looks for the source of module name (dotted) under the directories of
// sys.path: NAME.aio, or NAME/__init__.aio for a package.
func findSource(path []string, name string) (file string, isPkg bool) {
	rel := filepath.Join(strings.Split(name, ".")...)
	for _, dir := range path {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, rel+".aio")
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, false
		}
		p = filepath.Join(dir, rel, "__init__.aio")
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, true
		}
	}
	return "", false
}
