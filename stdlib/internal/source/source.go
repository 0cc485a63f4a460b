// Package source loads stdlib modules written in aio itself: the module's source is
// embedded in its Go package and run, when the module is first imported, through the
// interpreter's Exec hook (the vm provides it; stdlib never imports the vm).
package source

import "github.com/aiolang/aio/runtime"

// Load runs src as the body of a new module called name and returns the module.
func Load(th *runtime.Thread, name, src string) (*runtime.Module, error) {
	return LoadWith(th, name, src, nil)
}

// LoadWith is Load with a function that fills the module (with Go functions the source
// uses, say) before the source runs.
func LoadWith(th *runtime.Thread, name, src string, prepare func(m *runtime.Module)) (*runtime.Module, error) {
	exec := th.Interp.Hooks.Exec
	if exec == nil {
		return nil, runtime.Errorf(runtime.ImportErrorType, "cannot import %s: this interpreter cannot run aio source", name)
	}
	m := runtime.NewModule(name)
	m.Dict.SetStr("__file__", runtime.Str("<aio stdlib>/"+name+".aio"))
	m.Dict.SetStr("__builtins__", th.Interp.BuiltinsModule)
	if prepare != nil {
		prepare(m)
	}
	if err := exec(th, src, m.Dict, m.Dict); err != nil {
		return nil, err
	}
	return m, nil
}
