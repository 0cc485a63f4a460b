package sys

import (
	"io"
	"os"
	"strings"
	"unicode/utf8"

	aio "github.com/aiolang/aio/runtime"
)

// stream is sys.stdout, sys.stderr or sys.stdin: a text stream over one of the
// interpreter's standard streams.
type stream struct {
	in   *aio.Interp
	name string // "<stdout>"
	mode string // "w" or "r"
}

// streamType is the type of the standard streams (CPython's _io.TextIOWrapper).
var streamType = newStreamType()

// Type returns TextIOWrapper.
func (s *stream) Type() *aio.Type { return streamType }

func newStream(in *aio.Interp, name, mode string) *stream {
	return &stream{in: in, name: name, mode: mode}
}

// writer is the Go writer behind a writable stream.
func (s *stream) writer() io.Writer {
	if s.name == "<stderr>" {
		return s.in.Stderr
	}
	return s.in.Stdout
}

// file is the *os.File behind the stream, if any.
func (s *stream) file() (*os.File, bool) {
	var v any
	switch s.name {
	case "<stdin>":
		v = s.in.Stdin
	case "<stderr>":
		v = s.in.Stderr
	default:
		v = s.in.Stdout
	}
	f, ok := v.(*os.File)
	return f, ok
}

// streamMethod adapts a method body that receives the stream.
func streamMethod(name string, nargs int, fn func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error)) aio.BuiltinFunc {
	return func(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
		s, ok := args[0].(*stream)
		if !ok {
			return nil, aio.TypeErrorf("descriptor '%s' requires a '_io.TextIOWrapper' object", name)
		}
		args = args[1:]
		if len(kwnames) > 0 {
			return nil, aio.TypeErrorf("%s() takes no keyword arguments", name)
		}
		if nargs >= 0 && len(args) != nargs {
			switch nargs {
			case 0:
				return nil, aio.TypeErrorf("TextIOWrapper.%s() takes no arguments (%d given)", name, len(args))
			default:
				return nil, aio.TypeErrorf("TextIOWrapper.%s() takes exactly one argument (%d given)", name, len(args))
			}
		}
		return fn(th, s, args)
	}
}

func (s *stream) checkWritable() error {
	if s.mode != "w" {
		return aio.NewException(unsupportedOperation(), "not writable")
	}
	return nil
}

func (s *stream) checkReadable() error {
	if s.mode != "r" {
		return aio.NewException(unsupportedOperation(), "not readable")
	}
	return nil
}

// unsupportedOperation is io.UnsupportedOperation (an OSError).
func unsupportedOperation() *aio.Type { return aio.OSErrorType }

