package runtime

import (
	"math"
	"math/big"
	"strings"
)

// compare implements Compare.
func compare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return BoolOf(cmpResult(op, cmp3(int64(x), int64(y)))), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return BoolOf(floatCmp(op, float64(x), float64(y))), nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return BoolOf(cmpResult(op, strings.Compare(string(x), string(y)))), nil
		}
	}
	ta, tb := a.Type(), b.Type()
	if !ta.IsHeap() && !tb.IsHeap() {
		r, err := builtinCompare(th, op, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
		r, err = builtinCompare(th, cmpSwapped[op], b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		return compareFallback(op, a, b)
	}
	// CPython's do_richcompare: the reflected method of a proper subclass goes first.
	checkedReverse := false
	if tb != ta && tb.IsSubtype(ta) {
		if f, ok := lookupCmp(tb, cmpSwapped[op]); ok {
			checkedReverse = true
			r, err := callCmp(th, f, cmpSwapped[op], b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if f, ok := lookupCmp(ta, op); ok {
		r, err := callCmp(th, f, op, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse {
		if f, ok := lookupCmp(tb, cmpSwapped[op]); ok {
			r, err := callCmp(th, f, cmpSwapped[op], b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return compareFallback(op, a, b)
}

// lookupCmp finds the comparison method of a heap type (nil for object's default), or
// reports a built-in type (f == nil, ok true) whose Go comparison applies.
func lookupCmp(t *Type, op CompareOp) (Value, bool) {
	if !t.IsHeap() {
		return nil, true
	}
	f, owner := t.LookupOwner(cmpDunders[op])
	if op == OpNe && (f == nil || !owner.IsHeap()) {
		// object.__ne__ inverts a user __eq__
		if eq, eqOwner := t.LookupOwner("__eq__"); eqOwner != nil && eqOwner.IsHeap() {
			return &negatedEq{eq}, true
		}
	}
	if f == nil || owner == ObjectType {
		if t.solid != nil && t.solid != ObjectType && t.solid != BaseExceptionType {
			return nil, true
		}
		return nil, false
	}
	return f, true
}

// negatedEq stands for object.__ne__ applied to a class with a user __eq__.
type negatedEq struct{ eq Value }

func (*negatedEq) Type() *Type { return ObjectType }

func callCmp(th *Thread, f Value, op CompareOp, a, b Value) (Value, error) {
	if ne, ok := f.(*negatedEq); ok {
		r, err := callDunder(th, ne.eq, a, b)
		if err != nil || r == NotImplemented {
			return r, err
		}
		t, err := Truth(th, r)
		return Bool(!t), err
	}
	if f == nil {
		return builtinCompare(th, op, unwrapBase(a), unwrapBase(b))
	}
	if _, ok := f.(NoneValue); ok {
		return NotImplemented, nil
	}
	return callDunder(th, f, a, b)
}

func compareFallback(op CompareOp, a, b Value) (Value, error) {
	switch op {
	case OpEq:
		return BoolOf(Is(a, b)), nil
	case OpNe:
		return BoolOf(!Is(a, b)), nil
	}
	return nil, TypeErrorf("'%s' not supported between instances of '%s' and '%s'", op, a.Type().Name, b.Type().Name)
}

func cmp3[T int64 | float64 | string](x, y T) int {
	if x < y {
		return -1
	}
	if x > y {
		return 1
	}
	return 0
}

// floatCmp compares floats with IEEE semantics (NaN is unordered).
func floatCmp(op CompareOp, x, y float64) bool {
	switch op {
	case OpLt:
		return x < y
	case OpLe:
		return x <= y
	case OpEq:
		return x == y
	case OpNe:
		return x != y
	case OpGt:
		return x > y
	}
	return x >= y
}

func cmpResult(op CompareOp, c int) bool {
	switch op {
	case OpLt:
		return c < 0
	case OpLe:
		return c <= 0
	case OpEq:
		return c == 0
	case OpNe:
		return c != 0
	case OpGt:
		return c > 0
	default:
		return c >= 0
	}
}

// compareBool implements CompareBool.
func compareBool(th *Thread, op CompareOp, a, b Value) (bool, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return cmpResult(op, cmp3(int64(x), int64(y))), nil
		}
	}
	if x, ok := a.(Str); ok {
		if y, ok := b.(Str); ok {
			return cmpResult(op, strings.Compare(string(x), string(y))), nil
		}
	}
	r, err := compare(th, op, a, b)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(th, r)
}

// equal implements Equal.
func equal(th *Thread, a, b Value) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
		if _, ok := b.(*Object); !ok {
			return false, nil
		}
	}
	if Is(a, b) {
		return true, nil
	}
	return compareBool(th, OpEq, a, b)
}

// numCompare compares two built-in reals exactly (ints and floats mix without rounding).
// ok is false if either is not a real number; for NaN, c is 2 (unordered).
func numCompare(a, b Value) (c int, ok bool) {
	ka, kb := numKind(a), numKind(b)
	if ka == 0 || kb == 0 || ka == 4 || kb == 4 {
		return 0, false
	}
	if ka <= 2 && kb <= 2 {
		if ka == 1 && kb == 1 {
			x, _ := AsInt64(a)
			y, _ := AsInt64(b)
			return cmp3(x, y), true
		}
		return toBig(a).Cmp(toBig(b)), true
	}
	if ka == 3 && kb == 3 {
		x, y := float64(a.(Float)), float64(b.(Float))
		if math.IsNaN(x) || math.IsNaN(y) {
			return 2, true
		}
		return cmp3(x, y), true
	}
	// float vs int
	if ka == 3 {
		c, ok := floatIntCompare(float64(a.(Float)), b)
		return c, ok
	}
	c, ok = floatIntCompare(float64(b.(Float)), a)
	if c != 2 {
		c = -c
	}
	return c, ok
}

func floatIntCompare(f float64, i Value) (int, bool) {
	if math.IsNaN(f) {
		return 2, true
	}
	if math.IsInf(f, 1) {
		return 1, true
	}
	if math.IsInf(f, -1) {
		return -1, true
	}
	if x, ok := AsInt64(i); ok && x > -1<<53 && x < 1<<53 {
		return cmp3(f, float64(x)), true
	}
	bf := new(big.Float).SetPrec(0).SetFloat64(f)
	bi := new(big.Float).SetPrec(0).SetInt(toBig(i))
	return bf.Cmp(bi), true
}

// builtinCompare compares built-in values, NotImplemented when unsupported.
func builtinCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if c, ok := numCompare(a, b); ok {
		if c == 2 {
			return BoolOf(op == OpNe), nil
		}
		return BoolOf(cmpResult(op, c)), nil
	}
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return BoolOf(cmpResult(op, strings.Compare(string(x), string(y)))), nil
		}
	case Bytes:
		switch y := b.(type) {
		case Bytes:
			return BoolOf(cmpResult(op, strings.Compare(string(x), string(y)))), nil
		case *ByteArray:
			return BoolOf(cmpResult(op, strings.Compare(string(x), string(y.B)))), nil
		}
	case *ByteArray:
		switch y := b.(type) {
		case Bytes:
			return BoolOf(cmpResult(op, strings.Compare(string(x.B), string(y)))), nil
		case *ByteArray:
			return BoolOf(cmpResult(op, strings.Compare(string(x.B), string(y.B)))), nil
		}
	case Complex:
		if op == OpEq || op == OpNe {
			if numKind(b) != 0 {
				y, _ := toComplex(b)
				return BoolOf((complex128(x) == y) == (op == OpEq)), nil
			}
		}
	case *List:
		if y, ok := b.(*List); ok {
			return seqCompare(th, op, x.Items, y.Items)
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return seqCompare(th, op, x, y)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && (op == OpEq || op == OpNe) {
			eq, err := dictEqual(th, x, y)
			if err != nil {
				return nil, err
			}
			return BoolOf(eq == (op == OpEq)), nil
		}
	case *Set:
		return setCompare(th, op, &x.t, b)
	case *FrozenSet:
		return setCompare(th, op, &x.t, b)
	case *Range:
		if y, ok := b.(*Range); ok && (op == OpEq || op == OpNe) {
			return BoolOf(rangeEqual(x, y) == (op == OpEq)), nil
		}
	case *BoundMethod:
		if y, ok := b.(*BoundMethod); ok && (op == OpEq || op == OpNe) {
			eq := Is(x.Self, y.Self) && Is(x.Func, y.Func)
			return BoolOf(eq == (op == OpEq)), nil
		}
	case *Builtin:
		if y, ok := b.(*Builtin); ok && (op == OpEq || op == OpNe) && x.Self != nil {
			eq := Is(x.Self, y.Self) && x.Name == y.Name
			return BoolOf(eq == (op == OpEq)), nil
		}
	case *Slice:
		if y, ok := b.(*Slice); ok {
			return seqCompare(th, op, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step})
		}
	case *Handle:
		if y, ok := b.(*Handle); ok && x.timer && y.timer {
			return timerHandleCompare(th, op, x, y)
		}
	case *Context:
		if y, ok := b.(*Context); ok && (op == OpEq || op == OpNe) {
			eq, err := x.equal(th, y)
			if err != nil {
				return nil, err
			}
			return BoolOf(eq == (op == OpEq)), nil
		}
	}
	if op == OpEq || op == OpNe {
		if c, ok := complexAndReal(a, b); ok {
			return BoolOf(c == (op == OpEq)), nil
		}
	}
	return NotImplemented, nil
}

func complexAndReal(a, b Value) (bool, bool) {
	if _, ok := b.(Complex); ok && numKind(a) != 0 {
		x, _ := toComplex(a)
		return x == complex128(b.(Complex)), true
	}
	return false, false
}

func rangeEqual(x, y *Range) bool {
	lx, ly := x.Len(), y.Len()
	if lx != ly {
		return false
	}
	if lx == 0 {
		return true
	}
	if x.Start != y.Start {
		return false
	}
	return lx == 1 || x.Step == y.Step
}

// seqCompare compares two sequences lexicographically.
func seqCompare(th *Thread, op CompareOp, x, y []Value) (Value, error) {
	if (op == OpEq || op == OpNe) && len(x) != len(y) {
		return BoolOf(op == OpNe), nil
	}
	if err := th.enterNested(" in comparison"); err != nil {
		return nil, err
	}
	defer th.leaveNested()
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		eq, err := Equal(th, x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			switch op {
			case OpEq:
				return False, nil
			case OpNe:
				return True, nil
			}
			return compare(th, op, x[i], y[i])
		}
	}
	return BoolOf(cmpResult(op, cmp3(int64(len(x)), int64(len(y))))), nil
}

func dictEqual(th *Thread, x, y *Dict) (bool, error) {
	if x.Len() != y.Len() {
		return false, nil
	}
	for _, e := range x.entries {
		if e.key == nil {
			continue
		}
		v, ok, err := y.Get(th, e.key)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(th, e.val, v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}
