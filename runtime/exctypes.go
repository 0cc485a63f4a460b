package runtime

// The built-in exception hierarchy (CPython 3.11, in the same shape).
var (
	BaseExceptionType             = newExcType("BaseException", ObjectType)
	BaseExceptionGroupType        = newExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionType                 = newExcType("Exception", BaseExceptionType)
	GeneratorExitType             = newExcType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType         = newExcType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType                = newExcType("SystemExit", BaseExceptionType)
	ArithmeticErrorType           = newExcType("ArithmeticError", ExceptionType)
	AssertionErrorType            = newExcType("AssertionError", ExceptionType)
	AttributeErrorType            = newExcType("AttributeError", ExceptionType)
	BufferErrorType               = newExcType("BufferError", ExceptionType)
	EOFErrorType                  = newExcType("EOFError", ExceptionType)
	ImportErrorType               = newExcType("ImportError", ExceptionType)
	LookupErrorType               = newExcType("LookupError", ExceptionType)
	MemoryErrorType               = newExcType("MemoryError", ExceptionType)
	NameErrorType                 = newExcType("NameError", ExceptionType)
	OSErrorType                   = newExcType("OSError", ExceptionType)
	ReferenceErrorType            = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType              = newExcType("RuntimeError", ExceptionType)
	StopAsyncIterationType        = newExcType("StopAsyncIteration", ExceptionType)
	StopIterationType             = newExcType("StopIteration", ExceptionType)
	SyntaxErrorType               = newExcType("SyntaxError", ExceptionType)
	SystemErrorType               = newExcType("SystemError", ExceptionType)
	TypeErrorType                 = newExcType("TypeError", ExceptionType)
	ValueErrorType                = newExcType("ValueError", ExceptionType)
	WarningType                   = newExcType("Warning", ExceptionType)
	FloatingPointErrorType        = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType             = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType         = newExcType("ZeroDivisionError", ArithmeticErrorType)
	BytesWarningType              = newExcType("BytesWarning", WarningType)
	DeprecationWarningType        = newExcType("DeprecationWarning", WarningType)
	EncodingWarningType           = newExcType("EncodingWarning", WarningType)
	FutureWarningType             = newExcType("FutureWarning", WarningType)
	ImportWarningType             = newExcType("ImportWarning", WarningType)
	PendingDeprecationWarningType = newExcType("PendingDeprecationWarning", WarningType)
	ResourceWarningType           = newExcType("ResourceWarning", WarningType)
	RuntimeWarningType            = newExcType("RuntimeWarning", WarningType)
	SyntaxWarningType             = newExcType("SyntaxWarning", WarningType)
	UnicodeWarningType            = newExcType("UnicodeWarning", WarningType)
	UserWarningType               = newExcType("UserWarning", WarningType)
	BlockingIOErrorType           = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType         = newExcType("ChildProcessError", OSErrorType)
	ConnectionErrorType           = newExcType("ConnectionError", OSErrorType)
	FileExistsErrorType           = newExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType         = newExcType("FileNotFoundError", OSErrorType)
	InterruptedErrorType          = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType         = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType        = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType           = newExcType("PermissionError", OSErrorType)
	ProcessLookupErrorType        = newExcType("ProcessLookupError", OSErrorType)
	TimeoutErrorType              = newExcType("TimeoutError", OSErrorType)
	IndentationErrorType          = newExcType("IndentationError", SyntaxErrorType)
	IndexErrorType                = newExcType("IndexError", LookupErrorType)
	KeyErrorType                  = newExcType("KeyError", LookupErrorType)
	ModuleNotFoundErrorType       = newExcType("ModuleNotFoundError", ImportErrorType)
	NotImplementedErrorType       = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType            = newExcType("RecursionError", RuntimeErrorType)
	UnboundLocalErrorType         = newExcType("UnboundLocalError", NameErrorType)
	UnicodeErrorType              = newExcType("UnicodeError", ValueErrorType)
	ExceptionGroupType            = newExcType2("ExceptionGroup", BaseExceptionGroupType, ExceptionType)
	BrokenPipeErrorType           = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType    = newExcType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType    = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType      = newExcType("ConnectionResetError", ConnectionErrorType)
	TabErrorType                  = newExcType("TabError", IndentationErrorType)
	UnicodeDecodeErrorType        = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType        = newExcType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType     = newExcType("UnicodeTranslateError", UnicodeErrorType)
)

// EnvironmentError and IOError are aliases of OSError.
var excAliases = map[string]*Type{"EnvironmentError": OSErrorType, "IOError": OSErrorType}

// builtinExceptionTypes lists every built-in exception class, for the builtins module.
var builtinExceptionTypes = []*Type{
	BaseExceptionType,
	BaseExceptionGroupType,
	ExceptionType,
	GeneratorExitType,
	KeyboardInterruptType,
	SystemExitType,
	ArithmeticErrorType,
	AssertionErrorType,
	AttributeErrorType,
	BufferErrorType,
	EOFErrorType,
	ImportErrorType,
	LookupErrorType,
	MemoryErrorType,
	NameErrorType,
	OSErrorType,
	ReferenceErrorType,
	RuntimeErrorType,
	StopAsyncIterationType,
	StopIterationType,
	SyntaxErrorType,
	SystemErrorType,
	TypeErrorType,
	ValueErrorType,
	WarningType,
	FloatingPointErrorType,
	OverflowErrorType,
	ZeroDivisionErrorType,
	BytesWarningType,
	DeprecationWarningType,
	EncodingWarningType,
	FutureWarningType,
	ImportWarningType,
	PendingDeprecationWarningType,
	ResourceWarningType,
	RuntimeWarningType,
	SyntaxWarningType,
	UnicodeWarningType,
	UserWarningType,
	BlockingIOErrorType,
	ChildProcessErrorType,
	ConnectionErrorType,
	FileExistsErrorType,
	FileNotFoundErrorType,
	InterruptedErrorType,
	IsADirectoryErrorType,
	NotADirectoryErrorType,
	PermissionErrorType,
	ProcessLookupErrorType,
	TimeoutErrorType,
	IndentationErrorType,
	IndexErrorType,
	KeyErrorType,
	ModuleNotFoundErrorType,
	NotImplementedErrorType,
	RecursionErrorType,
	UnboundLocalErrorType,
	UnicodeErrorType,
	ExceptionGroupType,
	BrokenPipeErrorType,
	ConnectionAbortedErrorType,
	ConnectionRefusedErrorType,
	ConnectionResetErrorType,
	TabErrorType,
	UnicodeDecodeErrorType,
	UnicodeEncodeErrorType,
	UnicodeTranslateErrorType,
}

func newExcType(name string, base *Type) *Type {
	t := newBuiltinType(name, base, FlagBaseType|FlagHasDict)
	switch {
	case base.solid != nil:
		t.solid = base.solid
	case base != ObjectType:
		t.solid = base // base is BaseException
	}
	return t
}

func newExcType2(name string, a, b *Type) *Type {
	t := newExcType(name, a)
	t.Bases = []*Type{a, b}
	mro, err := c3([]*Type{a, b})
	if err != nil {
		panic(err)
	}
	t.MRO = append([]*Type{t}, mro...)
	return t
}
