// Package traceback implements aio's traceback module: format_exc, print_exc,
// format_exception, print_exception and format_exception_only, printing exactly what an
// uncaught exception prints (the runtime's FormatTraceback).
package traceback

import (
	"io"
	"strings"

	"github.com/aiolang/aio/runtime"
)

// Module is the traceback module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "traceback", Init: initModule}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("traceback")
	m.AddFunc("format_exc", formatExc)
	m.AddFunc("print_exc", printExc)
	m.AddFunc("format_exception", formatException)
	m.AddFunc("print_exception", printException)
	m.AddFunc("format_exception_only", formatExceptionOnly)
	return m, nil
}

// splitKw separates the positional arguments from the keyword arguments.
func splitKw(args []runtime.Value, kwnames []string) ([]runtime.Value, map[string]runtime.Value) {
	npos := len(args) - len(kwnames)
	kw := map[string]runtime.Value{}
	for i, k := range kwnames {
		kw[k] = args[npos+i]
	}
	return args[:npos], kw
}

// exceptionArg finds the exception in the arguments of format_exception and friends:
// (exc) or the old (type, value, tb) form.
func exceptionArg(name string, pos []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error) {
	switch {
	case len(pos) >= 2:
		return pos[1], nil
	case len(pos) == 1:
		if v, ok := kw["value"]; ok {
			return v, nil
		}
		return pos[0], nil
	}
	if v, ok := kw["exc"]; ok {
		return v, nil
	}
	return nil, runtime.TypeErrorf("%s() missing 1 required positional argument: 'exc'", name)
}

// format formats v (an exception or None) as CPython prints it.
func format(th *runtime.Thread, v runtime.Value) string {
	e, ok := v.(*runtime.Exception)
	if !ok {
		return "NoneType: None\n"
	}
	return runtime.FormatTraceback(th, e)
}

// lines splits text into lines that keep their newlines.
func lines(text string) runtime.Value {
	var out []runtime.Value
	for _, l := range strings.SplitAfter(text, "\n") {
		if l != "" {
			out = append(out, runtime.Str(l))
		}
	}
	return runtime.NewList(out)
}

// write writes text to file (an object with write) or to the interpreter's stderr.
func write(th *runtime.Thread, file runtime.Value, text string) error {
	if file == nil || file == runtime.None {
		_, err := io.WriteString(th.Interp.Stderr, text)
		if err != nil {
			return runtime.NewException(runtime.OSErrorType, err.Error())
		}
		return nil
	}
	_, err := runtime.CallMethod(th, file, "write", runtime.Str(text))
	return err
}

func handling(th *runtime.Thread) runtime.Value {
	if th.Handling != nil {
		return th.Handling
	}
	return runtime.None
}

func formatExc(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	return runtime.Str(format(th, handling(th))), nil
}

func printExc(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	_, kw := splitKw(args, kwnames)
	return runtime.None, write(th, kw["file"], format(th, handling(th)))
}

func formatException(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw := splitKw(args, kwnames)
	v, err := exceptionArg("format_exception", pos, kw)
	if err != nil {
		return nil, err
	}
	return lines(format(th, v)), nil
}

func printException(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw := splitKw(args, kwnames)
	v, err := exceptionArg("print_exception", pos, kw)
	if err != nil {
		return nil, err
	}
	return runtime.None, write(th, kw["file"], format(th, v))
}

func formatExceptionOnly(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw := splitKw(args, kwnames)
	v, err := exceptionArg("format_exception_only", pos, kw)
	if err != nil {
		return nil, err
	}
	e, ok := v.(*runtime.Exception)
	if !ok {
		return lines("NoneType: None\n"), nil
	}
	return lines(runtime.ExceptionLine(th, e) + "\n"), nil
}
