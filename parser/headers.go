package parser

import (
	"strconv"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/lexer"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// This file parses the headers of compound statements (what lies between the keyword and
// the block) and checks the layout tokens around blocks, with CPython's error messages.

// startsSimple reports whether a simple-statement line may start at t.
func startsSimple(t *plexer.Token) bool {
	switch t.Type {
	case lexer.Newline, lexer.Dedent, plexer.EOF:
		return false
	}
	return true
}

// expectColon consumes the ':' ending a compound statement header.
func (s *state) expectColon() {
	t := s.peek()
	if isOp(t, ":") {
		s.next()
		return
	}
	if t.Type == lexer.Newline {
		s.failTok("expected ':'", t)
	}
	s.speculate()
	s.failInvalid()
}

// speculate reads the expression starting at the cursor, if any, and returns to the
// cursor: CPython's diagnostic pass reads such tokens, which decides whether a bracket
// left open later in the file is reported instead.
func (s *state) speculate() {
	if t := s.peek(); startsExpr(t) && !isOp(t, "*") {
		save := s.i
		s.tryExpr()
		s.i = save
	}
}

// condHeader parses named_expression ':' after if / elif / while.
func (s *state) condHeader() ast.Expr {
	e := s.namedExpr()
	if s.atOp("=") {
		s.failAssignInExpr(e)
	}
	s.expectColon()
	return e
}

// failAssignInExpr reports `if x = 1:` (invalid_named_expression).
func (s *state) failAssignInExpr(e ast.Expr) {
	s.assignHint(e)
	s.failInvalid()
}

// assignHint raises CPython's invalid_named_expression diagnostics for `e = value` at the
// current '=' token, or returns with the cursor unchanged.
func (s *state) assignHint(e ast.Expr) {
	save := s.i
	if _, ok := e.(*ast.Slice); ok {
		return
	}
	_, isName := e.(*ast.Name)
	if isName || ((bitOrLevel(e) || s.parenthesized(e)) && !excludedDisplay(e)) {
		s.next()
		if startsExpr(s.peek()) && !s.atOp("*") && !s.atKw("not") && !s.atKw("lambda") && !s.atKw("yield") {
			rhs, ok := s.tryParse(func() ast.Expr { return s.bitOr(0) }, true)
			if ok && !s.atOp("=") && !s.atOp(":=") {
				if isName {
					s.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(e.Position(), rhs.Position()))
				}
				s.fail("cannot assign to "+ast.ExprName(e)+" here. Maybe you meant '==' instead of '='?", e.Position())
			}
		}
	}
	s.i = save
}

// forHeader parses star_targets 'in' star_expressions ':'.
func (s *state) forHeader() *forHeader {
	target := s.targetList("in")
	if !s.atKw("in") {
		s.failInvalid()
	}
	s.next()
	iter := s.starExprs()
	s.expectColon()
	return &forHeader{target: target, iter: iter}
}

// exceptHeader parses ['*'] [expression ['as' NAME]] ':'.
func (s *state) exceptHeader() *exceptHeader {
	h := &exceptHeader{}
	if s.atOp("*") {
		s.next()
		h.star = true
		if s.atOp(":") {
			s.failTok("expected one or more exception types", s.peek())
		}
	}
	if s.peek().Type == lexer.Newline {
		s.failTok("expected ':'", s.peek())
	}
	if !s.atOp(":") {
		h.typ = s.expr()
		if s.atOp(",") {
			save := s.i
			s.next()
			last := s.expr()
			for s.acceptOp(",") {
				last = s.expr()
			}
			if s.atOp(":") || s.atKw("as") {
				s.fail("multiple exception types must be parenthesized", span(h.typ.Position(), last.Position()))
			}
			s.i = save
		}
		if s.acceptKw("as") {
			n := s.peek()
			if n.Type != lexer.Name {
				s.failInvalid()
			}
			s.next()
			h.name = n.Value
		}
	}
	s.expectColon()
	return h
}

// withHeader parses the items of a with statement and its ':'.
func (s *state) withHeader() []*ast.WithItem {
	if s.atOp("(") {
		save := s.i
		if items, ok := s.tryParenWithItems(); ok {
			return items
		}
		s.i = save
	}
	var items []*ast.WithItem
	for {
		items = append(items, s.withItem())
		if !s.acceptOp(",") {
			break
		}
	}
	s.expectColon()
	return items
}

// tryParenWithItems attempts the 3.11 form `with (a as b, c):`.
func (s *state) tryParenWithItems() (items []*ast.WithItem, ok bool) {
	depth := s.depth
	defer func() {
		if r := recover(); r != nil {
			if _, isSyntax := r.(syntaxPanic); !isSyntax {
				panic(r)
			}
			s.depth = depth
			items, ok = nil, false
		}
	}()
	s.next()
	for {
		items = append(items, s.withItem())
		if !s.acceptOp(",") {
			break
		}
		if s.atOp(")") {
			break
		}
	}
	if !s.atOp(")") || !isOp(s.peekAt(1), ":") {
		return nil, false
	}
	s.next()
	s.next()
	return items, true
}

