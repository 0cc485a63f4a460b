// Package time implements aio's time module. Every clock reading goes through the
// interpreter's runtime.Clock, so under --clock=virtual time.time() starts at
// 1_700_000_000.0, time.monotonic() and time.perf_counter() at 1000.0, and time.sleep
// advances the clock without waiting — pyref's constants.
package time

import (
	"math"
	gotime "time"

	"github.com/aiolang/aio/runtime"
)

// Module is the time module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "time", Init: initModule}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("time")
	cal, err := newCalendar(th)
	if err != nil {
		return nil, err
	}
	for name, fn := range map[string]runtime.BuiltinFunc{
		"time":            clockFunc("time", func(c runtime.Clock) float64 { return c.Time() }),
		"monotonic":       clockFunc("monotonic", func(c runtime.Clock) float64 { return c.Monotonic() }),
		"perf_counter":    clockFunc("perf_counter", func(c runtime.Clock) float64 { return c.Monotonic() }),
		"time_ns":         clockNsFunc("time_ns", func(c runtime.Clock) float64 { return c.Time() }),
		"monotonic_ns":    clockNsFunc("monotonic_ns", func(c runtime.Clock) float64 { return c.Monotonic() }),
		"perf_counter_ns": clockNsFunc("perf_counter_ns", func(c runtime.Clock) float64 { return c.Monotonic() }),
		"process_time":    processTime,
		"process_time_ns": processTimeNs,
		"thread_time":     processTime,
		"thread_time_ns":  processTimeNs,
		"sleep":           sleep,
		"gmtime":          cal.gmtime,
		"localtime":       cal.localtime,
		"mktime":          mktime,
		"strftime":        strftime,
		"asctime":         asctime,
		"ctime":           ctime,
	} {
		m.AddFunc(name, fn)
	}
	m.Dict.SetStr("struct_time", cal.structTime)
	name, offset := gotime.Now().Zone()
	m.Dict.SetStr("timezone", runtime.Int(-offset))
	m.Dict.SetStr("altzone", runtime.Int(-offset))
	m.Dict.SetStr("daylight", runtime.Int(0))
	m.Dict.SetStr("tzname", runtime.Tuple{runtime.Str(name), runtime.Str(name)})
	return m, nil
}

// noArgs checks that a function got no arguments.
func noArgs(name string, args []runtime.Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return runtime.TypeErrorf("time.%s() takes no keyword arguments", name)
	}
	if len(args) != 0 {
		return runtime.TypeErrorf("time.%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// clockFunc makes a function returning a clock reading in seconds.
func clockFunc(name string, read func(runtime.Clock) float64) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := noArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return runtime.Float(read(runtime.InterpClock(th.Interp))), nil
	}
}

// clockNsFunc makes a function returning a clock reading in nanoseconds, computed as pyref
// computes it: int(seconds * 1e9).
func clockNsFunc(name string, read func(runtime.Clock) float64) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := noArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return runtime.Int(int64(read(runtime.InterpClock(th.Interp)) * 1e9)), nil
	}
}

// processStart is when this process started, for process_time (an approximation: the
// Go runtime does not expose CPU time portably).
var processStart = gotime.Now()

func processTime(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := noArgs("process_time", args, kwnames); err != nil {
		return nil, err
	}
	return runtime.Float(cpuTime().Seconds()), nil
}

func processTimeNs(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := noArgs("process_time_ns", args, kwnames); err != nil {
		return nil, err
	}
	return runtime.Int(cpuTime().Nanoseconds()), nil
}

// seconds converts a duration argument (int or float, or an object with __float__ /
// __index__) to float seconds.
func seconds(th *runtime.Thread, v runtime.Value) (float64, error) {
	if _, ok := v.(*runtime.BigInt); ok {
		return 0, runtime.OverflowErrorf("timestamp too large to convert to C _PyTime_t")
	}
	if f, ok, err := runtime.FloatOfReal(v); ok {
		return f, err
	}
	for _, special := range [...]string{"__float__", "__index__"} {
		if _, ok := v.Type().Lookup(special); ok {
			r, err := runtime.CallMethod(th, v, special)
			if err != nil {
				return 0, err
			}
			return seconds(th, r)
		}
	}
	return 0, runtime.TypeErrorf("'%s' object cannot be interpreted as an integer", v.Type().Name)
}

func sleep(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(kwnames) > 0 {
		return nil, runtime.TypeErrorf("time.sleep() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("time.sleep() takes exactly one argument (%d given)", len(args))
	}
	s, err := seconds(th, args[0])
	if err != nil {
		return nil, err
	}
	if math.IsNaN(s) {
		return nil, runtime.ValueErrorf("Invalid value NaN (not a number)")
	}
	if s < 0 {
		return nil, runtime.ValueErrorf("sleep length must be non-negative")
	}
	runtime.ClockSleep(th, s)
	return runtime.None, nil
}
