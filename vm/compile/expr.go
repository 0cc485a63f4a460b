package compile

import (
	"math"
	"math/big"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// expr compiles an expression, leaving its value on the stack. Instructions get the
// expression's position (restored afterwards, as CPython does).
func (c *compiler) expr(e ast.Expr) {
	old := c.setPos(e.Position())
	c.expr1(e)
	c.u.pos = old
}

// expr1 compiles e under the position expr set.
func (c *compiler) expr1(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Constant:
		c.constant(e)
	case *ast.Name:
		c.nameOp(e.Id, e.Ctx, e.Pos)
	case *ast.BinOp:
		if js, ok := formatToFString(e); ok {
			c.joinedStr(js)
			return
		}
		if v, ok := foldBinary(e); ok {
			c.loadConst(v)
			return
		}
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(code.BINARY_OP, uint32(binaryOp(e.Op)))
	case *ast.UnaryOp:
		if v, ok := foldUnary(e); ok {
			c.loadConst(v)
			return
		}
		c.expr(e.Operand)
		switch e.Op {
		case ast.Invert:
			c.emitOp(code.UNARY_INVERT)
		case ast.Not:
			c.emitOp(code.UNARY_NOT)
		case ast.UAdd:
			c.emitOp(code.UNARY_POSITIVE)
		case ast.USub:
			c.emitOp(code.UNARY_NEGATIVE)
		}
	case *ast.BoolOp:
		end := c.newLabel()
		op := code.JUMP_IF_FALSE_OR_POP
		if e.Op == ast.Or {
			op = code.JUMP_IF_TRUE_OR_POP
		}
		for _, v := range e.Values[:len(e.Values)-1] {
			c.expr(v)
			c.emitJump(op, end)
		}
		c.expr(e.Values[len(e.Values)-1])
		c.placeLabel(end)
	case *ast.Compare:
		c.compare(e)
	case *ast.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, orelse, false)
		c.expr(e.Body)
		c.emitJump(code.JUMP, end)
		c.placeLabel(orelse)
		c.expr(e.Orelse)
		c.placeLabel(end)
	case *ast.NamedExpr:
		c.expr(e.Value)
		c.emit(code.COPY, 1)
		c.store(e.Target)
	case *ast.Attribute:
		if e.Ctx == ast.Load && c.superOperands(e.Value) {
			c.u.pos = attrPos(e)
			c.emit(code.LOAD_SUPER_ATTR, c.u.addName(c.mangle(e.Attr))<<1)
			return
		}
		c.expr(e.Value)
		switch e.Ctx {
		case ast.Load:
			c.u.pos = attrPos(e)
			c.emit(code.LOAD_ATTR, c.u.addName(c.mangle(e.Attr)))
		default:
			c.fail(e.Pos, "invalid attribute context")
		}
	case *ast.Subscript:
		if v, ok := foldSubscript(e); ok {
			c.loadConst(v)
			return
		}
		c.checkSubscript(e)
		c.expr(e.Value)
		c.sliceExpr(e.Slice)
		c.emitOp(code.BINARY_SUBSCR)
	case *ast.Slice:
		c.sliceExpr(e)
	case *ast.Starred:
		c.fail(e.Pos, "can't use starred expression here")
	case *ast.Tuple:
		if v, ok := constTuple(e.Elts); ok {
			c.loadConst(v)
			return
		}
		c.starUnpack(e.Elts, code.BUILD_TUPLE, true)
	case *ast.List:
		c.starUnpack(e.Elts, code.BUILD_LIST, false)
	case *ast.Set:
		c.starUnpack(e.Elts, code.BUILD_SET, false)
	case *ast.Dict:
		c.dict(e)
	case *ast.Call:
		c.call(e)
	case *ast.JoinedStr:
		c.joinedStr(e)
	case *ast.FormattedValue:
		c.formattedValue(e)
	case *ast.Lambda:
		c.lambda(e)
	case *ast.ListComp:
		c.comprehension(e, compList, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, compSet, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, compDict, e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, compGen, e.Generators, e.Elt, nil)
	case *ast.Await:
		if !c.topLevelAwait() {
			if c.u.scope.kind != functionScope {
				c.fail(e.Pos, "'await' outside function")
			}
			if c.u.kind != unitAsyncFunction && c.u.kind != unitComprehension {
				c.fail(e.Pos, "'await' outside async function")
			}
		}
		c.expr(e.Value)
		c.await(code.AwaitPlain)
	case *ast.Yield:
		if c.u.scope.kind != functionScope {
			c.fail(e.Pos, "'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(nil)
		}
		c.emit(code.YIELD_VALUE, 0)
	case *ast.YieldFrom:
		if c.u.scope.kind != functionScope {
			c.fail(e.Pos, "'yield' outside function")
		}
		if c.u.kind == unitAsyncFunction {
			c.fail(e.Pos, "'yield from' inside async function")
		}
		c.expr(e.Value)
		c.emitOp(code.GET_YIELD_FROM_ITER)
		c.loadConst(nil)
		c.delegate()
	default:
		panic("compile: unknown expression")
	}
}

