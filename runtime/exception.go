package runtime

import (
	"fmt"
	"strings"
)

// Frame is one traceback entry: where a frame was executing when the exception passed
// through it. It records the code and the instruction (Src, PC) and resolves them into a
// position (Pos) only when the traceback is shown or inspected, so that raising and
// catching stays cheap.
type Frame struct {
	Src FrameSource
	PC  int
}

// FrameSource resolves the instruction of a traceback entry into its position (the vm's
// code objects implement it).
type FrameSource interface {
	FramePos(pc int) FramePos
}

// FramePos is the position of a traceback entry. Lines are 1-based; columns are 0-based
// UTF-8 byte offsets into the source line (CPython's co_positions), with Col < 0 meaning
// "unknown" (no ^^^ markers).
type FramePos struct {
	Filename string
	Name     string
	Line     int
	EndLine  int
	Col      int
	EndCol   int
}

// FramePos returns p itself: a FramePos is the source of an entry whose position is
// already known.
func (p *FramePos) FramePos(int) FramePos { return *p }

// PosFrame returns a traceback entry at a known position.
func PosFrame(p FramePos) Frame { return Frame{Src: &p} }

// Pos returns the entry's position.
func (f *Frame) Pos() FramePos {
	if f.Src == nil {
		return FramePos{}
	}
	return f.Src.FramePos(f.PC)
}

// Exception is every instance of BaseException, built-in or user subclass.
//
// Traceback is stored innermost frame first: the vm calls AddFrame for each frame the
// exception unwinds through, in unwinding order. FormatTraceback prints it reversed
// (most recent call last).
type Exception struct {
	typ  *Type
	Args Tuple
	// Cause is __cause__ (set by `raise … from …`), Context is __context__ (the exception
	// being handled when this one was raised). SuppressContext is __suppress_context__.
	Cause     *Exception
	Context   *Exception
	Traceback []Frame
	// Notes are the strings added by add_note (__notes__).
	Notes []string
	// Dict holds other attributes (user subclass attributes, name/obj of AttributeError,
	// errno/strerror/filename of OSError, exceptions of ExceptionGroup, …).
	Dict *Dict

	scope *nameScope // names visible where a NameError was raised (suggestions)

	// SuppressContext is __suppress_context__ (set by `raise … from …`).
	SuppressContext bool
}

// excWithArg allocates an exception and the backing array of a one-element Args together.
type excWithArg struct {
	e Exception
	a [1]Value
}

// excWithDict1 / excWithDict2 also hold an attribute dict with room for one or two
// attributes: a user exception class whose instances get attributes (self.code = code)
// costs one allocation.
type excWithDict1 struct {
	e  Exception
	a  [1]Value
	d  Dict
	de [1]dictEntry
}

type excWithDict2 struct {
	e  Exception
	a  [1]Value
	d  Dict
	de [2]dictEntry
}

// newException allocates an exception of type t with the given args (copied), for
// BaseException.__new__.
func newException(t *Type, args []Value) *Exception {
	if t.IsHeap() && t.attrHint == 1 {
		x := &excWithDict1{}
		x.d.entries = x.de[:0]
		x.e.Dict = &x.d
		return x.e.setArgs(t, args, x.a[:])
	}
	if t.IsHeap() && t.attrHint > 1 {
		x := &excWithDict2{}
		x.d.entries = x.de[:0]
		x.e.Dict = &x.d
		return x.e.setArgs(t, args, x.a[:])
	}
	if len(args) == 1 {
		x := &excWithArg{}
		return x.e.setArgs(t, args, x.a[:])
	}
	e := &Exception{}
	return e.setArgs(t, args, nil)
}

func (e *Exception) setArgs(t *Type, args []Value, room []Value) *Exception {
	e.typ = t
	if len(args) > 0 {
		if len(args) <= len(room) {
			n := copy(room, args)
			e.Args = Tuple(room[:n:n])
		} else {
			e.Args = append(Tuple(nil), args...)
		}
	}
	return e
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// Error implements error: "TypeName: message" (or just the type name).
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// Message returns str(e) computed without user code: args[0] for one argument, the tuple's
// repr for several, "" for none (KeyError uses the repr of its one argument).
func (e *Exception) Message() string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.typ.IsSubtype(KeyErrorType) {
			s, err := reprDetached(e.Args[0])
			if err == nil {
				return s
			}
		}
		if s, ok := e.Args[0].(Str); ok {
			return string(s)
		}
		s, _ := ToStr(nil, e.Args[0])
		return s
	}
	s, _ := Repr(nil, e.Args)
	return s
}

