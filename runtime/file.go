package runtime

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// File types (what open() returns).
var (
	TextIOType   = NewBuiltinType("TextIOWrapper", "_io", nil, false)
	BufReadType  = NewBuiltinType("BufferedReader", "_io", nil, false)
	BufWriteType = NewBuiltinType("BufferedWriter", "_io", nil, false)
)

// File is an open file or standard stream: text (str) or binary (bytes).
type File struct {
	Name   string
	Mode   string
	Binary bool
	f      *os.File
	r      *bufio.Reader
	w      io.Writer
	bw     *bufio.Writer
	closed bool
	std    bool // a standard stream: close does not close the Go writer
}

// Type returns the file's type.
func (f *File) Type() *Type {
	if !f.Binary {
		return TextIOType
	}
	if f.r != nil {
		return BufReadType
	}
	return BufWriteType
}

// NewStdStream wraps a Go writer or reader as a text stream (sys.stdout, sys.stderr,
// sys.stdin).
func NewStdStream(name string, w io.Writer, r io.Reader) *File {
	f := &File{Name: name, Mode: "w", w: w, std: true}
	if r != nil {
		f.Mode = "r"
		if br, ok := r.(*bufio.Reader); ok {
			f.r = br
		} else {
			f.r = bufio.NewReader(r)
		}
	}
	return f
}

// Repr returns CPython's file repr.
func (f *File) Repr(th *Thread) (string, error) {
	n := quoteStr(f.Name)
	if f.std {
		n = f.Name
	}
	switch f.Type() {
	case TextIOType:
		return "<_io.TextIOWrapper name=" + n + " mode='" + f.Mode + "' encoding='UTF-8'>", nil
	case BufReadType:
		return "<_io.BufferedReader name=" + n + ">", nil
	}
	return "<_io.BufferedWriter name=" + n + ">", nil
}

// OSErrorFromGo converts a Go file error to the matching OSError subclass.
func OSErrorFromGo(err error, filename string) *Exception {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return NewOSError(int(errno), errnoMessage(errno), filename)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return NewOSError(2, "No such file or directory", filename)
	}
	return NewOSError(0, err.Error(), filename)
}

