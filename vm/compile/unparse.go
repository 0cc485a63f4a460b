package compile

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/internal/pyrepr"
)

// unparse returns the source text of an expression as CPython's ast_unparse.c writes it:
// the string an annotation becomes under `from __future__ import annotations`.
func unparse(e ast.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.b.String()
}

// Precedence levels of ast_unparse.c.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prBor // also PR_EXPR
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

type unparser struct{ b strings.Builder }

// s writes s.
func (u *unparser) s(s string) { u.b.WriteString(s) }

// open writes "(" if cond; close writes the matching ")".
func (u *unparser) open(cond bool) {
	if cond {
		u.s("(")
	}
}

func (u *unparser) close(cond bool) {
	if cond {
		u.s(")")
	}
}

var binOps = map[ast.Operator]struct {
	op string
	pr int
}{
	ast.Add: {" + ", prArith}, ast.Sub: {" - ", prArith}, ast.Mult: {" * ", prTerm},
	ast.MatMult: {" @ ", prTerm}, ast.Div: {" / ", prTerm}, ast.Mod: {" % ", prTerm},
	ast.FloorDiv: {" // ", prTerm}, ast.LShift: {" << ", prShift}, ast.RShift: {" >> ", prShift},
	ast.BitOr: {" | ", prBor}, ast.BitXor: {" ^ ", prBxor}, ast.BitAnd: {" & ", prBand},
	ast.Pow: {" ** ", prPower},
}

var cmpOps = map[ast.Cmpop]string{
	ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ",
	ast.GtE: " >= ", ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ", ast.NotIn: " not in ",
}

// exprs writes list separated by ", ".
func (u *unparser) exprs(list []ast.Expr, level int) {
	for i, e := range list {
		if i > 0 {
			u.s(", ")
		}
		u.expr(e, level)
	}
}

// expr writes e, in parentheses if its precedence is below level.
func (u *unparser) expr(e ast.Expr, level int) {
	switch e := e.(type) {
	case *ast.BoolOp:
		op, pr := " and ", prAnd
		if e.Op == ast.Or {
			op, pr = " or ", prOr
		}
		u.open(level > pr)
		for i, v := range e.Values {
			if i > 0 {
				u.s(op)
			}
			u.expr(v, pr+1)
		}
		u.close(level > pr)
	case *ast.BinOp:
		b := binOps[e.Op]
		rassoc := 0
		if e.Op == ast.Pow {
			rassoc = 1
		}
		u.open(level > b.pr)
		u.expr(e.Left, b.pr+rassoc)
		u.s(b.op)
		u.expr(e.Right, b.pr+1-rassoc)
		u.close(level > b.pr)
	case *ast.UnaryOp:
		op, pr := "-", prFactor
		switch e.Op {
		case ast.Invert:
			op = "~"
		case ast.Not:
			op, pr = "not ", prNot
		case ast.UAdd:
			op = "+"
		}
		u.open(level > pr)
		u.s(op)
		u.expr(e.Operand, pr)
		u.close(level > pr)
	case *ast.Lambda:
		u.open(level > prTest)
		if len(e.Args.Args)+len(e.Args.Posonlyargs) > 0 {
			u.s("lambda ")
		} else {
			u.s("lambda")
		}
		u.arguments(e.Args)
		u.s(": ")
		u.expr(e.Body, prTest)
		u.close(level > prTest)
	case *ast.IfExp:
		u.open(level > prTest)
		u.expr(e.Body, prTest+1)
		u.s(" if ")
		u.expr(e.Test, prTest+1)
		u.s(" else ")
		u.expr(e.Orelse, prTest)
		u.close(level > prTest)
	case *ast.Dict:
		u.s("{")
		for i, k := range e.Keys {
			if i > 0 {
				u.s(", ")
			}
			if k == nil {
				u.s("**")
				u.expr(e.Values[i], prBor)
				continue
			}
			u.expr(k, prTest)
			u.s(": ")
			u.expr(e.Values[i], prTest)
		}
		u.s("}")
	case *ast.Set:
		u.s("{")
		u.exprs(e.Elts, prTest)
		u.s("}")
	case *ast.ListComp:
		u.comprehension("[", e.Elt, nil, e.Generators, "]")
	case *ast.SetComp:
		u.comprehension("{", e.Elt, nil, e.Generators, "}")
	case *ast.DictComp:
		u.comprehension("{", e.Key, e.Value, e.Generators, "}")
	case *ast.GeneratorExp:
		u.comprehension("(", e.Elt, nil, e.Generators, ")")
	case *ast.Await:
		u.open(level > prAwait)
		u.s("await ")
		u.expr(e.Value, prAtom)
		u.close(level > prAwait)
	case *ast.Yield:
		u.s("(yield")
		if e.Value != nil {
			u.s(" ")
			u.expr(e.Value, prTest)
		}
		u.s(")")
	case *ast.YieldFrom:
		u.s("(yield from ")
		u.expr(e.Value, prTest)
		u.s(")")
	case *ast.Compare:
		u.open(level > prCmp)
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.s(cmpOps[op])
			u.expr(e.Comparators[i], prCmp+1)
		}
		u.close(level > prCmp)
	case *ast.Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*ast.GeneratorExp); ok {
				u.expr(g, prTest)
				return
			}
		}
		u.s("(")
		first := true
		for _, a := range e.Args {
			if !first {
				u.s(", ")
			}
			first = false
			u.expr(a, prTest)
		}
		for _, k := range e.Keywords {
			if !first {
				u.s(", ")
			}
			first = false
			if k.Arg == "" {
				u.s("**")
			} else {
				u.s(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.s(")")
	case *ast.JoinedStr:
		u.s("f" + pyrepr.Str(fstringBody(e.Values)))
	case *ast.FormattedValue:
		u.s("f" + pyrepr.Str(fstringBody([]ast.Expr{e})))
	case *ast.Constant:
		u.constant(e.Value, e.Kind)
	case *ast.Attribute:
		u.expr(e.Value, prAtom)
		if k, ok := e.Value.(*ast.Constant); ok {
			switch k.Value.(type) {
			case int64, *big.Int:
				u.s(" ")
			}
		}
		u.s("." + e.Attr)
	case *ast.Subscript:
		u.expr(e.Value, prAtom)
		u.s("[")
		u.expr(e.Slice, prTuple)
		u.s("]")
	case *ast.Starred:
		u.s("*")
		u.expr(e.Value, prBor)
	case *ast.Name:
		u.s(e.Id)
	case *ast.List:
		u.s("[")
		u.exprs(e.Elts, prTest)
		u.s("]")
	case *ast.Tuple:
		if len(e.Elts) == 0 {
			u.s("()")
			return
		}
		u.open(level > prTuple)
		u.exprs(e.Elts, prTest)
		if len(e.Elts) == 1 {
			u.s(",")
		}
		u.close(level > prTuple)
	case *ast.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.s(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.s(":")
			u.expr(e.Step, prTest)
		}
	case *ast.NamedExpr:
		u.open(level > prTuple)
		u.expr(e.Target, prAtom)
		u.s(" := ")
		u.expr(e.Value, prAtom)
		u.close(level > prTuple)
	}
}

// comprehension writes a comprehension between the brackets left and right: its element,
// or key: value for a dict comprehension (value non-nil), then its for and if clauses.
func (u *unparser) comprehension(left string, elt, value ast.Expr, gens []*ast.Comprehension, right string) {
	u.s(left)
	u.expr(elt, prTest)
	if value != nil {
		u.s(": ")
		u.expr(value, prTest)
	}
	u.comprehensions(gens)
	u.s(right)
}

// comprehensions writes the for and if clauses of a comprehension.
func (u *unparser) comprehensions(gens []*ast.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			u.s(" async for ")
		} else {
			u.s(" for ")
		}
		u.expr(g.Target, prTuple)
		u.s(" in ")
		u.expr(g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			u.s(" if ")
			u.expr(cond, prTest+1)
		}
	}
}