// NewException returns an instance of t (a BaseException subclass) with args (msg,), or no
// args when msg is "".
func NewException(t *Type, msg string) *Exception {
	if msg == "" {
		return &Exception{typ: t}
	}
	return &Exception{typ: t, Args: Tuple{Str(msg)}}
}

// NewExceptionArgs returns an instance of t with the given args.
func NewExceptionArgs(t *Type, args ...Value) *Exception {
	return &Exception{typ: t, Args: append(Tuple(nil), args...)}
}

// Errorf returns an instance of t whose message is fmt.Sprintf(format, a...).
func Errorf(t *Type, format string, a ...any) *Exception {
	return NewException(t, fmt.Sprintf(format, a...))
}

// TypeErrorf returns a TypeError with a formatted message.
func TypeErrorf(format string, a ...any) *Exception { return Errorf(TypeErrorType, format, a...) }

// ValueErrorf returns a ValueError with a formatted message.
func ValueErrorf(format string, a ...any) *Exception { return Errorf(ValueErrorType, format, a...) }

// IndexErrorf returns an IndexError with a formatted message.
func IndexErrorf(format string, a ...any) *Exception { return Errorf(IndexErrorType, format, a...) }

// RuntimeErrorf returns a RuntimeError with a formatted message.
func RuntimeErrorf(format string, a ...any) *Exception {
	return Errorf(RuntimeErrorType, format, a...)
}

// KeyError returns KeyError(key).
func KeyError(key Value) *Exception { return NewExceptionArgs(KeyErrorType, key) }

// ZeroDivisionErrorf returns a ZeroDivisionError with a formatted message.
func ZeroDivisionErrorf(format string, a ...any) *Exception {
	return Errorf(ZeroDivisionErrorType, format, a...)
}

// OverflowErrorf returns an OverflowError with a formatted message.
func OverflowErrorf(format string, a ...any) *Exception {
	return Errorf(OverflowErrorType, format, a...)
}

// NameError returns NameError("name 'x' is not defined") carrying the name, so the
// traceback printer can suggest a close match.
func NameError(name string) *Exception {
	e := Errorf(NameErrorType, "name '%s' is not defined", name)
	e.SetAttr("name", Str(name))
	return e
}

// UnboundLocalError returns CPython's error for reading an unassigned local.
func UnboundLocalError(name string) *Exception {
	return Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

// AttributeError returns CPython's "'T' object has no attribute 'x'" carrying obj and
// name for suggestions.
func AttributeError(obj Value, name string) *Exception {
	var e *Exception
	switch o := obj.(type) {
	case *Type:
		e = Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", o.Name, name)
	case *Module:
		e = Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", o.Name, name)
	default:
		e = Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", obj.Type().Name, name)
	}
	e.SetAttr("name", Str(name))
	e.SetAttr("obj", obj)
	return e
}

// StopIteration returns StopIteration(value) (no args for None).
func StopIteration(value Value) *Exception {
	if value == nil || value == None {
		return &Exception{typ: StopIterationType}
	}
	return NewExceptionArgs(StopIterationType, value)
}

// StopIterationValue returns StopIteration.value (args[0] or None).
func (e *Exception) StopIterationValue() Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// AsException converts a Go error to an aio exception: an *Exception is returned as is,
// anything else becomes a SystemError carrying its text.
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return NewException(SystemErrorType, err.Error())
}

// IsInstanceOf reports whether err is an aio exception of type t (or a subclass).
func IsInstanceOf(err error, t *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(t)
}

// AddFrame appends a traceback entry (the vm calls it for each frame it unwinds).
func (e *Exception) AddFrame(f Frame) {
	if e.Traceback == nil {
		e.Traceback = make([]Frame, 0, 4)
	}
	e.Traceback = append(e.Traceback, f)
}

// GetAttr returns an extra attribute stored on the exception.
func (e *Exception) GetAttrStr(name string) (Value, bool) {
	if e.Dict == nil {
		return nil, false
	}
	return e.Dict.GetStr(name)
}

// SetAttr stores an extra attribute on the exception.
func (e *Exception) SetAttr(name string, v Value) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetStr(name, v)
}

// quoteStr returns s in single quotes as CPython's repr would.
func quoteStr(s string) string {
	if !strings.ContainsAny(s, "'\\\n\r\t") && isASCII(s) {
		return "'" + s + "'"
	}
	r, _ := Repr(nil, Str(s))
	return r
}
