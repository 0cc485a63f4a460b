package time

import (
	"testing"
	gotime "time"

	"github.com/aiolang/aio/runtime"
)

func TestVirtualClock(t *testing.T) {
	in := runtime.NewInterp(runtime.Options{})
	in.Clock = runtime.NewVirtualClock()
	in.RegisterModule(Module)
	th := in.NewThread()
	m, err := in.ImportModule(th, "time")
	if err != nil {
		t.Fatal(err)
	}
	callFn := func(name string, args ...runtime.Value) runtime.Value {
		t.Helper()
		fn, _ := m.Dict.GetStr(name)
		v, err := fn.(*runtime.Builtin).Call(th, args, nil)
		if err != nil {
			t.Fatalf("time.%s: %v", name, err)
		}
		return v
	}
	if got := callFn("time"); got != runtime.Float(1_700_000_000.0) {
		t.Errorf("time() = %v", got)
	}
	if got := callFn("monotonic"); got != runtime.Float(1000.0) {
		t.Errorf("monotonic() = %v", got)
	}
	callFn("sleep", runtime.Float(1.5))
	if got := callFn("perf_counter"); got != runtime.Float(1001.5) {
		t.Errorf("perf_counter() after sleep(1.5) = %v", got)
	}
	if got := callFn("time_ns"); got != runtime.Int(1_700_000_001_500_000_000) {
		t.Errorf("time_ns() = %v", got)
	}
	fn, _ := m.Dict.GetStr("sleep")
	if _, err := fn.(*runtime.Builtin).Call(th, []runtime.Value{runtime.Int(-1)}, nil); err == nil ||
		err.Error() != "ValueError: sleep length must be non-negative" {
		t.Errorf("sleep(-1): %v", err)
	}
}

func TestStrftime(t *testing.T) {
	tm := gotime.Date(2023, 11, 14, 22, 13, 20, 0, gotime.UTC)
	got := Strftime("%c|%x|%X|%a %A %b %B %d %H %I %j %m %M %p %S %U %w %W %y %Y %z %Z %%|%e|%D|%T|%F|%R|%C|%G|%V|%u|%h|%k|%l|%P|%s", tm, 1, 318)
	// CPython 3.11: time.strftime(same format, time.gmtime(1_700_000_000))
	want := "Tue Nov 14 22:13:20 2023|11/14/23|22:13:20|Tue Tuesday Nov November 14 22 10 318 11 13 PM 20 46 2 46 23 2023 +0000 UTC %|14|11/14/23|22:13:20|2023-11-14|22:13|20|2023|46|2|Nov|22|10|pm|1700000000"
	if got != want {
		t.Errorf("Strftime =\n%s\nwant\n%s", got, want)
	}
	if got := asctimeOf(gotime.Date(1970, 1, 1, 0, 0, 0, 0, gotime.UTC), 3); got != "Thu Jan  1 00:00:00 1970" {
		t.Errorf("asctime = %q", got)
	}
}
