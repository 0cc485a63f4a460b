package parser

import (
	"github.com/aiolang/aio/ast"
)

// targetsKind says which statement a target list belongs to, as CPython's TARGETS_TYPE.
type targetsKind int

const (
	starTargets targetsKind = iota
	forTargets
	delTargets
)

// invalidTarget returns the first sub-expression of e that cannot be a target (CPython's
// _PyPegen_get_invalid_target), or nil.
func invalidTarget(e ast.Expr, kind targetsKind) ast.Expr {
	switch n := e.(type) {
	case *ast.List:
		for _, x := range n.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Tuple:
		for _, x := range n.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(n.Value, kind)
	case *ast.Compare:
		if kind == forTargets {
			if n.Ops[0] == ast.In {
				return invalidTarget(n.Left, kind)
			}
			return nil
		}
		return e
	case *ast.Name, *ast.Subscript, *ast.Attribute:
		return nil
	}
	return e
}

// exprName is CPython's _PyPegen_get_expr_name: how error messages call an expression.
func exprName(e ast.Expr) string {
	switch n := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch n.Value {
		case nil:
			return "None"
		case true:
			return "True"
		case false:
			return "False"
		}
		if _, ok := n.Value.(ast.EllipsisValue); ok {
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// setCtx sets ctx on a valid target tree (its Names, Attributes, Subscripts, Starreds,
// Tuples and Lists); the caller has checked validity.
func setCtx(e ast.Expr, ctx ast.ExprContext) {
	switch n := e.(type) {
	case *ast.Name:
		n.Ctx = ctx
	case *ast.Attribute:
		n.Ctx = ctx
	case *ast.Subscript:
		n.Ctx = ctx
	case *ast.Starred:
		n.Ctx = ctx
		setCtx(n.Value, ctx)
	case *ast.Tuple:
		n.Ctx = ctx
		for _, x := range n.Elts {
			setCtx(x, ctx)
		}
	case *ast.List:
		n.Ctx = ctx
		for _, x := range n.Elts {
			setCtx(x, ctx)
		}
	}
}

// setStore validates e as an assignment target and marks it Store.
func (s *state) setStore(e ast.Expr, kind targetsKind) {
	if bad := invalidTarget(e, kind); bad != nil {
		s.fail("cannot assign to "+exprName(bad), bad.Position())
	}
	setCtx(e, ast.Store)
}

// setDel validates e as a del target and marks it Del.
func (s *state) setDel(e ast.Expr) {
	if bad := invalidTarget(e, delTargets); bad != nil {
		s.fail("cannot delete "+exprName(bad), bad.Position())
	}
	setCtx(e, ast.Del)
}
