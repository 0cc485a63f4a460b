package runtime

import (
	"math/big"
	"strings"
)

// floatFast computes the common float operations without the general dispatch.
func floatFast(op BinaryOp, x, y float64) (Value, bool) {
	switch op {
	case OpAdd:
		return Float(x + y), true
	case OpSub:
		return Float(x - y), true
	case OpMul:
		return Float(x * y), true
	case OpTrueDiv:
		if y != 0 {
			return Float(x / y), true
		}
	}
	return nil, false
}

// binary implements Binary.
func binary(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return intBinary(op, int64(x), int64(y))
		case Float:
			if x > -1<<53 && x < 1<<53 {
				if r, ok := floatFast(op, float64(x), float64(y)); ok {
					return r, nil
				}
			}
		}
	case Float:
		switch y := b.(type) {
		case Float:
			if r, ok := floatFast(op, float64(x), float64(y)); ok {
				return r, nil
			}
		case Int:
			if y > -1<<53 && y < 1<<53 {
				if r, ok := floatFast(op, float64(x), float64(y)); ok {
					return r, nil
				}
			}
		}
	}
	ta, tb := a.Type(), b.Type()
	if !ta.IsHeap() && !tb.IsHeap() {
		r, err := builtinBinary(th, op, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
		return nil, binopError(op, a, b)
	}
	r, err := binarySlots(th, op, a, b, ta, tb)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return nil, binopError(op, a, b)
}

