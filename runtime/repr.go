package runtime

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/aiolang/aio/internal/pyrepr"
)

// Reprer is implemented by Go values (of other packages) that compute their own repr.
type Reprer interface {
	Repr(th *Thread) (string, error)
}

// maxStrDigits is CPython's default sys.get_int_max_str_digits().
const maxStrDigits = 4300

// AddrString formats the fake address used in default reprs ("0x7f…" style).
func AddrString(v Value) string {
	return fmt.Sprintf("0x%x", ID(v))
}

// intString formats an int in base 10 with CPython's digit limit.
func intString(v Value) (string, error) {
	switch x := v.(type) {
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case *BigInt:
		if x.b.BitLen() > 14000 {
			s := x.b.String()
			n := len(s)
			if s[0] == '-' {
				n--
			}
			if n > maxStrDigits {
				return "", ValueErrorf("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
			}
			return s, nil
		}
		return x.b.String(), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	}
	return "", nil
}

// reprDetached is Repr without user code (like Repr(nil, v)) that still prints
// self-containing containers as [...]: it runs on a detached Thread, one without an
// interpreter, which only keeps the repr stack.
func reprDetached(v Value) (string, error) {
	var th Thread
	return repr(&th, v)
}

// enterRepr guards against infinite recursion on self-containing containers.
func (th *Thread) enterRepr(v Value) bool {
	if th == nil {
		return true
	}
	for _, x := range th.reprStack {
		if Is(x, v) {
			return false
		}
	}
	th.reprStack = append(th.reprStack, v)
	return true
}

func (th *Thread) leaveRepr() {
	if th != nil {
		th.reprStack = th.reprStack[:len(th.reprStack)-1]
	}
}

// userMethod returns a special method defined by a user class (not a built-in default).
func userMethod(t *Type, name string) (Value, bool) {
	if !t.IsHeap() {
		return nil, false
	}
	f, owner := t.LookupOwner(name)
	if owner == nil || !owner.IsHeap() {
		return nil, false
	}
	return f, true
}

// repr implements Repr.
func repr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case nil:
		return "<NULL>", nil
	case Str:
		return pyrepr.Str(string(x)), nil
	case Int, *BigInt, Bool:
		return intString(x)
	case Float:
		return pyrepr.Float(float64(x)), nil
	case NoneValue:
		return "None", nil
	}
	t := v.Type()
	if f, ok := userMethod(t, "__repr__"); ok && th != nil && th.Interp != nil {
		if err := th.Enter(); err != nil {
			return "", err
		}
		r, err := callDunder0(th, f, v)
		th.Leave()
		if err != nil {
			return "", err
		}
		s, ok := r.(Str)
		if !ok {
			return "", TypeErrorf("__repr__ returned non-string (type %s)", r.Type().Name)
		}
		return string(s), nil
	}
	if o, ok := v.(*Object); ok && o.Base != nil {
		switch b := o.Base.(type) {
		case *Set, *FrozenSet:
			// set subclasses show their class name
			var elems []Value
			if st, ok := b.(*Set); ok {
				elems = st.Elems()
			} else {
				elems = b.(*FrozenSet).Elems()
			}
			if len(elems) == 0 {
				return o.typ.Name + "()", nil
			}
			return reprSeq(th, o.typ.Name+"({", elems, "})")
		}
		return repr(th, o.Base)
	}
	switch x := v.(type) {
	case Complex:
		return pyrepr.Complex(complex128(x)), nil
	case Bytes:
		return pyrepr.Bytes([]byte(x)), nil
	case *ByteArray:
		return "bytearray(" + pyrepr.Bytes(x.B) + ")", nil
	case NotImplementedValue:
		return "NotImplemented", nil
	case EllipsisValue:
		return "Ellipsis", nil
	case *List:
		if !th.enterRepr(x) {
			return "[...]", nil
		}
		defer th.leaveRepr()
		return reprSeq(th, "[", x.Items, "]")
	case Tuple:
		if len(x) == 0 {
			return "()", nil
		}
		if !th.enterRepr(x) {
			return "(...)", nil
		}
		defer th.leaveRepr()
		if len(x) == 1 {
			s, err := Repr(th, x[0])
			return "(" + s + ",)", err
		}
		return reprSeq(th, "(", x, ")")
	case *Dict:
		if !th.enterRepr(x) {
			return "{...}", nil
		}
		defer th.leaveRepr()
		return reprDict(th, x)
	case *Set:
		if x.Len() == 0 {
			return typeNameOf(v) + "()", nil
		}
		if !th.enterRepr(x) {
			return typeNameOf(v) + "(...)", nil
		}
		defer th.leaveRepr()
		return reprSeq(th, "{", x.Elems(), "}")
	case *FrozenSet:
		if x.Len() == 0 {
			return "frozenset()", nil
		}
		return reprSeq(th, "frozenset({", x.Elems(), "})")
	case *Range:
		if x.Step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.Start, x.Stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.Start, x.Stop, x.Step), nil
	case *Slice:
		return reprSeq(th, "slice(", []Value{x.Start, x.Stop, x.Step}, ")")
	case *Type:
		if x.Module == "builtins" {
			return "<class '" + x.Qualname + "'>", nil
		}
		return "<class '" + x.Module + "." + x.Qualname + "'>", nil
	case *Exception:
		name := x.typ.Name
		if th != nil && th.Interp == nil {
			// detached (Go error text): no recursion limit, so stop at cycles
			if !th.enterRepr(x) {
				return name + "(...)", nil
			}
			defer th.leaveRepr()
		}
		if len(x.Args) == 1 {
			if err := th.enterNested(" while getting the repr of an object"); err != nil {
				return "", err
			}
			defer th.leaveNested()
			s, err := Repr(th, x.Args[0])
			return name + "(" + s + ")", err
		}
		return reprSeq(th, name+"(", x.Args, ")")
	case *Builtin:
		if x.wrapper {
			return fmt.Sprintf("<method-wrapper '%s' of %s object at %s>", x.Name, x.Self.Type().Name, AddrString(x.Self)), nil
		}
		if x.Self != nil {
			if _, ok := x.Self.(*Module); ok {
				return "<built-in function " + x.Name + ">", nil
			} else if _, ok := x.Self.(*Type); ok {
				return fmt.Sprintf("<built-in method %s of type object at %s>", x.Name, AddrString(x.Self)), nil
			}
			return fmt.Sprintf("<built-in method %s of %s object at %s>", x.Name, x.Self.Type().Name, AddrString(x.Self)), nil
		}
		return "<built-in function " + x.Name + ">", nil
	case *MethodDescr:
		if x.slot {
			return fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", x.Name, x.Owner.Name), nil
		}
		return fmt.Sprintf("<method '%s' of '%s' objects>", x.Name, x.Owner.Name), nil
	case *BoundMethod:
		name := "?"
		if f, ok := x.Func.(Function); ok {
			name = f.FuncName()
		}
		if _, ok := x.Func.(*MethodDescr); ok {
			md := x.Func.(*MethodDescr)
			return fmt.Sprintf("<built-in method %s of %s object at %s>", md.Name, x.Self.Type().Name, AddrString(x.Self)), nil
		}
		s, err := Repr(th, x.Self)
		if err != nil {
			return "", err
		}
		return "<bound method " + name + " of " + s + ">", nil
	case *Module:
		if f, ok := x.Dict.GetStr("__file__"); ok {
			if fs, ok := f.(Str); ok {
				return fmt.Sprintf("<module '%s' from '%s'>", x.Name, fs), nil
			}
		}
		return fmt.Sprintf("<module '%s' (built-in)>", x.Name), nil
	case *Cell:
		if x.V == nil {
			return fmt.Sprintf("<cell at %s: empty>", AddrString(x)), nil
		}
		return fmt.Sprintf("<cell at %s: %s object at %s>", AddrString(x), x.V.Type().Name, AddrString(x.V)), nil
	case *SlotMember:
		return fmt.Sprintf("<member '%s' of '%s' objects>", x.Name, x.Owner.Name), nil
	case *GetSet:
		return fmt.Sprintf("<attribute '%s' of '%s' objects>", x.Name, x.Owner.Name), nil
	case Reprer:
		return x.Repr(th)
	}
	if f, owner := t.LookupOwner("__repr__"); owner != nil && owner != ObjectType && th != nil && th.Interp != nil {
		r, err := callDunder0(th, f, v)
		if err != nil {
			return "", err
		}
		if s, ok := r.(Str); ok {
			return string(s), nil
		}
	}
	return defaultRepr(v), nil
}

