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