// attrPos is the position CPython 3.11 gives the attribute operation of a multi-line
// attribute expression: the line of the attribute name.
func attrPos(e *ast.Attribute) ast.Pos {
	p := e.Pos
	if p.Lineno != p.EndLineno {
		p.Lineno = p.EndLineno
		if n := len(e.Attr); n <= p.EndColOffset {
			p.ColOffset = p.EndColOffset - n
		}
	}
	return p
}

// mangle returns name as the current class mangles it.
func (c *compiler) mangle(name string) string { return mangle(c.u.private, name) }

// ---- constants ----

// constValue returns the vm/code form of a Constant's value.
func constValue(v any) any {
	if _, ok := v.(ast.EllipsisValue); ok {
		return code.Ellipsis{}
	}
	return v
}

// constant loads a Constant.
func (c *compiler) constant(k *ast.Constant) { c.loadConst(constValue(k.Value)) }

// constTuple folds a tuple display of constants (and constant tuples) into one constant.
func constTuple(elts []ast.Expr) (code.Tuple, bool) {
	t := make(code.Tuple, len(elts))
	for i, e := range elts {
		switch e := e.(type) {
		case *ast.Constant:
			t[i] = constValue(e.Value)
		case *ast.Tuple:
			sub, ok := constTuple(e.Elts)
			if !ok {
				return nil, false
			}
			t[i] = sub
		case *ast.UnaryOp, *ast.BinOp, *ast.Subscript:
			v, ok := foldable(e)
			if !ok {
				return nil, false
			}
			t[i] = v
		default:
			return nil, false
		}
	}
	return t, true
}

// foldUnary folds -k, +k and ~k for numeric constants k.
func foldUnary(e *ast.UnaryOp) (any, bool) {
	var v any
	switch o := e.Operand.(type) {
	case *ast.Constant:
		v = o.Value
	case *ast.UnaryOp:
		var ok bool
		if v, ok = foldUnary(o); !ok {
			return nil, false
		}
	case *ast.BinOp:
		var ok bool
		if v, ok = foldBinary(o); !ok {
			return nil, false
		}
	default:
		return nil, false
	}
	if b, isBool := v.(bool); isBool && e.Op != ast.Not {
		v = int64(0)
		if b {
			v = int64(1)
		}
	}
	switch e.Op {
	case ast.USub:
		switch x := v.(type) {
		case int64:
			if x == math.MinInt64 {
				return new(big.Int).Neg(big.NewInt(x)), true
			}
			return -x, true
		case *big.Int:
			r := new(big.Int).Neg(x)
			if r.IsInt64() {
				return r.Int64(), true
			}
			return r, true
		case float64:
			return -x, true
		case complex128:
			return -x, true
		}
	case ast.UAdd:
		switch x := v.(type) {
		case int64, *big.Int, float64, complex128:
			return x, true
		}
	case ast.Not:
		if _, isTuple := e.Operand.(*ast.Tuple); isTuple {
			return nil, false
		}
		if truth, ok := constTruth(&ast.Constant{Value: v}); ok {
			return !truth, true
		}
	case ast.Invert:
		switch x := v.(type) {
		case int64:
			return ^x, true
		case *big.Int:
			r := new(big.Int).Not(x)
			if r.IsInt64() {
				return r.Int64(), true
			}
			return r, true
		}
	}
	return nil, false
}

// binaryOp returns the BINARY_OP argument of a binary operator.
func binaryOp(op ast.Operator) code.BinaryOp { return binaryOps[op] }

// binaryOps maps each ast.Operator to its code.BinaryOp.
var binaryOps = [...]code.BinaryOp{
	ast.Add:      code.BinAdd,
	ast.Sub:      code.BinSub,
	ast.Mult:     code.BinMul,
	ast.MatMult:  code.BinMatMul,
	ast.Div:      code.BinTrueDiv,
	ast.Mod:      code.BinMod,
	ast.Pow:      code.BinPow,
	ast.LShift:   code.BinLShift,
	ast.RShift:   code.BinRShift,
	ast.BitOr:    code.BinOr,
	ast.BitXor:   code.BinXor,
	ast.BitAnd:   code.BinAnd,
	ast.FloorDiv: code.BinFloorDiv,
}

// compareOp returns the COMPARE_OP argument of a comparison operator.
func compareOp(op ast.Cmpop) code.CompareOp { return compareOps[op] }

