package parser

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/lexer"
)

// params parses a parameter list up to closer (")" for def, ":" for lambda); annotations
// are allowed only in def.
func (s *state) params(closer string, annotations bool) *ast.Arguments {
	a := &ast.Arguments{}
	var star, slash, sawDefault bool
	for !s.atOp(closer) {
		t := s.peek()
		switch {
		case isOp(t, "("):
			s.failParenParams(annotations)
		case isOp(t, "/"):
			if !annotations && len(a.Args) == 0 {
				s.failInvalid()
			}
			if slash {
				s.failTok("/ may appear only once", t)
			}
			if star {
				s.failTok("/ must be ahead of *", t)
			}
			if len(a.Args) == 0 {
				s.failTok("at least one argument must precede /", t)
			}
			s.next()
			slash = true
			a.Posonlyargs = a.Args
			a.Args = nil
			if annotations && s.atOp("*") {
				s.failTok("expected comma between / and *", s.peek())
			}
		case isOp(t, "*"):
			if star {
				s.failTok("* argument may appear only once", t)
			}
			s.next()
			star = true
			if s.peek().Type == lexer.Name {
				a.Vararg = s.param(annotations, true)
				if s.atOp("=") {
					s.failTok("var-positional argument cannot have default value", s.peek())
				}
			} else if s.atOp(closer) || (s.atOp(",") && (isOp(s.peekAt(1), closer) || isOp(s.peekAt(1), "**"))) {
				if !annotations {
					// lambda: CPython reports at the last token it read.
					at := s.peek()
					if s.atOp(",") {
						at = s.peekAt(1)
					}
					s.failTok("named arguments must follow bare *", at)
				}
				s.failTok("named arguments must follow bare *", t)
			} else if !s.atOp(",") {
				s.failInvalid()
			}
		case isOp(t, "**"):
			s.next()
			if s.peek().Type != lexer.Name {
				s.failInvalid()
			}
			a.Kwarg = s.param(annotations, false)
			if s.atOp("=") {
				s.failTok("var-keyword argument cannot have default value", s.peek())
			}
			s.acceptOp(",")
			if !s.atOp(closer) {
				if s.peek().Type == lexer.Name || s.atOp("*") || s.atOp("**") || s.atOp("/") {
					s.failTok("arguments cannot follow var-keyword argument", s.peek())
				}
				s.failInvalid()
			}
			return a
		case t.Type == lexer.Name:
			p := s.param(annotations, false)
			var def ast.Expr
			if s.atOp("=") {
				eq := s.next()
				if annotations && (s.atOp(",") || s.atOp(closer)) {
					s.failTok("expected default value expression", eq)
				}
				def = s.expr()
				if !s.atOp(",") && !s.atOp(closer) {
					s.failElem(def)
				}
			}
			if star {
				a.Kwonlyargs = append(a.Kwonlyargs, p)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, p)
				if def != nil {
					sawDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if sawDefault {
					if !s.atOp(",") && !s.atOp(closer) {
						s.failInvalid()
					}
					s.fail("non-default argument follows default argument", p.Pos)
				}
			}
		default:
			s.failInvalid()
		}
		if !s.acceptOp(",") {
			break
		}
	}
	return a
}

// failParenParams reports `def f((a, b))` and `lambda (x): x`.
func (s *state) failParenParams(def bool) {
	open := s.peek()
	k := 1
	for s.peekAt(k).Type == lexer.Name {
		k++
		if isOp(s.peekAt(k), ",") {
			k++
		}
	}
	if k > 1 && isOp(s.peekAt(k), ")") {
		pos := span(tokPos(open), tokPos(s.peekAt(k)))
		if def {
			s.fail("Function parameters cannot be parenthesized", pos)
		}
		s.fail("Lambda expression parameters cannot be parenthesized", pos)
	}
	s.failInvalid()
}

// param parses NAME [':' annotation].
func (s *state) param(annotations, starAnnotation bool) *ast.Arg {
	t := s.next()
	p := &ast.Arg{Pos: tokPos(t), Arg: t.Value}
	if annotations && s.atOp(":") {
		s.next()
		if starAnnotation && s.atOp("*") {
			p.Annotation = s.starExpr()
		} else {
			p.Annotation = s.expr()
		}
		p.Pos = s.spanTok(t)
	}
	return p
}
