package runtime

// NoneValue is the type of None; its only value is None.
type NoneValue struct{}

// NotImplementedValue is the type of NotImplemented.
type NotImplementedValue struct{}

// EllipsisValue is the type of Ellipsis (...).
type EllipsisValue struct{}

// The singletons. They are zero-size, so storing them in a Value allocates nothing, and
// `v == None` is a valid test.
var (
	None           Value = NoneValue{}
	NotImplemented Value = NotImplementedValue{}
	Ellipsis       Value = EllipsisValue{}
)

// Type returns NoneType.
func (NoneValue) Type() *Type { return NoneTypeType }

// Type returns NotImplementedType.
func (NotImplementedValue) Type() *Type { return NotImplementedType }

// Type returns ellipsis.
func (EllipsisValue) Type() *Type { return EllipsisType }

// Bool is a Python bool. True and False are the Go constants; Bool values never allocate
// when stored in a Value. bool is a subclass of int: arithmetic treats them as 0 and 1.
type Bool bool

// True and False are aio's bools.
const (
	True  = Bool(true)
	False = Bool(false)
)

// Type returns bool.
func (Bool) Type() *Type { return BoolType }

// BoolOf returns True or False.
func BoolOf(b bool) Value {
	if b {
		return True
	}
	return False
}