// defaultRepr is object.__repr__: <module.Qualname object at 0x…>.
func defaultRepr(v Value) string {
	t := v.Type()
	name := t.Qualname
	if t.Module != "builtins" && t.Module != "" {
		name = t.Module + "." + name
	}
	return "<" + name + " object at " + AddrString(v) + ">"
}

func typeNameOf(v Value) string { return v.Type().Name }

// enterNested guards Go-level recursion through nested containers (repr, ==) with the
// interpreter's recursion limit; what names the operation for the message.
func (th *Thread) enterNested(what string) error {
	if th == nil {
		return nil
	}
	if th.Interp == nil {
		return nil // a detached thread (see reprDetached): cycles are caught by reprStack
	}
	if th.Depth >= th.Interp.RecursionLimit {
		return NewException(RecursionErrorType, "maximum recursion depth exceeded"+what)
	}
	th.Depth++
	return nil
}

func (th *Thread) leaveNested() {
	if th != nil {
		th.Depth--
	}
}

func reprSeq(th *Thread, open string, items []Value, close string) (string, error) {
	if err := th.enterNested(" while getting the repr of an object"); err != nil {
		return "", err
	}
	defer th.leaveNested()
	var sb strings.Builder
	sb.WriteString(open)
	for i, it := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		s, err := Repr(th, it)
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	sb.WriteString(close)
	return sb.String(), nil
}

