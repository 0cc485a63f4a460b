package compile

import (
	"math/big"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// compare compiles a comparison, chained ones with short circuits.
func (c *compiler) compare(e *ast.Compare) {
	c.checkIsLiteral(e)
	c.compareNoCheck(e)
}

// compareNoCheck compiles a comparison without the literal check.
func (c *compiler) compareNoCheck(e *ast.Compare) {
	c.expr(e.Left)
	if len(e.Ops) == 1 {
		c.containerExpr(e.Ops[0], e.Comparators[0])
		c.emit(code.COMPARE_OP, uint32(compareOp(e.Ops[0])))
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	n := len(e.Ops)
	for i := 0; i < n-1; i++ {
		c.expr(e.Comparators[i])
		c.emit(code.SWAP, 2)
		c.emit(code.COPY, 2)
		c.emit(code.COMPARE_OP, uint32(compareOp(e.Ops[i])))
		c.emitJump(code.JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.expr(e.Comparators[n-1])
	c.emit(code.COMPARE_OP, uint32(compareOp(e.Ops[n-1])))
	c.emitJump(code.JUMP, end)
	c.placeLabel(cleanup)
	c.emit(code.SWAP, 2)
	c.emitOp(code.POP_TOP)
	c.placeLabel(end)
}

// containerExpr compiles the right operand of a comparison; a list display of constants
// tested with `in` becomes a constant tuple, as in CPython.
func (c *compiler) containerExpr(op ast.Cmpop, e ast.Expr) {
	if op == ast.In || op == ast.NotIn {
		c.iterExpr(e)
	} else {
		c.expr(e)
	}
}

// iterExpr compiles the iterable of a for loop; a list display of constants becomes a
// constant tuple, as in CPython.
func (c *compiler) iterExpr(e ast.Expr) {
	if l, ok := e.(*ast.List); ok {
		if t, ok := constTuple(l.Elts); ok {
			old := c.setPos(l.Pos)
			c.loadConst(t)
			c.u.pos = old
			return
		}
	}
	c.expr(e)
}

// constTruth reports the truth value of a constant (or folded constant) expression.
func constTruth(e ast.Expr) (truth, ok bool) {
	var value any
	switch x := e.(type) {
	case *ast.Constant:
		value = x.Value
	case *ast.Tuple:
		t, ok := constTuple(x.Elts)
		if !ok {
			return false, false
		}
		return len(t) > 0, true
	case *ast.UnaryOp, *ast.BinOp, *ast.Subscript:
		v, ok := foldable(x)
		if !ok {
			return false, false
		}
		value = v
	default:
		return false, false
	}
	switch v := value.(type) {
	case nil:
		return false, true
	case bool:
		return v, true
	case int64:
		return v != 0, true
	case *big.Int:
		return v.Sign() != 0, true
	case float64:
		return v != 0, true
	case complex128:
		return v != 0, true
	case string:
		return v != "", true
	case []byte:
		return len(v) != 0, true
	case ast.EllipsisValue, code.Ellipsis:
		return true, true
	case code.Tuple:
		return len(v) > 0, true
	}
	return false, false
}

// jumpIf compiles e as a condition: jumps to label when its truth equals cond.
//
// Positions follow CPython 3.11: the jump of a plain condition has the enclosing statement's
// position, while a comparison sets the position of its jump and of the instructions that
// follow it (the AssertionError raised by `assert x > 0` points at `x > 0`).
func (c *compiler) jumpIf(e ast.Expr, label int, cond bool) {
	if truth, ok := constTruth(e); ok {
		if truth == cond {
			c.emitJump(code.JUMP, label)
		}
		return
	}
	if n, ok := e.(*ast.Name); ok && n.Id == "__debug__" && n.Ctx == ast.Load {
		if cond {
			c.emitJump(code.JUMP, label)
		}
		return
	}
	switch e := e.(type) {
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			c.jumpIf(e.Operand, label, !cond)
			return
		}
	case *ast.BoolOp:
		isOr := e.Op == ast.Or
		n := len(e.Values)
		if cond == isOr {
			for _, v := range e.Values {
				c.jumpIf(v, label, cond)
			}
			return
		}
		next := c.newLabel()
		for _, v := range e.Values[:n-1] {
			c.jumpIf(v, next, !cond)
		}
		c.jumpIf(e.Values[n-1], label, cond)
		c.placeLabel(next)
		return
	case *ast.Compare:
		c.checkIsLiteral(e)
		c.u.pos = e.Pos
		n := len(e.Ops) - 1
		if n == 0 {
			c.expr(e.Left)
			c.lastCompareJump(e.Ops[0], e.Comparators[0], label, cond)
			return
		}
		// a < b < c: each link but the last jumps to a cleanup that drops the kept operand.
		cleanup, end := c.newLabel(), c.newLabel()
		c.expr(e.Left)
		for i := 0; i < n; i++ {
			c.expr(e.Comparators[i])
			c.emit(code.SWAP, 2)
			c.emit(code.COPY, 2)
			c.emit(code.COMPARE_OP, uint32(compareOp(e.Ops[i])))
			c.emitJump(code.POP_JUMP_IF_FALSE, cleanup)
		}
		c.lastCompareJump(e.Ops[n], e.Comparators[n], label, cond)
		c.emitJump(code.JUMP, end)
		c.placeLabel(cleanup)
		c.emitOp(code.POP_TOP)
		if !cond {
			c.emitJump(code.JUMP, label)
		}
		c.placeLabel(end)
		return
	}
	c.expr1IfCompare(e)
	if cond {
		c.emitJump(code.POP_JUMP_IF_TRUE, label)
	} else {
		c.emitJump(code.POP_JUMP_IF_FALSE, label)
	}
}

// lastCompareJump compiles `<left on the stack> op right` and jumps to label when its truth
// is cond; `is None` and `is not None` become POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE.
func (c *compiler) lastCompareJump(op ast.Cmpop, right ast.Expr, label int, cond bool) {
	if k, ok := right.(*ast.Constant); ok && k.Value == nil && (op == ast.Is || op == ast.IsNot) {
		if (op == ast.Is) == cond {
			c.emitJump(code.POP_JUMP_IF_NONE, label)
		} else {
			c.emitJump(code.POP_JUMP_IF_NOT_NONE, label)
		}
		return
	}
	c.containerExpr(op, right)
	c.emit(code.COMPARE_OP, uint32(compareOp(op)))
	if cond {
		c.emitJump(code.POP_JUMP_IF_TRUE, label)
	} else {
		c.emitJump(code.POP_JUMP_IF_FALSE, label)
	}
}

// expr1IfCompare compiles a condition's value: a comparison at the position jumpIf set (its
// own, which persists), anything else as an ordinary expression.
func (c *compiler) expr1IfCompare(e ast.Expr) {
	if cmp, ok := e.(*ast.Compare); ok {
		c.compareNoCheck(cmp)
		return
	}
	c.expr(e)
}
