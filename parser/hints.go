package parser

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/lexer"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// This file reproduces the "second pass" diagnostics of CPython's parser (the invalid_*
// rules of python.gram) that aio reports: the missing-comma hint and the hints for '='
// used where '==' was meant.

// commaCandidate returns the disjunction that ends element e, which CPython's
// invalid_expression rule would pair with a following expression, or nil.
func commaCandidate(e ast.Expr) ast.Expr {
	switch n := e.(type) {
	case *ast.IfExp, *ast.Yield, *ast.YieldFrom:
		return nil
	case *ast.Lambda:
		return commaCandidate(n.Body)
	case *ast.Starred:
		return n.Value
	case *ast.NamedExpr:
		return commaCandidate(n.Value)
	case *ast.Slice:
		switch {
		case n.Step != nil:
			return commaCandidate(n.Step)
		case n.Upper != nil:
			return commaCandidate(n.Upper)
		case n.Lower != nil:
			return commaCandidate(n.Lower)
		}
		return nil
	}
	return e
}

// softKeywords are the 3.11 soft keywords (match statements are not part of aio, but the
// error rules still treat these names specially).
func isSoftKeyword(t *plexer.Token) bool {
	return t.Type == lexer.Name && (t.Value == "_" || t.Value == "match" || t.Value == "case")
}

// tokenAtPos finds the token starting at a CPython position.
func (s *state) tokenAtPos(line, col int) *plexer.Token {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		t := &s.toks[m]
		if t.Pos.Line < line || (t.Pos.Line == line && t.Pos.Column-1 < col) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(s.toks) {
		return &s.toks[lo]
	}
	return &s.toks[len(s.toks)-1]
}

// failElem reports the token after element e inside brackets: "Perhaps you forgot a
// comma?" when another expression follows, else "invalid syntax".
func (s *state) failElem(e ast.Expr) {
	s.commaHint(e)
	s.failInvalid()
}

// commaHint raises CPython's invalid_expression diagnostic for element e followed by the
// current token ("Perhaps you forgot a comma?", or the '=' hints), or returns.
func (s *state) commaHint(e ast.Expr) {
	t := s.peek()
	if isOp(t, "=") && s.level > 0 {
		s.assignHint(e)
		return
	}
	a := commaCandidate(e)
	if a == nil || !startsExpr(t) || isOp(t, "*") || isKw(t, "yield") {
		return
	}
	ap := a.Position()
	first := s.tokenAtPos(ap.Lineno, ap.ColOffset)
	if isSoftKeyword(first) {
		return
	}
	save := s.i
	if _, ok := a.(*ast.Name); ok && (t.Type == lexer.String || t.Type == lexer.FStringStart) {
		// Not a missing comma, but CPython's invalid_legacy_expression reads on from the
		// string with its diagnostics enabled.
		if b, ok := s.tryParse(s.starExprs, true); ok && startsExpr(s.peek()) && s.level > 0 {
			if tu, isTuple := b.(*ast.Tuple); isTuple && !parenthesizedTuple(tu) {
				b = tu.Elts[len(tu.Elts)-1]
			}
			s.commaHint(b)
		}
		s.i = save
		return
	}
	b, ok := s.tryExpr()
	if !ok {
		// expression_without_invalid backtracks to a plain disjunction.
		b, ok = s.tryParse(s.disjunction, false)
	}
	if ok && s.level > 0 {
		s.fail("invalid syntax. Perhaps you forgot a comma?", span(ap, b.Position()))
	}
	// CPython read the tokens of b anyway (which matters for the unclosed-bracket check),
	// but only suggests a comma inside brackets.
	s.i = save
}

// tryExpr parses an expression, reporting failure instead of raising it.
func (s *state) tryExpr() (e ast.Expr, ok bool) {
	return s.tryParse(s.expr, false)
}

// tryParse runs a parse function, reporting failure instead of raising it. With keep,
// specific errors (what CPython's invalid_* rules raise) still propagate and only the
// generic "invalid syntax" is swallowed.
func (s *state) tryParse(f func() ast.Expr, keep bool) (e ast.Expr, ok bool) {
	depth, level, i := s.depth, s.level, s.i
	defer func() {
		if r := recover(); r != nil {
			sp, isSyntax := r.(syntaxPanic)
			if !isSyntax || sp.lex || sp.layout || (keep && sp.err.Msg != "invalid syntax") {
				panic(r)
			}
			e, ok = nil, false
			s.depth, s.level, s.i = depth, level, i
		}
	}()
	return f(), true
}

// failLegacy applies CPython's invalid_legacy_expression rule at the current token: after
// a NAME (not followed by '('), it parses star_expressions with the diagnostic rules on, and
// reports "Missing parentheses in call to 'print'" for print and exec.
func (s *state) failLegacy() {
	if s.i == 0 {
		return
	}
	a := &s.toks[s.i-1]
	t := s.peek()
	if a.Type != lexer.Name || !startsExpr(t) || isOp(t, "(") || isOp(t, "*") || isKw(t, "yield") {
		return
	}
	save := s.i
	legacy := a.Value == "print" || a.Value == "exec"
	b, ok := s.tryParse(s.starExprs, legacy)
	if ok && legacy {
		msg := "Missing parentheses in call to '" + a.Value + "'. Did you mean " + a.Value + "(...)?"
		s.fail(msg, span(tokPos(a), b.Position()))
	}
	s.i = save
}

