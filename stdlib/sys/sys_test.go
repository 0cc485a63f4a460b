package sys

import (
	"bytes"
	"testing"

	aio "github.com/aiolang/aio/runtime"
)

func TestSys(t *testing.T) {
	var out bytes.Buffer
	in := aio.NewInterp(aio.Options{Stdout: &out, Argv: []string{"prog.aio", "x"}})
	in.RegisterModule(Module)
	th := in.NewThread()
	m, err := in.ImportModule(th, "sys")
	if err != nil {
		t.Fatal(err)
	}
	get := func(name string) aio.Value {
		v, ok := m.Dict.GetStr(name)
		if !ok {
			t.Fatalf("sys.%s missing", name)
		}
		return v
	}
	argv := get("argv").(*aio.List)
	if len(argv.Items) != 2 || argv.Items[1] != aio.Str("x") {
		t.Errorf("argv = %v", argv.Items)
	}
	if get("maxsize") != aio.Int(1<<63-1) {
		t.Errorf("maxsize = %v", get("maxsize"))
	}
	call := func(name string, args ...aio.Value) (aio.Value, error) {
		return get(name).(*aio.Builtin).Call(th, args, nil)
	}
	if _, err := call("exit", aio.Int(3)); !aio.IsInstanceOf(err, aio.SystemExitType) {
		t.Errorf("exit(3) = %v", err)
	}
	if _, err := call("setrecursionlimit", aio.Int(2000)); err != nil || in.RecursionLimit != 2000 {
		t.Errorf("setrecursionlimit(2000): %v, limit %d", err, in.RecursionLimit)
	}
	if _, err := call("setrecursionlimit", aio.Int(0)); err == nil || err.Error() != "ValueError: recursion limit must be greater or equal than 1" {
		t.Errorf("setrecursionlimit(0): %v", err)
	}
	if v, err := call("getrecursionlimit"); err != nil || v != aio.Int(2000) {
		t.Errorf("getrecursionlimit() = %v, %v", v, err)
	}
	stdout := get("stdout").(*stream)
	write, _ := streamType.Lookup("write")
	n, err := write.(*aio.MethodDescr).Call(th, []aio.Value{stdout, aio.Str("héllo\n")}, nil)
	if err != nil || n != aio.Int(6) || out.String() != "héllo\n" {
		t.Errorf("sys.stdout.write = %v, %v; wrote %q", n, err, out.String())
	}
	vi := get("version_info").(*aio.Object)
	if items := vi.Base.(aio.Tuple); items[0] != aio.Int(3) || items[1] != aio.Int(11) {
		t.Errorf("version_info = %v", items)
	}
}