func errnoMessage(e syscall.Errno) string {
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// NewOSError builds OSError(errno, strerror[, filename]) choosing the subclass by errno
// (FileNotFoundError for ENOENT, …).
func NewOSError(errno int, strerror, filename string) *Exception {
	t := osErrorSubclass(errno)
	e := &Exception{typ: t, Args: Tuple{Int(errno), Str(strerror)}}
	e.SetAttr("errno", Int(errno))
	e.SetAttr("strerror", Str(strerror))
	if filename != "" {
		e.SetAttr("filename", Str(filename))
	} else {
		e.SetAttr("filename", None)
	}
	return e
}

func osErrorSubclass(errno int) *Type {
	switch syscall.Errno(errno) {
	case syscall.ENOENT:
		return FileNotFoundErrorType
	case syscall.EEXIST:
		return FileExistsErrorType
	case syscall.EISDIR:
		return IsADirectoryErrorType
	case syscall.ENOTDIR:
		return NotADirectoryErrorType
	case syscall.EACCES, syscall.EPERM:
		return PermissionErrorType
	case syscall.EAGAIN:
		return BlockingIOErrorType
	case syscall.ECHILD:
		return ChildProcessErrorType
	case syscall.EPIPE:
		return BrokenPipeErrorType
	case syscall.ECONNABORTED:
		return ConnectionAbortedErrorType
	case syscall.ECONNREFUSED:
		return ConnectionRefusedErrorType
	case syscall.ECONNRESET:
		return ConnectionResetErrorType
	case syscall.EINTR:
		return InterruptedErrorType
	case syscall.ESRCH:
		return ProcessLookupErrorType
	case syscall.ETIMEDOUT:
		return TimeoutErrorType
	}
	return OSErrorType
}

// Open implements open(name, mode).
func Open(th *Thread, name, mode string) (*File, error) {
	valid := true
	for _, c := range mode {
		if !strings.ContainsRune("rwxabt+", c) {
			valid = false
		}
	}
	if !valid || mode == "" || strings.Count(mode, "r")+strings.Count(mode, "w")+strings.Count(mode, "a")+strings.Count(mode, "x") != 1 {
		return nil, ValueErrorf("invalid mode: '%s'", mode)
	}
	flag := 0
	plus := strings.Contains(mode, "+")
	switch {
	case strings.Contains(mode, "r"):
		flag = os.O_RDONLY
		if plus {
			flag = os.O_RDWR
		}
	case strings.Contains(mode, "w"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if plus {
			flag = os.O_RDWR | os.O_CREATE | os.O_TRUNC
		}
	case strings.Contains(mode, "a"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		if plus {
			flag = os.O_RDWR | os.O_CREATE | os.O_APPEND
		}
	case strings.Contains(mode, "x"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	osf, err := os.OpenFile(name, flag, 0o666)
	if err != nil {
		return nil, OSErrorFromGo(err, name)
	}
	if st, err := osf.Stat(); err == nil && st.IsDir() {
		osf.Close()
		return nil, NewOSError(int(syscall.EISDIR), "Is a directory", name)
	}
	f := &File{Name: name, Mode: mode, Binary: strings.Contains(mode, "b"), f: osf}
	if flag&(os.O_WRONLY|os.O_RDWR) != 0 {
		f.bw = bufio.NewWriter(osf)
		f.w = f.bw
	}
	if flag&os.O_WRONLY == 0 {
		f.r = bufio.NewReader(osf)
	}
	if !strings.Contains(f.Mode, "b") && !strings.Contains(f.Mode, "t") {
		f.Mode = strings.ReplaceAll(mode, "t", "")
	}
	return f, nil
}

func builtinOpen(th *Thread, args []Value, kw []string) (Value, error) {
	var file, mode, buffering, encoding, errs, newline Value
	if err := UnpackArgs("open", args, kw, "file", &file, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errs, "newline?", &newline); err != nil {
		return nil, err
	}
	name, ok := file.(Str)
	if !ok {
		return nil, TypeErrorf("expected str, bytes or os.PathLike object, not %s", file.Type().Name)
	}
	m := "r"
	if mode != nil {
		s, ok := mode.(Str)
		if !ok {
			return nil, TypeErrorf("open() argument 'mode' must be str, not %s", mode.Type().Name)
		}
		m = string(s)
	}
	return Open(th, string(name), m)
}

func (f *File) check() error {
	if f.closed {
		return ValueErrorf("I/O operation on closed file.")
	}
	return nil
}

func (f *File) wrap(b []byte) Value {
	if f.Binary {
		return Bytes(b)
	}
	return Str(b)
}

// Write writes a str (or bytes for binary files) and returns the count.
func (f *File) Write(th *Thread, v Value) (Value, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	if f.w == nil {
		return nil, Errorf(UnsupportedOperationType, "not writable")
	}
	var s string
	if f.Binary {
		switch b := v.(type) {
		case Bytes:
			s = string(b)
		case *ByteArray:
			s = string(b.B)
		default:
			return nil, TypeErrorf("a bytes-like object is required, not '%s'", v.Type().Name)
		}
	} else {
		str, ok := v.(Str)
		if !ok {
			return nil, TypeErrorf("write() argument must be str, not %s", v.Type().Name)
		}
		s = string(str)
	}
	if _, err := io.WriteString(f.w, s); err != nil {
		return nil, OSErrorFromGo(err, f.Name)
	}
	if f.Binary {
		return Int(len(s)), nil
	}
	return Int(StrLen(s)), nil
}

// Close flushes and closes the file.
func (f *File) Close() error {
	if f.closed {
		return nil
	}
	if f.std {
		if fl, ok := f.w.(interface{ Flush() error }); ok {
			fl.Flush()
		}
		return nil
	}
	f.closed = true
	if f.bw != nil {
		f.bw.Flush()
	}
	if f.f != nil {
		return f.f.Close()
	}
	return nil
}

// Next iterates lines.
func (f *File) Next(th *Thread) (Value, bool, error) {
	if err := f.check(); err != nil {
		return nil, false, err
	}
	if f.r == nil {
		return nil, false, Errorf(UnsupportedOperationType, "not readable")
	}
	line, err := f.r.ReadString('\n')
	if line == "" && err != nil {
		return nil, false, nil
	}
	return f.wrap([]byte(line)), true, nil
}

// UnsupportedOperationType is io.UnsupportedOperation.
var UnsupportedOperationType = newExcType2Named("UnsupportedOperation", "io", OSErrorType, ValueErrorType)

func newExcType2Named(name, module string, a, b *Type) *Type {
	t := newExcType2(name, a, b)
	t.Module = module
	return t
}

func fileSelf(args []Value) *File { return args[0].(*File) }

func init() {
	methods := map[string]BuiltinFunc{
		"read": func(th *Thread, args []Value, kw []string) (Value, error) {
			f := fileSelf(args)
			n := -1
			var size Value
			if err := UnpackArgs("read", args[1:], kw, "size?", &size); err != nil {
				return nil, err
			}
			if size != nil && size != None {
				n64, _ := IndexValue(size)
				n = int(n64)
			}
			if err := f.check(); err != nil {
				return nil, err
			}
			if f.r == nil {
				return nil, Errorf(UnsupportedOperationType, "not readable")
			}
			if n < 0 {
				b, err := io.ReadAll(f.r)
				if err != nil {
					return nil, OSErrorFromGo(err, f.Name)
				}
				return f.wrap(b), nil
			}
			if f.Binary {
				b := make([]byte, n)
				m, _ := io.ReadFull(f.r, b)
				return Bytes(b[:m]), nil
			}
			var sb strings.Builder
			for i := 0; i < n; i++ {
				r, _, err := f.r.ReadRune()
				if err != nil {
					break
				}
				sb.WriteRune(r)
			}
			return Str(sb.String()), nil
		},
		"readline": func(th *Thread, args []Value, kw []string) (Value, error) {
			f := fileSelf(args)
			v, ok, err := f.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				return f.wrap(nil), nil
			}
			return v, nil
		},
		"readlines": func(th *Thread, args []Value, kw []string) (Value, error) {
			f := fileSelf(args)
			var out []Value
			for {
				v, ok, err := f.Next(th)
				if err != nil {
					return nil, err
				}
				if !ok {
					return &List{Items: out}, nil
				}
				out = append(out, v)
			}
		},
		"write": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("write", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			return fileSelf(args).Write(th, args[1])
		},
		"writelines": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("writelines", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			f := fileSelf(args)
			return None, ForEach(th, args[1], func(v Value) error {
				_, err := f.Write(th, v)
				return err
			})
		},
		"close": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, fileSelf(args).Close()
		},
		"flush": func(th *Thread, args []Value, kw []string) (Value, error) {
			f := fileSelf(args)
			if fl, ok := f.w.(interface{ Flush() error }); ok {
				fl.Flush()
			}
			return None, nil
		},
		"__enter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return args[0], fileSelf(args).check()
		},
		"__exit__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, fileSelf(args).Close()
		},
		"__iter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return args[0], fileSelf(args).check()
		},
		"__next__": func(th *Thread, args []Value, kw []string) (Value, error) {
			v, ok, err := fileSelf(args).Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, StopIteration(nil)
			}
			return v, nil
		},
		"readable": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Bool(fileSelf(args).r != nil), nil
		},
		"writable": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Bool(fileSelf(args).w != nil), nil
		},
		"fileno": func(th *Thread, args []Value, kw []string) (Value, error) {
			f := fileSelf(args)
			if f.f != nil {
				return Int(f.f.Fd()), nil
			}
			return Int(1), nil
		},
		"isatty": func(th *Thread, args []Value, kw []string) (Value, error) {
			return False, nil
		},
	}
	for _, t := range []*Type{TextIOType, BufReadType, BufWriteType} {
		for name, fn := range methods {
			AddMethod(t, name, fn)
		}
		addGetSet(t, "closed", func(th *Thread, obj Value) (Value, error) {
			return Bool(obj.(*File).closed), nil
		}, nil)
		addGetSet(t, "name", func(th *Thread, obj Value) (Value, error) {
			return Str(obj.(*File).Name), nil
		}, nil)
		addGetSet(t, "mode", func(th *Thread, obj Value) (Value, error) {
			return Str(obj.(*File).Mode), nil
		}, nil)
	}
	addGetSet(TextIOType, "encoding", func(th *Thread, obj Value) (Value, error) {
		return Str("UTF-8"), nil
	}, nil)
}
