package runtime

// Special methods of the built-in types as Python-visible attributes (int.__add__,
// str.__lt__, …). The protocol functions do not go through them for built-in values; they
// serve explicit calls and user subclasses of built-in types (MethodDescr passes the
// built-in value inside the instance as self).

func binaryDunder(op BinaryOp, reflected bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		if len(args) != 2 {
			return nil, TypeErrorf("expected 1 argument, got %d", len(args)-1)
		}
		a, b := args[0], unwrapBase(args[1])
		if reflected {
			a, b = b, a
		}
		return builtinBinary(th, op, a, b)
	}
}

func compareDunder(op CompareOp) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		if len(args) != 2 {
			return nil, TypeErrorf("expected 1 argument, got %d", len(args)-1)
		}
		return builtinCompare(th, op, args[0], unwrapBase(args[1]))
	}
}

func unaryDunder(op UnaryOp) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		return unary(th, op, args[0])
	}
}

func addBinaryDunders(t *Type, ops ...BinaryOp) {
	for _, op := range ops {
		t.Dict.SetStr(binopDunders[op], newMethodDescr(binopDunders[op], t, binaryDunder(op, false)))
		t.Dict.SetStr(binopRDunders[op], newMethodDescr(binopRDunders[op], t, binaryDunder(op, true)))
	}
}

func addCompareDunders(t *Type) {
	for op := OpLt; op <= OpGe; op++ {
		t.Dict.SetStr(cmpDunders[op], newMethodDescr(cmpDunders[op], t, compareDunder(op)))
	}
}

func init() {
	allOps := []BinaryOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow, OpLShift, OpRShift, OpAnd, OpOr, OpXor}
	addBinaryDunders(IntType, allOps...)
	addBinaryDunders(BoolType, OpAnd, OpOr, OpXor)
	addBinaryDunders(FloatType, OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow)
	addBinaryDunders(ComplexType, OpAdd, OpSub, OpMul, OpTrueDiv, OpPow)
	addBinaryDunders(StrType, OpAdd, OpMul, OpMod)
	addBinaryDunders(BytesType, OpAdd, OpMul, OpMod)
	addBinaryDunders(ListType, OpAdd, OpMul)
	addBinaryDunders(TupleType, OpAdd, OpMul)
	addBinaryDunders(DictType, OpOr)
	addBinaryDunders(SetType, OpOr, OpAnd, OpSub, OpXor)
	addBinaryDunders(FrozenSetType, OpOr, OpAnd, OpSub, OpXor)
	for _, t := range []*Type{IntType, FloatType, ComplexType} {
		for op := OpNeg; op <= OpInvert; op++ {
			if op == OpInvert && t != IntType {
				continue
			}
			t.Dict.SetStr(unaryDunders[op], newMethodDescr(unaryDunders[op], t, unaryDunder(op)))
		}
	}
	for _, t := range []*Type{IntType, FloatType, ComplexType, StrType, BytesType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType} {
		addCompareDunders(t)
		t := t
		AddMethod(t, "__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
			s, err := Repr(th, args[0])
			return Str(s), err
		})
		AddMethod(t, "__format__", func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("__format__", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			spec, ok := args[1].(Str)
			if !ok {
				return nil, TypeErrorf("__format__() argument must be str, not %s", args[1].Type().Name)
			}
			s, err := formatBuiltin(th, args[0], string(spec))
			return Str(s), err
		})
		switch t {
		case ListType, DictType, SetType:
			t.Dict.SetStr("__hash__", None)
		default:
			AddMethod(t, "__hash__", func(th *Thread, args []Value, kw []string) (Value, error) {
				h, err := Hash(th, args[0])
				return Int(h), err
			})
		}
	}
	AddMethod(StrType, "__str__", func(th *Thread, args []Value, kw []string) (Value, error) {
		return args[0], nil
	})
}

// getItemDunder is __getitem__ of the built-in containers that index through getItem.
func getItemDunder(th *Thread, args []Value, kw []string) (Value, error) {
	return getItem(th, args[0], args[1])
}

// containsDunder is __contains__ of the built-in sequences that test through contains.
func containsDunder(th *Thread, args []Value, kw []string) (Value, error) {
	r, err := contains(th, args[0], args[1])
	return Bool(r), err
}
