package runtime

// asyncio's exception classes (asyncio.exceptions).
var (
	// CancelledErrorType is asyncio.CancelledError, a BaseException subclass.
	CancelledErrorType = newAsyncioExcType("CancelledError", BaseExceptionType)
	// InvalidStateErrorType is asyncio.InvalidStateError.
	InvalidStateErrorType = newAsyncioExcType("InvalidStateError", ExceptionType)
)

func newAsyncioExcType(name string, base *Type) *Type {
	t := newExcType(name, base)
	t.Module = "asyncio.exceptions"
	return t
}

// NewExceptionType makes a built-in exception class for a stdlib module (at package init
// only), e.g. asyncio.QueueEmpty.
func NewExceptionType(name, module string, base *Type) *Type {
	t := newExcType(name, base)
	t.Module = module
	return t
}