// arguments writes the parameter list of a lambda.
func (u *unparser) arguments(a *ast.Arguments) {
	first := true
	sep := func() {
		if !first {
			u.s(", ")
		}
		first = false
	}
	positional := append(append([]*ast.Arg(nil), a.Posonlyargs...), a.Args...)
	defaultsFrom := len(positional) - len(a.Defaults)
	for i, arg := range positional {
		sep()
		u.s(arg.Arg)
		if i >= defaultsFrom {
			u.s("=")
			u.expr(a.Defaults[i-defaultsFrom], prTest)
		}
		if i == len(a.Posonlyargs)-1 {
			u.s(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		u.s("*")
		if a.Vararg != nil {
			u.s(a.Vararg.Arg)
		}
	}
	for i, arg := range a.Kwonlyargs {
		sep()
		u.s(arg.Arg)
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			u.s("=")
			u.expr(a.KwDefaults[i], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.s("**" + a.Kwarg.Arg)
	}
}

// constant writes a Constant's value (kind is its "u" prefix, if any).
func (u *unparser) constant(v any, kind string) {
	switch x := v.(type) {
	case nil:
		u.s("None")
	case bool:
		if x {
			u.s("True")
		} else {
			u.s("False")
		}
	case int64:
		u.s(strconv.FormatInt(x, 10))
	case *big.Int:
		u.s(x.String())
	case float64:
		if math.IsInf(x, 0) {
			if x < 0 {
				u.s("-")
			}
			u.s("1e309")
			return
		}
		u.s(pyrepr.Float(x))
	case complex128:
		u.s(strings.ReplaceAll(pyrepr.Complex(x), "inf", "1e309"))
	case string:
		if kind == "u" {
			u.s("u")
		}
		u.s(pyrepr.Str(x))
	case []byte:
		u.s(pyrepr.Bytes(x))
	case ast.EllipsisValue:
		u.s("...")
	}
}

// fstringBody rebuilds the inside of an f-string from its parts (ast_unparse.c's
// build_fstring_body): literal braces doubled, each replacement field re-created.
func fstringBody(values []ast.Expr) string {
	var b strings.Builder
	for _, v := range values {
		switch v := v.(type) {
		case *ast.Constant:
			s, _ := v.Value.(string)
			s = strings.ReplaceAll(s, "{", "{{")
			b.WriteString(strings.ReplaceAll(s, "}", "}}"))
		case *ast.FormattedValue:
			inner := unparseAt(v.Value, prTest+1)
			b.WriteString("{")
			if strings.HasPrefix(inner, "{") {
				b.WriteString(" ")
			}
			b.WriteString(inner)
			if v.Conversion > 0 {
				b.WriteString("!" + string(rune(v.Conversion)))
			}
			if v.FormatSpec != nil {
				b.WriteString(":")
				if js, ok := v.FormatSpec.(*ast.JoinedStr); ok {
					b.WriteString(fstringBody(js.Values))
				} else {
					b.WriteString(fstringBody([]ast.Expr{v.FormatSpec}))
				}
			}
			b.WriteString("}")
		case *ast.JoinedStr:
			b.WriteString(fstringBody(v.Values))
		}
	}
	return b.String()
}

// unparseAt returns e as source text, parenthesized if its precedence is below level.
func unparseAt(e ast.Expr, level int) string {
	var u unparser
	u.expr(e, level)
	return u.b.String()
}