func newStreamType() *aio.Type {
	t := aio.NewBuiltinType("TextIOWrapper", "_io", nil, false)
	aio.AddMethod(t, "write", streamMethod("write", 1, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		if err := s.checkWritable(); err != nil {
			return nil, err
		}
		str, ok := args[0].(aio.Str)
		if !ok {
			return nil, aio.TypeErrorf("write() argument must be str, not %s", args[0].Type().Name)
		}
		if _, err := io.WriteString(s.writer(), string(str)); err != nil {
			return nil, aio.NewException(aio.OSErrorType, err.Error())
		}
		return aio.Int(utf8.RuneCountInString(string(str))), nil
	}))
	aio.AddMethod(t, "writelines", streamMethod("writelines", 1, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		if err := s.checkWritable(); err != nil {
			return nil, err
		}
		it, err := aio.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		for {
			v, ok, err := aio.Next(th, it)
			if err != nil {
				return nil, err
			}
			if !ok {
				return aio.None, nil
			}
			str, isStr := v.(aio.Str)
			if !isStr {
				return nil, aio.TypeErrorf("write() argument must be str, not %s", v.Type().Name)
			}
			if _, err := io.WriteString(s.writer(), string(str)); err != nil {
				return nil, aio.NewException(aio.OSErrorType, err.Error())
			}
		}
	}))
	aio.AddMethod(t, "flush", streamMethod("flush", 0, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		if s.mode == "w" {
			if f, ok := s.writer().(interface{ Flush() error }); ok {
				if err := f.Flush(); err != nil {
					return nil, aio.NewException(aio.OSErrorType, err.Error())
				}
			}
		}
		return aio.None, nil
	}))
	aio.AddMethod(t, "readline", streamMethod("readline", -1, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		if err := s.checkReadable(); err != nil {
			return nil, err
		}
		line, err := s.in.StdinReader().ReadString('\n')
		if err != nil && err != io.EOF {
			return nil, aio.NewException(aio.OSErrorType, err.Error())
		}
		return aio.Str(line), nil
	}))
	aio.AddMethod(t, "read", streamMethod("read", -1, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		if err := s.checkReadable(); err != nil {
			return nil, err
		}
		b, err := io.ReadAll(s.in.StdinReader())
		if err != nil {
			return nil, aio.NewException(aio.OSErrorType, err.Error())
		}
		return aio.Str(b), nil
	}))
	aio.AddMethod(t, "readlines", streamMethod("readlines", -1, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		if err := s.checkReadable(); err != nil {
			return nil, err
		}
		b, err := io.ReadAll(s.in.StdinReader())
		if err != nil {
			return nil, aio.NewException(aio.OSErrorType, err.Error())
		}
		var lines []aio.Value
		for _, l := range strings.SplitAfter(string(b), "\n") {
			if l != "" {
				lines = append(lines, aio.Str(l))
			}
		}
		return aio.NewList(lines), nil
	}))
	aio.AddMethod(t, "__iter__", streamMethod("__iter__", 0, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		if err := s.checkReadable(); err != nil {
			return nil, err
		}
		return s, nil
	}))
	aio.AddMethod(t, "__next__", streamMethod("__next__", 0, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		line, err := s.in.StdinReader().ReadString('\n')
		if err != nil && err != io.EOF {
			return nil, aio.NewException(aio.OSErrorType, err.Error())
		}
		if line == "" {
			return nil, aio.StopIteration(nil)
		}
		return aio.Str(line), nil
	}))
	aio.AddMethod(t, "fileno", streamMethod("fileno", 0, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		if f, ok := s.file(); ok {
			return aio.Int(f.Fd()), nil
		}
		return nil, aio.NewException(aio.OSErrorType, "fileno")
	}))
	aio.AddMethod(t, "isatty", streamMethod("isatty", 0, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		if f, ok := s.file(); ok {
			if st, err := f.Stat(); err == nil {
				return aio.BoolOf(st.Mode()&os.ModeCharDevice != 0), nil
			}
		}
		return aio.False, nil
	}))
	aio.AddMethod(t, "readable", streamMethod("readable", 0, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		return aio.BoolOf(s.mode == "r"), nil
	}))
	aio.AddMethod(t, "writable", streamMethod("writable", 0, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		return aio.BoolOf(s.mode == "w"), nil
	}))
	aio.AddMethod(t, "__repr__", streamMethod("__repr__", 0, func(th *aio.Thread, s *stream, args []aio.Value) (aio.Value, error) {
		return aio.Str("<_io.TextIOWrapper name='" + s.name + "' mode='" + s.mode + "' encoding='utf-8'>"), nil
	}))
	for name, get := range map[string]func(s *stream) aio.Value{
		"name":     func(s *stream) aio.Value { return aio.Str(s.name) },
		"mode":     func(s *stream) aio.Value { return aio.Str(s.mode) },
		"encoding": func(s *stream) aio.Value { return aio.Str("utf-8") },
		"errors":   func(s *stream) aio.Value { return aio.Str("strict") },
		"closed":   func(s *stream) aio.Value { return aio.False },
	} {
		t.Dict.SetStr(name, &aio.Property{Get: aio.NewBuiltin(name, func(th *aio.Thread, args []aio.Value, kwnames []string) (aio.Value, error) {
			s, ok := args[0].(*stream)
			if !ok {
				return nil, aio.TypeErrorf("descriptor '%s' requires a '_io.TextIOWrapper' object", name)
			}
			return get(s), nil
		})})
	}
	return t
}