// parenthesized reports whether e was written in parentheses (a group).
func (s *state) parenthesized(e ast.Expr) bool {
	p := e.Position()
	t := s.tokenAtPos(p.Lineno, p.ColOffset)
	k := s.indexOf(t)
	if k == 0 || !isOp(&s.toks[k-1], "(") {
		return false
	}
	after := s.tokenAtPos(p.EndLineno, p.EndColOffset)
	return isOp(after, ")")
}

// parenthesizedTuple reports whether tuple t was written with parentheses.
func parenthesizedTuple(t *ast.Tuple) bool {
	if len(t.Elts) == 0 {
		return true
	}
	p, q := t.Pos, t.Elts[0].Position()
	return p.Lineno != q.Lineno || p.ColOffset != q.ColOffset
}

// bitOrLevel reports whether e is (or could be a parenthesized form of) a bitwise_or.
func bitOrLevel(e ast.Expr) bool {
	switch n := e.(type) {
	case *ast.Compare, *ast.BoolOp, *ast.IfExp, *ast.Lambda, *ast.Starred:
		return false
	case *ast.UnaryOp:
		return n.Op != ast.Not
	case *ast.Tuple:
		return parenthesizedTuple(n)
	}
	return true
}

// leftmost returns the atom an expression starts with.
func leftmost(e ast.Expr) ast.Expr {
	for {
		switch n := e.(type) {
		case *ast.Attribute:
			e = n.Value
		case *ast.Subscript:
			e = n.Value
		case *ast.Call:
			e = n.Func
		case *ast.BinOp:
			e = n.Left
		default:
			return e
		}
	}
}

// excludedDisplay is the lookahead !(list|tuple|genexp|'True'|'None'|'False').
func excludedDisplay(e ast.Expr) bool {
	switch n := leftmost(e).(type) {
	case *ast.List, *ast.GeneratorExp:
		return true
	case *ast.Tuple:
		return parenthesizedTuple(n)
	case *ast.Constant:
		return n.Value == nil || n.Value == true || n.Value == false
	}
	return false
}

// leadingBitOr returns the bitwise_or an expression starts with, or nil.
func leadingBitOr(e ast.Expr) ast.Expr {
	for {
		switch n := e.(type) {
		case *ast.Tuple:
			if parenthesizedTuple(n) {
				return e
			}
			e = n.Elts[0]
		case *ast.Compare:
			e = n.Left
		case *ast.BoolOp:
			e = n.Values[0]
		case *ast.IfExp:
			e = n.Body
		case *ast.Starred, *ast.Lambda, *ast.Yield, *ast.YieldFrom:
			return nil
		case *ast.UnaryOp:
			if n.Op == ast.Not {
				return nil
			}
			return e
		default:
			return e
		}
	}
}

// failAssign reports an invalid assignment statement as CPython 3.11 does.
func (s *state) failAssign(targets []ast.Expr, value ast.Expr) {
	first := targets[0]
	rhs, last := value, true
	if len(targets) > 1 {
		rhs, last = targets[1], false
	}
	e := first
	if t, ok := first.(*ast.Tuple); ok && !parenthesizedTuple(t) {
		e = t.Elts[len(t.Elts)-1]
		if ep := e.Position(); ep.EndLineno != t.EndLineno || ep.EndColOffset != t.EndColOffset {
			e = nil // a trailing comma
		}
	}
	if y, ok := e.(*ast.Yield); ok && e == first && s.tokenAtPos(y.Lineno, y.ColOffset) == s.stmtStart {
		e = nil // an unparenthesized yield is no bitwise_or
	}
	if y, ok := e.(*ast.YieldFrom); ok && e == first && s.tokenAtPos(y.Lineno, y.ColOffset) == s.stmtStart {
		e = nil
	}
	if lead := leadingBitOr(rhs); e != nil && lead != nil && !(lead == rhs && !last) {
		if _, ok := e.(*ast.Name); ok {
			s.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(e.Position(), lead.Position()))
		}
		if bitOrLevel(e) && !excludedDisplay(e) {
			s.fail("cannot assign to "+ast.ExprName(e)+" here. Maybe you meant '==' instead of '='?", e.Position())
		}
	}
	for _, tg := range targets {
		switch tg.(type) {
		case *ast.Yield, *ast.YieldFrom:
			s.fail("assignment to yield expression not possible", tg.Position())
		}
		if bad := invalidTarget(tg, starTargets); bad != nil {
			s.fail("cannot assign to "+ast.ExprName(bad), bad.Position())
		}
	}
}