// binarySlots is CPython's binary_op1: a.__op__(b), b.__rop__(a), subclass first.
func binarySlots(th *Thread, op BinaryOp, a, b Value, ta, tb *Type) (Value, error) {
	var fa, fb Value
	if ta.IsHeap() {
		fa, _ = ta.Lookup(binopDunders[op])
	}
	if tb != ta && tb.IsHeap() {
		fb, _ = tb.Lookup(binopRDunders[op])
	}
	if fb != nil && tb.IsSubtype(ta) && fb != fa {
		r, err := callDunder(th, fb, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		fb = nil
	}
	if fa != nil {
		r, err := callDunder(th, fa, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	} else if !ta.IsHeap() || ta.solid != nil {
		r, err := builtinBinary(th, op, unwrapBase(a), unwrapBase(b))
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		return callDunder(th, fb, b, a)
	}
	if tb != ta && (!tb.IsHeap() || tb.solid != nil) && fa != nil {
		return builtinBinary(th, op, unwrapBase(a), unwrapBase(b))
	}
	return NotImplemented, nil
}

// unwrapBase returns the built-in value inside an instance of a user subclass of a
// built-in type, or v itself.
func unwrapBase(v Value) Value {
	if o, ok := v.(*Object); ok && o.Base != nil {
		return o.Base
	}
	return v
}

// callDunder calls a special method found on a type with self and one argument.
func callDunder(th *Thread, f Value, self, arg Value) (Value, error) {
	if mc, ok := f.(MethodCaller); ok {
		a := [1]Value{arg}
		return mc.CallWithSelf(th, self, a[:], nil)
	}
	return Call(th, f, []Value{self, arg}, nil)
}

// callDunder0 calls a special method with self only.
func callDunder0(th *Thread, f Value, self Value) (Value, error) {
	if mc, ok := f.(MethodCaller); ok {
		return mc.CallWithSelf(th, self, nil, nil)
	}
	return Call(th, f, []Value{self}, nil)
}

func binopError(op BinaryOp, a, b Value) error {
	if op == OpPow {
		return TypeErrorf("unsupported operand type(s) for ** or pow(): '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	if op == OpAdd {
		switch a.(type) {
		case Str:
			return TypeErrorf("can only concatenate str (not \"%s\") to str", b.Type().Name)
		case *List:
			return TypeErrorf("can only concatenate list (not \"%s\") to list", b.Type().Name)
		case Tuple:
			return TypeErrorf("can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
		}
	}
	if op == OpMul {
		switch a.(type) {
		case Str, *List, Tuple, Bytes, *ByteArray:
			if _, big := b.(*BigInt); big {
				return OverflowErrorf("cannot fit 'int' into an index-sized integer")
			}
			return TypeErrorf("can't multiply sequence by non-int of type '%s'", b.Type().Name)
		}
		switch b.(type) {
		case Str, *List, Tuple, Bytes, *ByteArray:
			if _, big := a.(*BigInt); big {
				return OverflowErrorf("cannot fit 'int' into an index-sized integer")
			}
			return TypeErrorf("can't multiply sequence by non-int of type '%s'", a.Type().Name)
		}
	}
	return TypeErrorf("unsupported operand type(s) for %s: '%s' and '%s'", op, a.Type().Name, b.Type().Name)
}

// builtinBinary applies op to built-in operands, NotImplemented when unsupported.
func builtinBinary(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	r, err := numberBinary(op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	switch x := a.(type) {
	case Str:
		switch op {
		case OpAdd:
			if y, ok := b.(Str); ok {
				if len(x)+len(y) < 256 {
					if len(y) == 0 {
						return a, nil
					}
					if len(x) == 0 {
						return b, nil
					}
					return th.StrValue2(string(x), string(y)), nil
				}
				return Str(th.concat(string(x), string(y))), nil
			}
		case OpMul:
			if n, ok := seqRepeatCount(th, b); ok {
				return Str(repeatString(string(x), n)), nil
			}
		case OpMod:
			s, err := PercentFormat(th, string(x), b)
			if err != nil {
				return nil, err
			}
			return Str(s), nil
		}
	case Bytes:
		switch op {
		case OpAdd:
			switch y := b.(type) {
			case Bytes:
				return x + y, nil
			case *ByteArray:
				return x + Bytes(y.B), nil
			}
		case OpMul:
			if n, ok := seqRepeatCount(th, b); ok {
				return Bytes(repeatString(string(x), n)), nil
			}
		case OpMod:
			s, err := PercentFormat(th, string(x), b)
			if err != nil {
				return nil, err
			}
			return Bytes(s), nil
		}
	case *ByteArray:
		switch op {
		case OpAdd:
			switch y := b.(type) {
			case Bytes:
				return &ByteArray{B: append(append([]byte(nil), x.B...), y...)}, nil
			case *ByteArray:
				return &ByteArray{B: append(append([]byte(nil), x.B...), y.B...)}, nil
			}
		case OpMul:
			if n, ok := seqRepeatCount(th, b); ok {
				return &ByteArray{B: []byte(repeatString(string(x.B), n))}, nil
			}
		}
	case *List:
		switch op {
		case OpAdd:
			if y, ok := b.(*List); ok {
				items := make([]Value, 0, len(x.Items)+len(y.Items))
				items = append(append(items, x.Items...), y.Items...)
				return &List{Items: items}, nil
			}
		case OpMul:
			if n, ok := seqRepeatCount(th, b); ok {
				return &List{Items: repeatValues(x.Items, n)}, nil
			}
		}
	case Tuple:
		switch op {
		case OpAdd:
			if y, ok := b.(Tuple); ok {
				if len(x) == 0 {
					return y, nil
				}
				if len(y) == 0 {
					return x, nil
				}
				items := make(Tuple, 0, len(x)+len(y))
				return append(append(items, x...), y...), nil
			}
		case OpMul:
			if n, ok := seqRepeatCount(th, b); ok {
				return Tuple(repeatValues(x, n)), nil
			}
		}
	case *Set:
		return setBinary(th, op, &x.t, b, false)
	case *FrozenSet:
		return setBinary(th, op, &x.t, b, true)
	case *DictView:
		if x.Kind != 1 {
			t, _, err := setLikeTable(th, x)
			if err != nil {
				return nil, err
			}
			return setBinary(th, op, t, b, false)
		}
	case *Dict:
		if op == OpOr {
			if y, ok := b.(*Dict); ok {
				d := x.Copy()
				if err := dictUpdate(th, d, y); err != nil {
					return nil, err
				}
				return d, nil
			}
		}
	}
	if op == OpOr {
		switch a.(type) {
		case *Type, NoneValue, *UnionType, *GenericAlias:
			switch b.(type) {
			case *Type, NoneValue, *UnionType, *GenericAlias:
				if a != None || b != None {
					return makeUnion(a, b)
				}
			}
		}
	}
	if op == OpMul {
		if n, ok := seqRepeatCount(th, a); ok {
			switch b.(type) {
			case Str, Bytes, *ByteArray, *List, Tuple:
				return builtinBinary(th, op, b, Int(n))
			}
		}
	}
	return NotImplemented, nil
}

func seqRepeatCount(th *Thread, v Value) (int, bool) {
	switch n := v.(type) {
	case *Object:
		if _, ok := userMethod(n.typ, "__index__"); ok || n.Base != nil {
			iv, err := Index(th, v)
			if err != nil {
				return 0, false
			}
			return seqRepeatCount(th, iv)
		}
	case Int:
		if n < 0 {
			return 0, true
		}
		return int(n), true
	case Bool:
		if n {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func repeatString(s string, n int) string {
	if n <= 0 || s == "" {
		return ""
	}
	return strings.Repeat(s, n)
}

func repeatValues(items []Value, n int) []Value {
	if n <= 0 || len(items) == 0 {
		return nil
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}

// inplace implements InPlace.
func inplace(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	switch a.(type) {
	case Int, Float:
		if r, err := binary(th, op, a, b); err == nil {
			return r, nil
		}
	}
	switch x := a.(type) {
	case *List:
		switch op {
		case OpAdd:
			if y, ok := b.(*List); ok {
				x.Items = append(x.Items, y.Items...)
				return x, nil
			}
			items, err := ToSlice(th, b)
			if err != nil {
				if IsInstanceOf(err, TypeErrorType) {
					return nil, TypeErrorf("'%s' object is not iterable", b.Type().Name)
				}
				return nil, err
			}
			x.Items = append(x.Items, items...)
			return x, nil
		case OpMul:
			if n, ok := seqRepeatCount(th, b); ok {
				x.Items = repeatValues(x.Items, n)
				return x, nil
			}
		}
	case *Set:
		switch op {
		case OpOr, OpAnd, OpSub, OpXor:
			if !isSetLike(b) {
				break
			}
			var err error
			switch op {
			case OpOr:
				err = x.t.update(th, b)
			case OpSub:
				err = setDifferenceUpdate(th, &x.t, b)
			case OpXor:
				err = setSymmetricDifferenceUpdate(th, &x.t, b)
			default:
				var r *hashSet
				if r, err = setIntersection(th, &x.t, b); err == nil {
					x.t = *r
				}
			}
			if err != nil {
				return nil, err
			}
			return x, nil
		}
	case *Dict:
		if op == OpOr {
			if err := dictUpdateFrom(th, x, b); err != nil {
				return nil, err
			}
			return x, nil
		}
	case *ByteArray:
		if op == OpAdd {
			switch y := b.(type) {
			case Bytes:
				x.B = append(x.B, y...)
				return x, nil
			case *ByteArray:
				x.B = append(x.B, y.B...)
				return x, nil
			}
		}
	case *Object:
		if f, ok := x.typ.Lookup(binopIDunders[op]); ok {
			r, err := callDunder(th, f, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		} else if x.Base != nil {
			switch x.Base.(type) {
			case *List, *Set, *Dict, *ByteArray:
				// list += … mutates the built-in value; the instance stays the result
				if _, user := userMethod(x.typ, binopDunders[op]); !user {
					r, err := inplace(th, op, x.Base, unwrapBase(b))
					if err != nil {
						return nil, err
					}
					if Is(r, x.Base) {
						return a, nil
					}
					return r, nil
				}
			}
		}
	}
	r, err := binary(th, op, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == TypeErrorType && len(e.Args) == 1 {
			if s, ok := e.Args[0].(Str); ok && strings.HasPrefix(string(s), "unsupported operand type(s) for ") {
				return nil, TypeErrorf("unsupported operand type(s) for %s=: '%s' and '%s'", op, a.Type().Name, b.Type().Name)
			}
		}
	}
	return r, err
}

// unary implements Unary.
func unary(th *Thread, op UnaryOp, a Value) (Value, error) {
	switch x := a.(type) {
	case Int:
		switch op {
		case OpNeg:
			if x == -1<<63 {
				return bigBinary(OpSub, toBig(Int(0)), toBig(x))
			}
			return -x, nil
		case OpPos:
			return x, nil
		case OpInvert:
			return ^x, nil
		}
	case Bool:
		i, _ := AsInt64(x)
		return unary(th, op, Int(i))
	case *BigInt:
		z := new(big.Int)
		switch op {
		case OpNeg:
			z.Neg(&x.b)
		case OpPos:
			return x, nil
		case OpInvert:
			z.Not(&x.b)
		}
		return IntFromBig(z), nil
	case Float:
		switch op {
		case OpNeg:
			return -x, nil
		case OpPos:
			return x, nil
		}
	case Complex:
		switch op {
		case OpNeg:
			return -x, nil
		case OpPos:
			return x, nil
		}
	case *Object:
		if f, ok := x.typ.Lookup(unaryDunders[op]); ok {
			return callDunder0(th, f, a)
		}
		if x.Base != nil {
			return unary(th, op, x.Base)
		}
	}
	return nil, TypeErrorf("bad operand type for %s: '%s'", unarySymbols[op], a.Type().Name)
}