func (s *state) withItem() *ast.WithItem {
	it := &ast.WithItem{ContextExpr: s.expr()}
	if s.acceptKw("as") {
		var t ast.Expr
		if s.atOp("*") {
			t = s.starTarget()
		} else {
			t = s.expr()
		}
		if n := s.peek(); !isOp(n, ",") && !isOp(n, ")") && !isOp(n, ":") && n.Type != lexer.Newline {
			s.failInvalid()
		}
		s.setStore(t, starTargets)
		it.OptionalVars = t
	}
	return it
}

// defHeader parses NAME '(' params ')' ['->' expression] ':'.
func (s *state) defHeader() *defHeader {
	n := s.peek()
	if n.Type != lexer.Name {
		s.failInvalid()
	}
	s.next()
	if !s.atOp("(") {
		s.failTok("expected '('", s.peek())
	}
	s.next()
	h := &defHeader{name: n.Value}
	s.level++
	h.args = s.params(")", true)
	s.level--
	if !s.atOp(")") {
		s.failInvalid()
	}
	s.next()
	if s.atOp("->") {
		arrow := s.next()
		if !startsExpr(s.peek()) || s.atOp("*") || s.atKw("yield") {
			s.failTok("expected ':'", arrow)
		}
		h.returns = s.expr()
	}
	s.colon()
	return h
}

// classHeader parses NAME ['(' [arguments] ')'] ':'.
func (s *state) classHeader() *classHeader {
	n := s.peek()
	if n.Type != lexer.Name {
		s.failInvalid()
	}
	s.next()
	h := &classHeader{name: n.Value}
	if s.atOp("(") {
		c := s.callArgs(&ast.Name{Pos: tokPos(n), Id: n.Value}, n, true).(*ast.Call)
		h.bases, h.keywords = c.Args, c.Keywords
	}
	s.expectColon()
	return h
}

// decorator parses '@' named_expression NEWLINE.
func (s *state) decorator() ast.Expr {
	s.next()
	e := s.namedExpr()
	if s.atOp("=") {
		s.failAssignInExpr(e)
	}
	if s.peek().Type != lexer.Newline {
		s.failInvalid()
	}
	s.next()
	return e
}

// colon parses the ':' after else, try and finally, which CPython's grammar forces (&&':').
func (s *state) colon() {
	if !s.atOp(":") {
		if t := s.peek(); t.Type == lexer.Error {
			s.failInvalidAt(t)
		}
		s.failTok("expected ':'", s.peek())
	}
	s.next()
}

// indent checks for the INDENT opening a block after NEWLINE; without it CPython reports
// "expected an indented block after ...".
func (s *state) indent() {
	t := s.peek()
	if t.Type == lexer.Indent {
		s.next()
		return
	}
	if t.Type == lexer.Error {
		s.failInvalidAt(t)
	}
	// Find the header: the first token of the logical line holding the ':' before NEWLINE.
	j := s.i - 2 // the ':' (s.i-1 is the NEWLINE)
	for j > 0 {
		p := &s.toks[j-1]
		if p.Type == lexer.Newline || p.Type == lexer.Indent || p.Type == lexer.Dedent {
			break
		}
		j--
	}
	h := &s.toks[j]
	what := ""
	switch h.Value {
	case "if", "elif", "else", "for", "while", "with", "try", "finally":
		what = "'" + h.Value + "' statement"
	case "except":
		what = "'except' statement"
		if isOp(&s.toks[j+1], "*") {
			what = "'except*' statement"
		}
	case "def":
		what = "function definition"
	case "class":
		what = "class definition"
	case "async":
		switch s.toks[j+1].Value {
		case "def":
			what = "function definition"
		default:
			what = "'" + s.toks[j+1].Value + "' statement"
		}
	}
	if what == "" {
		s.failInvalid()
	}
	msg := "expected an indented block after " + what + " on line " + strconv.Itoa(h.Pos.Line)
	pos := s.errTokPos(t)
	e := s.errorAt("IndentationError", msg, pos)
	if t.Type == lexer.Dedent && pos.Lineno == t.Pos.Line && pos.ColOffset == t.Pos.Column-1 {
		e.Col, e.EndLine, e.EndCol = e.Col-1, 0, 0 // a DEDENT inside the file: 0-based column
	}
	e.AtEOF = s.onlyEndFrom(s.i)
	panic(syntaxPanic{err: e})
}

// onlyEndFrom reports whether nothing but NEWLINE, DEDENT and EOF tokens follow index i.
func (s *state) onlyEndFrom(i int) bool {
	for ; i < len(s.toks); i++ {
		switch s.toks[i].Type {
		case lexer.Newline, lexer.Dedent, plexer.EOF:
		default:
			return false
		}
	}
	return true
}

// tryCheck requires an except or finally clause after a try block.
func (s *state) tryCheck() {
	t := s.peek()
	if isKw(t, "except") || isKw(t, "finally") {
		return
	}
	if t.Type == lexer.Error {
		s.failInvalidAt(t)
	}
	s.fail("expected 'except' or 'finally' block", s.errTokPos(t))
}