// compareOps maps each ast.Cmpop to its code.CompareOp.
var compareOps = [...]code.CompareOp{
	ast.Eq:    code.CmpEq,
	ast.NotEq: code.CmpNe,
	ast.Lt:    code.CmpLt,
	ast.LtE:   code.CmpLe,
	ast.Gt:    code.CmpGt,
	ast.GtE:   code.CmpGe,
	ast.Is:    code.CmpIs,
	ast.IsNot: code.CmpIsNot,
	ast.In:    code.CmpIn,
	ast.NotIn: code.CmpNotIn,
}

// ---- slices and displays ----

// sliceExpr compiles a subscript's index: a slice as BUILD_SLICE, anything else as itself.
func (c *compiler) sliceExpr(e ast.Expr) {
	s, ok := e.(*ast.Slice)
	if !ok {
		c.expr(e)
		return
	}
	old := c.setPos(s.Pos)
	n := uint32(2)
	for i, x := range []ast.Expr{s.Lower, s.Upper, s.Step} {
		if x != nil {
			c.expr(x)
		} else if i < 2 {
			c.loadConst(nil)
		}
	}
	if s.Step != nil {
		n = 3
	}
	c.emit(code.BUILD_SLICE, n)
	c.u.pos = old
}

// starUnpack builds a tuple, list or set display, with *iterable elements.
func (c *compiler) starUnpack(elts []ast.Expr, build code.Opcode, tuple bool) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			star = i
			break
		}
	}
	if star < 0 {
		for _, e := range elts {
			c.expr(e)
		}
		c.emit(build, uint32(len(elts)))
		return
	}
	add, extend, collect := code.LIST_APPEND, code.LIST_EXTEND, code.BUILD_LIST
	if build == code.BUILD_SET {
		add, extend, collect = code.SET_ADD, code.SET_UPDATE, code.BUILD_SET
	}
	for _, e := range elts[:star] {
		c.expr(e)
	}
	c.emit(collect, uint32(star))
	for _, e := range elts[star:] {
		if s, ok := e.(*ast.Starred); ok {
			c.expr(s.Value)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			c.emit(add, 1)
		}
	}
	if tuple {
		c.emitOp(code.LIST_TO_TUPLE)
	}
}

// dict compiles a dict display, with **mapping unpacking.
func (c *compiler) dict(e *ast.Dict) {
	hasUnpack := false
	allConst := len(e.Keys) > 1
	for _, k := range e.Keys {
		if k == nil {
			hasUnpack = true
			allConst = false
			break
		}
		if kc, ok := k.(*ast.Constant); !ok {
			allConst = false
		} else if _, isStr := kc.Value.(string); !isStr {
			switch kc.Value.(type) {
			case int64, float64, bool, nil:
			default:
				allConst = false
			}
		}
	}
	if allConst {
		keys := make(code.Tuple, len(e.Keys))
		for i, k := range e.Keys {
			keys[i] = constValue(k.(*ast.Constant).Value)
			c.expr(e.Values[i])
		}
		c.loadConst(keys)
		c.emit(code.BUILD_CONST_KEY_MAP, uint32(len(keys)))
		return
	}
	if !hasUnpack {
		for i, k := range e.Keys {
			c.expr(k)
			c.expr(e.Values[i])
		}
		c.emit(code.BUILD_MAP, uint32(len(e.Keys)))
		return
	}
	have, pending := false, 0
	flush := func() {
		if pending > 0 || !have {
			c.emit(code.BUILD_MAP, uint32(pending))
			if have {
				c.emit(code.DICT_UPDATE, 1)
			}
			have, pending = true, 0
		}
	}
	for i, k := range e.Keys {
		if k == nil {
			flush()
			c.expr(e.Values[i])
			c.emit(code.DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(e.Values[i])
		pending++
	}
	if pending > 0 {
		flush()
	}
}

// ---- f-strings ----

// joinedStr compiles an f-string: each part formatted, then BUILD_STRING.
func (c *compiler) joinedStr(e *ast.JoinedStr) {
	if len(e.Values) == 0 {
		c.loadConst("")
		return
	}
	for _, v := range e.Values {
		c.expr(v)
	}
	if len(e.Values) > 1 {
		c.emit(code.BUILD_STRING, uint32(len(e.Values)))
	} else if _, ok := e.Values[0].(*ast.FormattedValue); !ok {
		// A lone constant part is already a str.
		return
	}
}

// formattedValue compiles one {value!conv:spec} of an f-string.
func (c *compiler) formattedValue(e *ast.FormattedValue) {
	c.expr(e.Value)
	var flags uint32
	switch e.Conversion {
	case 's':
		flags = code.FormatConvStr
	case 'r':
		flags = code.FormatConvRepr
	case 'a':
		flags = code.FormatConvASCII
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		flags |= code.FormatHasSpec
	}
	c.emit(code.FORMAT_VALUE, flags)
}
