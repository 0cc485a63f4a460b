package runtime

// List is a Python list.
type List struct {
	Items []Value
}

// Type returns list.
func (*List) Type() *Type { return ListType }

// NewList returns a list holding items (not copied).
func NewList(items []Value) *List { return &List{Items: items} }

// Append adds v at the end.
func (l *List) Append(v Value) { l.Items = append(l.Items, v) }

// Tuple is a Python tuple. A nil or empty Tuple is ().
type Tuple []Value

// Type returns tuple.
func (Tuple) Type() *Type { return TupleType }

// EmptyTuple is ().
var EmptyTuple = Tuple(nil)
