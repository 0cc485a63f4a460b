package source

import (
	"testing"

	"github.com/aiolang/aio/runtime"
)

func TestLoadWithoutExec(t *testing.T) {
	th := runtime.NewInterp(runtime.Options{}).NewThread()
	if _, err := Load(th, "m", "x = 1\n"); err == nil || !runtime.IsInstanceOf(err, runtime.ImportErrorType) {
		t.Errorf("Load without an Exec hook: %v, want ImportError", err)
	}
}

func TestLoadWith(t *testing.T) {
	in := runtime.NewInterp(runtime.Options{})
	var gotSrc string
	in.Hooks.Exec = func(th *runtime.Thread, src string, globals, locals *runtime.Dict) error {
		gotSrc = src
		if _, ok := globals.GetStr("helper"); !ok {
			t.Errorf("prepare did not run before the source")
		}
		globals.SetStr("x", runtime.Int(1))
		return nil
	}
	m, err := LoadWith(in.NewThread(), "mod", "x = 1\n", func(m *runtime.Module) {
		m.Dict.SetStr("helper", runtime.True)
	})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := m.Dict.GetStr("x"); v != runtime.Int(1) || gotSrc != "x = 1\n" || m.Name != "mod" {
		t.Errorf("module %v, x = %v, source %q", m.Name, v, gotSrc)
	}
}
