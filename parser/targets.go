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
		s.fail("cannot assign to "+ast.ExprName(bad), bad.Position())
	}
	setCtx(e, ast.Store)
}

// setDel validates e as a del target and marks it Del.
func (s *state) setDel(e ast.Expr) {
	if bad := invalidTarget(e, delTargets); bad != nil {
		s.fail("cannot delete "+ast.ExprName(bad), bad.Position())
	}
	setCtx(e, ast.Del)
}
