package compile

import (
	"math/big"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// The SyntaxWarnings of CPython 3.11's compiler: code that is valid but almost certainly
// wrong. They are reported through Options.Warn, if set, as *ast.SyntaxError values of Kind
// "SyntaxWarning".

// warn reports a SyntaxWarning at p.
func (c *compiler) warn(p ast.Pos, msg string) {
	if c.opts.Warn == nil {
		return
	}
	w := c.err.errorAt(p, msg)
	w.Kind = "SyntaxWarning"
	c.opts.Warn(w)
}

// literalType is the type name of a literal or display (CPython's infer_type), or "".
func literalType(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	case *ast.Constant:
		return constTypeName(e.Value)
	}
	return ""
}

// constTypeName returns the Python type name of a constant's value.
func constTypeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case ast.EllipsisValue, code.Ellipsis:
		return "ellipsis"
	case code.Tuple:
		return "tuple"
	}
	return ""
}

// checkCaller warns about calling a literal: `[1, 2] (3)` is a missing comma.
func (c *compiler) checkCaller(e ast.Expr) {
	switch e.(type) {
	case *ast.Constant, *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.DictComp,
		*ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.JoinedStr, *ast.FormattedValue:
		c.warn(c.u.pos, "'"+literalType(e)+"' object is not callable; perhaps you missed a comma?")
	}
}

// checkSubscript warns about subscripting a literal that cannot be subscripted, or indexing a
// sequence literal with a literal of the wrong type.
func (c *compiler) checkSubscript(e *ast.Subscript) {
	switch v := e.Value.(type) {
	case *ast.Constant:
		switch v.Value.(type) {
		case nil, ast.EllipsisValue, int64, *big.Int, bool, float64, complex128:
			c.warn(c.u.pos, "'"+literalType(v)+"' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
		c.warn(c.u.pos, "'"+literalType(v)+"' object is not subscriptable; perhaps you missed a comma?")
		return
	}
	index := literalType(e.Slice)
	if k, ok := e.Slice.(*ast.Constant); ok {
		index = constTypeName(constValue(k.Value))
	}
	if index == "" || index == "int" || index == "bool" {
		return
	}
	switch v := e.Value.(type) {
	case *ast.Constant:
		switch v.Value.(type) {
		case string, []byte:
		default:
			return
		}
	case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
	default:
		return
	}
	c.warn(c.u.pos, literalType(e.Value)+" indices must be integers or slices, not "+index+"; perhaps you missed a comma?")
}

// checkIsLiteral warns about `x is 1`: identity with a literal other than None, True, False
// and Ellipsis.
func (c *compiler) checkIsLiteral(e *ast.Compare) {
	left := e.Left
	for i, op := range e.Ops {
		right := e.Comparators[i]
		if (op == ast.Is || op == ast.IsNot) && (isLiteral(left) || isLiteral(right)) {
			if op == ast.Is {
				c.warn(c.u.pos, `"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(c.u.pos, `"is not" with a literal. Did you mean "!="?`)
			}
		}
		left = right
	}
}

// isLiteral reports whether e is (or folds into) a constant other than None, True, False
// and Ellipsis.
func isLiteral(e ast.Expr) bool {
	var v any
	switch x := e.(type) {
	case *ast.Constant:
		v = x.Value
	case *ast.Tuple:
		t, ok := constTuple(x.Elts)
		if !ok {
			return false
		}
		v = t
	case *ast.UnaryOp, *ast.BinOp:
		f, ok := foldable(x)
		if !ok {
			return false
		}
		v = f
	default:
		return false
	}
	switch v.(type) {
	case nil, bool, ast.EllipsisValue:
		return false
	}
	return true
}