func reprDict(th *Thread, d *Dict) (string, error) {
	if err := th.enterNested(" while getting the repr of an object"); err != nil {
		return "", err
	}
	defer th.leaveNested()
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		k, err := Repr(th, e.key)
		if err != nil {
			return "", err
		}
		v, err := Repr(th, e.val)
		if err != nil {
			return "", err
		}
		sb.WriteString(k)
		sb.WriteString(": ")
		sb.WriteString(v)
	}
	sb.WriteByte('}')
	return sb.String(), nil
}

// toStr implements ToStr.
func toStr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case nil:
		return "<NULL>", nil
	case Str:
		return string(x), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Float:
		return pyrepr.Float(float64(x)), nil
	}
	t := v.Type()
	if f, ok := userMethod(t, "__str__"); ok && th != nil {
		r, err := callDunder0(th, f, v)
		if err != nil {
			return "", err
		}
		s, ok := r.(Str)
		if !ok {
			return "", TypeErrorf("__str__ returned non-string (type %s)", r.Type().Name)
		}
		return string(s), nil
	}
	if _, ok := userMethod(t, "__repr__"); ok {
		// object.__str__ calls __repr__; built-in __str__ (exceptions, str) does not
		if _, owner := t.LookupOwner("__str__"); owner == nil || owner == ObjectType {
			return Repr(th, v)
		}
	}
	switch x := v.(type) {
	case *Exception:
		if err := th.enterNested(" while getting the str of an object"); err != nil {
			return "", err
		}
		defer th.leaveNested()
		if f, owner := t.LookupOwner("__str__"); owner != nil && owner != BaseExceptionType && owner != ObjectType && owner != KeyErrorType {
			r, err := callDunder0(th, f, v)
			if err != nil {
				return "", err
			}
			if s, ok := r.(Str); ok {
				return string(s), nil
			}
		}
		if len(x.Args) == 1 && x.typ.IsSubtype(KeyErrorType) {
			return Repr(th, x.Args[0])
		}
		if len(x.Args) == 1 {
			return ToStr(th, x.Args[0])
		}
		if len(x.Args) == 0 {
			return "", nil
		}
		return Repr(th, x.Args)
	case *Object:
		if s, ok := x.Base.(Str); ok {
			return string(s), nil
		}
	}
	return Repr(th, v)
}

// StrOf is ToStr returning a Str value.
func StrOf(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Str:
		return v, nil
	case Int:
		var buf [24]byte
		return th.StrValueBytes(strconv.AppendInt(buf[:0], int64(x), 10)), nil
	}
	s, err := toStr(th, v)
	if err != nil {
		return nil, err
	}
	return Str(s), nil
}
