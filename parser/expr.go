package parser

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/lexer"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// This file is the hand-written precedence-climbing parser for Python 3.11 expressions,
// following the rule names of CPython's Grammar/python.gram.

// startsExpr reports whether t can begin an expression.
func startsExpr(t *plexer.Token) bool {
	switch t.Type {
	case lexer.Name, lexer.Number, lexer.String, lexer.FStringStart:
		return true
	case lexer.Keyword:
		switch t.Value {
		case "None", "True", "False", "not", "lambda", "await", "yield":
			return true
		}
	case lexer.Op:
		switch t.Value {
		case "(", "[", "{", "-", "+", "~", "...", "*":
			return true
		}
	}
	return false
}

// namedExpr parses named_expression: NAME ':=' expression | expression.
func (s *state) namedExpr() ast.Expr {
	t := s.peek()
	if t.Type == lexer.Name && isOp(s.peekAt(1), ":=") {
		s.next()
		s.next()
		target := &ast.Name{Pos: tokPos(t), Id: t.Value, Ctx: ast.Store}
		value := s.expr()
		return &ast.NamedExpr{Pos: s.spanTok(t), Target: target, Value: value}
	}
	e := s.expr()
	if s.atOp(":=") {
		s.failWalrus(e)
	}
	return e
}

// failWalrus reports `e := value` where e is no name: CPython's message needs a value that
// parses; otherwise the ':=' itself is the error.
func (s *state) failWalrus(e ast.Expr) {
	save := s.i
	s.next()
	if startsExpr(s.peek()) && !s.atOp("*") {
		if _, ok := s.tryParse(s.expr, true); ok {
			s.fail("cannot use assignment expressions with "+ast.ExprName(e), e.Position())
		}
	}
	s.i = save
	s.failInvalid()
}

// expr parses expression: disjunction ['if' disjunction 'else' expression] | lambdef.
func (s *state) expr() ast.Expr {
	if s.atKw("lambda") {
		return s.lambda()
	}
	start := s.peek()
	body := s.disjunction()
	if !s.atKw("if") {
		return body
	}
	s.next()
	testStart := s.i
	test, ok := s.tryParse(s.disjunction, true)
	if !ok {
		// PEG backtracking: a shorter test followed by neither 'else' nor ':' still
		// triggers CPython's "expected 'else'" rule.
		if short, ok := s.tryParse(func() ast.Expr { return s.bitOr(0) }, true); ok && !s.atKw("else") && !s.atOp(":") {
			s.failExpectedElse(body, short)
		}
		s.i = testStart
		if short, ok := s.tryParse(s.atom, true); ok && !s.atKw("else") && !s.atOp(":") {
			s.failExpectedElse(body, short)
		}
		s.i = testStart
		test = s.disjunction()
	}
	if !s.atKw("else") {
		s.failExpectedElse(body, test)
	}
	s.next()
	s.enter()
	orelse := s.expr()
	s.leave()
	return &ast.IfExp{Pos: s.spanTok(start), Test: test, Body: body, Orelse: orelse}
}

func (s *state) failExpectedElse(body, test ast.Expr) {
	t := s.peek()
	if isOp(t, ":") {
		s.failInvalid()
	}
	s.fail("expected 'else' after 'if' expression", span(body.Position(), test.Position()))
}

// starExpr parses star_expression: '*' bitwise_or | expression.
func (s *state) starExpr() ast.Expr {
	if s.atOp("*") {
		t := s.next()
		v := s.bitOr(0)
		return &ast.Starred{Pos: s.spanTok(t), Value: v, Ctx: ast.Load}
	}
	return s.expr()
}

// starNamedExpr parses star_named_expression: '*' bitwise_or | named_expression.
func (s *state) starNamedExpr() ast.Expr {
	if s.atOp("*") {
		t := s.next()
		v := s.bitOr(0)
		return &ast.Starred{Pos: s.spanTok(t), Value: v, Ctx: ast.Load}
	}
	return s.namedExpr()
}

// starExprs parses star_expressions: a single star_expression or an unparenthesized tuple.
func (s *state) starExprs() ast.Expr {
	start := s.peek()
	first := s.starExpr()
	if !s.atOp(",") {
		return first
	}
	elts := []ast.Expr{first}
	for s.acceptOp(",") {
		if !startsExpr(s.peek()) {
			break
		}
		elts = append(elts, s.starExpr())
	}
	return &ast.Tuple{Pos: s.spanTok(start), Elts: elts, Ctx: ast.Load}
}

// expressions parses expression (',' expression)* [','] (the body of eval input).
func (s *state) expressions() ast.Expr {
	start := s.peek()
	first := s.expr()
	if !s.atOp(",") {
		return first
	}
	elts := []ast.Expr{first}
	for s.acceptOp(",") {
		if !startsExpr(s.peek()) || s.atOp("*") {
			break
		}
		elts = append(elts, s.expr())
	}
	return &ast.Tuple{Pos: s.spanTok(start), Elts: elts, Ctx: ast.Load}
}

// starNamedExprs parses the elements of a display up to closer (not consumed).
func (s *state) starNamedExprsUntil(closer string, first ast.Expr) []ast.Expr {
	elts := []ast.Expr{first}
	for s.acceptOp(",") {
		if s.atOp(closer) {
			break
		}
		e := s.starNamedExpr()
		elts = append(elts, e)
		if !s.atOp(",") && !s.atOp(closer) {
			if s.atOp("=") {
				s.failAssignInExpr(e)
			}
			s.failElem(e)
		}
	}
	return elts
}

func (s *state) disjunction() ast.Expr {
	start := s.peek()
	first := s.conjunction()
	if !s.atKw("or") {
		return first
	}
	values := []ast.Expr{first}
	for s.acceptKw("or") {
		values = append(values, s.conjunction())
	}
	return &ast.BoolOp{Pos: s.spanTok(start), Op: ast.Or, Values: values}
}

func (s *state) conjunction() ast.Expr {
	start := s.peek()
	first := s.inversion()
	if !s.atKw("and") {
		return first
	}
	values := []ast.Expr{first}
	for s.acceptKw("and") {
		values = append(values, s.inversion())
	}
	return &ast.BoolOp{Pos: s.spanTok(start), Op: ast.And, Values: values}
}

func (s *state) inversion() ast.Expr {
	if s.atKw("not") {
		t := s.next()
		s.enter()
		operand := s.inversion()
		s.leave()
		return &ast.UnaryOp{Pos: s.spanTok(t), Op: ast.Not, Operand: operand}
	}
	return s.comparison()
}

// compOp returns the comparison operator at the cursor and how many tokens it spans.
func (s *state) compOp() (ast.Cmpop, int) {
	t := s.peek()
	switch t.Type {
	case lexer.Op:
		switch t.Value {
		case "==":
			return ast.Eq, 1
		case "!=":
			return ast.NotEq, 1
		case "<":
			return ast.Lt, 1
		case "<=":
			return ast.LtE, 1
		case ">":
			return ast.Gt, 1
		case ">=":
			return ast.GtE, 1
		}
	case lexer.Keyword:
		switch t.Value {
		case "in":
			return ast.In, 1
		case "is":
			if isKw(s.peekAt(1), "not") {
				return ast.IsNot, 2
			}
			return ast.Is, 1
		case "not":
			if isKw(s.peekAt(1), "in") {
				return ast.NotIn, 2
			}
		}
	}
	return 0, 0
}

func (s *state) comparison() ast.Expr {
	start := s.peek()
	left := s.bitOr(0)
	op, n := s.compOp()
	if n == 0 {
		return left
	}
	var ops []ast.Cmpop
	var comps []ast.Expr
	for n > 0 {
		s.i += n
		ops = append(ops, op)
		comps = append(comps, s.bitOr(0))
		op, n = s.compOp()
	}
	return &ast.Compare{Pos: s.spanTok(start), Left: left, Ops: ops, Comparators: comps}
}

// binOp returns the precedence (1 = '|' … 6 = '*') and operator of a binary operator token.
func binOp(t *plexer.Token) (int, ast.Operator) {
	if t.Type != lexer.Op {
		return 0, 0
	}
	switch t.Value {
	case "|":
		return 1, ast.BitOr
	case "^":
		return 2, ast.BitXor
	case "&":
		return 3, ast.BitAnd
	case "<<":
		return 4, ast.LShift
	case ">>":
		return 4, ast.RShift
	case "+":
		return 5, ast.Add
	case "-":
		return 5, ast.Sub
	case "*":
		return 6, ast.Mult
	case "/":
		return 6, ast.Div
	case "//":
		return 6, ast.FloorDiv
	case "%":
		return 6, ast.Mod
	case "@":
		return 6, ast.MatMult
	}
	return 0, 0
}

// bitOr parses bitwise_or and everything that binds tighter, for operators above minPrec.
func (s *state) bitOr(minPrec int) ast.Expr {
	start := s.peek()
	left := s.factor()
	for {
		prec, op := binOp(s.peek())
		if prec <= minPrec {
			return left
		}
		s.next()
		s.enter()
		right := s.bitOr(prec)
		s.leave()
		left = &ast.BinOp{Pos: s.spanTok(start), Left: left, Op: op, Right: right}
	}
}

func (s *state) factor() ast.Expr {
	t := s.peek()
	if t.Type == lexer.Op {
		var op ast.Unaryop
		switch t.Value {
		case "-":
			op = ast.USub
		case "+":
			op = ast.UAdd
		case "~":
			op = ast.Invert
		default:
			return s.power()
		}
		s.next()
		s.enter()
		operand := s.factor()
		s.leave()
		return &ast.UnaryOp{Pos: s.spanTok(t), Op: op, Operand: operand}
	}
	return s.power()
}

func (s *state) power() ast.Expr {
	start := s.peek()
	var left ast.Expr
	if s.atKw("await") {
		t := s.next()
		s.enter()
		v := s.primary()
		s.leave()
		left = &ast.Await{Pos: s.spanTok(t), Value: v}
	} else {
		left = s.primary()
	}
	if s.atOp("**") {
		s.next()
		s.enter()
		right := s.factor()
		s.leave()
		return &ast.BinOp{Pos: s.spanTok(start), Left: left, Op: ast.Pow, Right: right}
	}
	return left
}

// primary parses an atom followed by attribute, call and subscript trailers.
func (s *state) primary() ast.Expr {
	start := s.peek()
	e := s.atom()
	for {
		t := s.peek()
		if t.Type != lexer.Op {
			return e
		}
		switch t.Value {
		case ".":
			s.next()
			nt := s.peek()
			if nt.Type != lexer.Name {
				s.failInvalid()
			}
			s.next()
			e = &ast.Attribute{Pos: s.spanTok(start), Value: e, Attr: nt.Value, Ctx: ast.Load}
		case "(":
			e = s.call(e, start)
		case "[":
			if s.level > 0 && isOp(s.peekAt(1), "]") {
				// a[] is no subscript: PEG backtracks and the caller sees '['.
				return e
			}
			s.next()
			s.enter()
			s.level++
			sl := s.slices()
			if !s.atOp("]") {
				s.failElem(sl)
			}
			s.level--
			s.leave()
			s.next()
			e = &ast.Subscript{Pos: s.spanTok(start), Value: e, Slice: sl, Ctx: ast.Load}
		default:
			return e
		}
	}
}

// slices parses the inside of a subscript.
func (s *state) slices() ast.Expr {
	start := s.peek()
	first := s.slice()
	if !s.atOp(",") {
		if _, ok := first.(*ast.Starred); !ok {
			return first
		}
	}
	elts := []ast.Expr{first}
	for s.acceptOp(",") {
		if s.atOp("]") {
			break
		}
		e := s.slice()
		elts = append(elts, e)
		if !s.atOp(",") && !s.atOp("]") {
			s.failElem(e)
		}
	}
	return &ast.Tuple{Pos: s.spanTok(start), Elts: elts, Ctx: ast.Load}
}

// slice parses slice | starred_expression.
func (s *state) slice() ast.Expr {
	t := s.peek()
	if isOp(t, "*") {
		return s.starExpr()
	}
	var lower ast.Expr
	if !isOp(t, ":") {
		lower = s.namedExpr()
		if !s.atOp(":") {
			return lower
		}
	}
	s.next()
	var upper, step ast.Expr
	if !s.atOp(":") && !s.atOp(",") && !s.atOp("]") {
		upper = s.expr()
	}
	if s.acceptOp(":") {
		if !s.atOp(",") && !s.atOp("]") {
			step = s.expr()
		}
	}
	return &ast.Slice{Pos: s.spanTok(t), Lower: lower, Upper: upper, Step: step}
}

// call parses '(' arguments ')' after fn.
func (s *state) call(fn ast.Expr, start *plexer.Token) ast.Expr {
	return s.callArgs(fn, start, false)
}

// callArgs parses '(' arguments ')'; noGenexp rejects a bare generator argument (class bases).
func (s *state) callArgs(fn ast.Expr, start *plexer.Token, noGenexp bool) ast.Expr {
	open := s.next()
	s.enter()
	defer s.leave()
	s.level++
	defer func() { s.level-- }()
	c := &ast.Call{Func: fn}
	var kwSeen, kwUnpackSeen bool
	var last ast.Expr
	for !s.atOp(")") {
		t := s.peek()
		switch {
		case isOp(t, "*"):
			s.next()
			if n := s.peek(); len(c.Keywords) > 0 && (!startsExpr(n) || isOp(n, "*")) {
				s.failTok("iterable argument unpacking follows keyword argument unpacking", t)
			}
			v := s.expr()
			if s.atCompFor() {
				s.fail("iterable unpacking cannot be used in comprehension", s.spanTok(t))
			}
			if kwUnpackSeen {
				s.failTok("iterable argument unpacking follows keyword argument unpacking", t)
			}
			last = &ast.Starred{Pos: s.spanTok(t), Value: v, Ctx: ast.Load}
			c.Args = append(c.Args, last)
		case isOp(t, "**"):
			s.next()
			v := s.expr()
			kwUnpackSeen = true
			last = v
			c.Keywords = append(c.Keywords, &ast.Keyword{Pos: s.spanTok(t), Value: v})
		case t.Type == lexer.Name && isOp(s.peekAt(1), "="):
			s.next()
			s.next()
			v := s.expr()
			kwSeen = true
			last = v
			c.Keywords = append(c.Keywords, &ast.Keyword{Pos: s.spanTok(t), Arg: t.Value, Value: v})
		default:
			if (kwSeen || kwUnpackSeen) && startsExpr(t) && !isKw(t, "yield") {
				s.failPositionalAfterKeyword(open, kwUnpackSeen)
			}
			var v ast.Expr
			if t.Type == lexer.Name && isOp(s.peekAt(1), ":=") {
				v = s.namedExpr()
			} else {
				v = s.expr()
				if s.atOp(":=") {
					s.failInvalid()
				}
			}
			if s.atCompFor() {
				if noGenexp {
					s.failInvalid()
				}
				gens := s.compFor()
				ge := &ast.GeneratorExp{Elt: v, Generators: gens}
				if len(c.Args) == 0 && len(c.Keywords) == 0 && s.atOp(")") {
					s.next()
					ge.Pos = s.spanTok(open)
					c.Args = append(c.Args, ge)
					c.Pos = s.spanTok(start)
					return c
				}
				if !s.atOp(",") && len(c.Args) == 0 && len(c.Keywords) == 0 {
					s.failInvalid()
				}
				ge.Pos = span(v.Position(), s.spanFrom(v.Position()))
				s.fail("Generator expression must be parenthesized", ge.Pos)
			}
			if s.atOp("=") {
				s.failKeywordTarget(v)
			}
			last = v
			c.Args = append(c.Args, v)
		}
		if !s.acceptOp(",") {
			break
		}
	}
	if !s.atOp(")") {
		if last != nil && s.peek().Type != lexer.Newline {
			s.failElem(last)
		}
		s.failArgs(open)
	}
	s.next()
	c.Pos = s.spanTok(start)
	return c
}

// failPositionalAfterKeyword reports a positional argument after keyword arguments
// (CPython's invalid_arguments `args ',' args`): errors inside the argument itself come
// first; the message points at the closing parenthesis.
func (s *state) failPositionalAfterKeyword(open *plexer.Token, unpacking bool) {
	start := s.i
	if v, ok := s.tryParse(s.expr, true); ok {
		if s.atOp("=") {
			s.failKeywordTarget(v)
		}
		if s.atCompFor() {
			s.compFor()
			s.fail("Generator expression must be parenthesized", s.spanFrom(v.Position()))
		}
		s.commaHint(v)
	} else if _, ok := s.tryParse(s.atom, true); !ok {
		s.i = start
		s.expr() // no argument at all: its own error
	}
	msg := "positional argument follows keyword argument"
	if unpacking {
		msg += " unpacking"
	}
	depth := 0
	k := s.indexOf(open)
	for ; k < len(s.toks)-1; k++ {
		t := &s.toks[k]
		if t.Type == lexer.Error {
			break
		}
		if t.Type != lexer.Op {
			continue
		}
		switch t.Value {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		}
		if depth == 0 {
			break
		}
	}
	if k > s.maxI {
		s.maxI = k
	}
	s.failTok(msg, &s.toks[k])
}

// failKeywordTarget reports `f(a.b=1)` style errors.
func (s *state) failKeywordTarget(v ast.Expr) {
	eq := s.peek()
	switch v := v.(type) {
	case *ast.Constant:
		if v.Value == true || v.Value == false || v.Value == nil {
			s.fail("cannot assign to "+ast.ExprName(v), span(v.Position(), tokPos(eq)))
		}
	}
	s.fail(`expression cannot contain assignment, perhaps you meant "=="?`, span(v.Position(), tokPos(eq)))
}

// failArgs reports a malformed argument list.
func (s *state) failArgs(open *plexer.Token) {
	s.failInvalid()
}

// atCompFor reports whether a comprehension clause starts here ('for' or 'async' 'for').
func (s *state) atCompFor() bool {
	return s.atKw("for") || (s.atKw("async") && isKw(s.peekAt(1), "for"))
}

// checkStarredValue rejects `{k: *v}`.
func (s *state) checkStarredValue() {
	if t := s.peek(); isOp(t, "*") {
		s.next()
		s.bitOr(0)
		s.fail("cannot use a starred expression in a dictionary value", s.spanTok(t))
	}
}

// checkCompElt rejects a starred comprehension element.
func (s *state) checkCompElt(e ast.Expr) {
	if st, ok := e.(*ast.Starred); ok {
		s.fail("iterable unpacking cannot be used in comprehension", st.Position())
	}
}

// lambda parses lambdef.
func (s *state) lambda() ast.Expr {
	t := s.next()
	args := s.params(":", false)
	if !s.atOp(":") {
		s.failInvalid()
	}
	if n := s.peekAt(1); n.Type == lexer.FStringMiddle || n.Type == lexer.FStringEnd {
		s.failInvalid() // the ':' starts a format spec
	}
	s.next()
	s.enter()
	body := s.expr()
	s.leave()
	return &ast.Lambda{Pos: s.spanTok(t), Args: args, Body: body}
}

// compFor parses for_if_clauses.
func (s *state) compFor() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for {
		isAsync := 0
		if s.atKw("async") && isKw(s.peekAt(1), "for") {
			s.next()
			isAsync = 1
		} else if !s.atKw("for") {
			return gens
		}
		s.next()
		target := s.targetList("in")
		if !s.atKw("in") {
			s.failInvalid()
		}
		s.next()
		iter := s.disjunction()
		var ifs []ast.Expr
		for s.acceptKw("if") {
			ifs = append(ifs, s.disjunction())
		}
		if ifs == nil {
			ifs = []ast.Expr{}
		}
		gens = append(gens, &ast.Comprehension{Target: target, Iter: iter, Ifs: ifs, IsAsync: isAsync})
	}
}

// targetList parses star_targets (for `for` loops and comprehensions) and sets Store.
// When that fails, it reports what CPython's invalid_for_target rule finds.
func (s *state) targetList(stop string) ast.Expr {
	startIdx := s.i
	e, failAt := s.tryTargetList(stop)
	if e == nil || !s.atKw(stop) || invalidTarget(e, forTargets) != nil {
		if e != nil {
			failAt = s.i
		}
		s.failForTarget(startIdx, failAt)
	}
	s.setStore(e, forTargets)
	return e
}

// tryTargetList parses star_targets, returning nil and the index where it failed.
func (s *state) tryTargetList(stop string) (e ast.Expr, failAt int) {
	depth, level := s.depth, s.level
	defer func() {
		if r := recover(); r != nil {
			if sp, ok := r.(syntaxPanic); !ok || sp.lex {
				panic(r)
			}
			failAt = s.i
			e = nil
			s.depth, s.level = depth, level
		}
	}()
	return s.targetTuple(stop), 0
}

// failForTarget re-reads a bad for-target as star_expressions, as CPython's second pass
// does, to name the invalid target; otherwise it reports the first failure.
func (s *state) failForTarget(startIdx, failAt int) {
	s.i = startIdx
	e, ok := s.tryParse(s.starExprs, true)
	if ok {
		if bad := invalidTarget(e, forTargets); bad != nil {
			s.fail("cannot assign to "+ast.ExprName(bad), bad.Position())
		}
		if t := s.peek(); startsExpr(t) && !s.atKw("in") {
			last := e
			if tu, isTuple := e.(*ast.Tuple); isTuple && !parenthesizedTuple(tu) {
				last = tu.Elts[len(tu.Elts)-1]
			}
			if s.level > 0 {
				s.failElem(last)
			}
		}
	}
	s.i = failAt
	s.failInvalid()
}

// targetTuple parses star_target (',' star_target)* [','].
func (s *state) targetTuple(stop string) ast.Expr {
	start := s.peek()
	first := s.starTarget()
	var e ast.Expr = first
	if s.atOp(",") {
		elts := []ast.Expr{first}
		for s.acceptOp(",") {
			if s.atKw(stop) || !startsExpr(s.peek()) {
				break
			}
			elts = append(elts, s.starTarget())
		}
		e = &ast.Tuple{Pos: s.spanTok(start), Elts: elts, Ctx: ast.Load}
	}
	return e
}

func (s *state) starTarget() ast.Expr {
	if s.atOp("*") {
		t := s.next()
		s.enter()
		v := s.starTarget()
		s.leave()
		return &ast.Starred{Pos: s.spanTok(t), Value: v, Ctx: ast.Load}
	}
	return s.primary()
}

// atom parses NAME, literals, displays, comprehensions and parenthesized forms.
func (s *state) atom() ast.Expr {
	t := s.peek()
	switch t.Type {
	case lexer.Name:
		s.next()
		return &ast.Name{Pos: tokPos(t), Id: t.Value, Ctx: ast.Load}
	case lexer.Number:
		s.next()
		v, err := lexer.ParseNumber(t.Value)
		if err != nil {
			s.failTok("invalid syntax", t)
		}
		return &ast.Constant{Pos: tokPos(t), Value: v}
	case lexer.String, lexer.FStringStart:
		return s.strings()
	case lexer.Keyword:
		switch t.Value {
		case "None":
			s.next()
			return &ast.Constant{Pos: tokPos(t), Value: nil}
		case "True":
			s.next()
			return &ast.Constant{Pos: tokPos(t), Value: true}
		case "False":
			s.next()
			return &ast.Constant{Pos: tokPos(t), Value: false}
		}
	case lexer.Op:
		switch t.Value {
		case "(":
			return s.parenAtom()
		case "[":
			return s.listAtom()
		case "{":
			return s.dictAtom()
		case "...":
			s.next()
			return &ast.Constant{Pos: tokPos(t), Value: ast.EllipsisValue{}}
		}
	}
	s.failInvalid()
	return nil
}

func (s *state) parenAtom() ast.Expr {
	open := s.next()
	s.enter()
	defer s.leave()
	s.level++
	defer func() { s.level-- }()
	if s.atOp(")") {
		s.next()
		return &ast.Tuple{Pos: s.spanTok(open), Elts: []ast.Expr{}, Ctx: ast.Load}
	}
	if s.atKw("yield") {
		y := s.yieldExpr()
		s.closeParen(open, ")")
		return y
	}
	if s.atOp("**") {
		star := s.next()
		if _, ok := s.tryParse(s.expr, true); ok && s.atOp(")") {
			s.failTok("cannot use double starred expression here", star)
		}
		s.failInvalidAt(star)
	}
	first := s.starNamedExpr()
	if s.atCompFor() {
		s.checkCompElt(first)
		gens := s.compFor()
		s.closeParen(open, ")")
		return &ast.GeneratorExp{Pos: s.spanTok(open), Elt: first, Generators: gens}
	}
	if s.atOp(")") {
		s.next()
		if st, ok := first.(*ast.Starred); ok {
			s.fail("cannot use starred expression here", st.Position())
		}
		return first
	}
	if !s.atOp(",") {
		s.failInParens(first, open)
	}
	elts := s.starNamedExprsUntil(")", first)
	s.closeParen(open, ")")
	return &ast.Tuple{Pos: s.spanTok(open), Elts: elts, Ctx: ast.Load}
}

func (s *state) listAtom() ast.Expr {
	open := s.next()
	s.enter()
	defer s.leave()
	s.level++
	defer func() { s.level-- }()
	if s.atOp("]") {
		s.next()
		return &ast.List{Pos: s.spanTok(open), Elts: []ast.Expr{}, Ctx: ast.Load}
	}
	first := s.starNamedExpr()
	if s.atCompFor() {
		s.checkCompElt(first)
		gens := s.compFor()
		s.closeParen(open, "]")
		return &ast.ListComp{Pos: s.spanTok(open), Elt: first, Generators: gens}
	}
	if !s.atOp(",") && !s.atOp("]") {
		s.failInParens(first, open)
	}
	elts := s.starNamedExprsUntil("]", first)
	s.closeParen(open, "]")
	return &ast.List{Pos: s.spanTok(open), Elts: elts, Ctx: ast.Load}
}

func (s *state) dictAtom() ast.Expr {
	open := s.next()
	s.enter()
	defer s.leave()
	s.level++
	defer func() { s.level-- }()
	if s.atOp("}") {
		s.next()
		return &ast.Dict{Pos: s.spanTok(open), Keys: []ast.Expr{}, Values: []ast.Expr{}}
	}
	if s.atOp("**") {
		star := s.next()
		v := s.bitOr(0)
		if s.atCompFor() {
			s.failTok("dict unpacking cannot be used in dict comprehension", star)
		}
		return s.dictRest(open, nil, v)
	}
	first := s.starNamedExpr()
	if s.atOp(":") {
		if _, ok := first.(*ast.Starred); ok {
			s.failInvalid()
		}
		colon := s.next()
		if s.atOp("}") || s.atOp(",") {
			s.failTok("expression expected after dictionary key and ':'", colon)
		}
		s.checkStarredValue()
		v := s.expr()
		if s.atCompFor() {
			gens := s.compFor()
			s.closeParen(open, "}")
			return &ast.DictComp{Pos: s.spanTok(open), Key: first, Value: v, Generators: gens}
		}
		return s.dictRest(open, first, v)
	}
	if s.atCompFor() {
		s.checkCompElt(first)
		gens := s.compFor()
		s.closeParen(open, "}")
		return &ast.SetComp{Pos: s.spanTok(open), Elt: first, Generators: gens}
	}
	if !s.atOp(",") && !s.atOp("}") {
		s.failInParens(first, open)
	}
	elts := s.starNamedExprsUntil("}", first)
	s.closeParen(open, "}")
	return &ast.Set{Pos: s.spanTok(open), Elts: elts}
}

func (s *state) dictRest(open *plexer.Token, k, v ast.Expr) ast.Expr {
	keys := []ast.Expr{k}
	values := []ast.Expr{v}
	if !s.atOp(",") && !s.atOp("}") {
		if s.atOp("=") {
			s.failInvalid()
		}
		s.failElem(v)
	}
	for s.acceptOp(",") {
		if s.atOp("}") {
			break
		}
		if s.acceptOp("**") {
			keys = append(keys, nil)
			v := s.bitOr(0)
			values = append(values, v)
			if !s.atOp(",") && !s.atOp("}") {
				s.failElem(v)
			}
			continue
		}
		key := s.expr()
		if !s.atOp(":") {
			s.fail("':' expected after dictionary key", key.Position())
		}
		colon := s.next()
		if s.atOp("}") || s.atOp(",") {
			s.failTok("expression expected after dictionary key and ':'", colon)
		}
		s.checkStarredValue()
		keys = append(keys, key)
		v := s.expr()
		values = append(values, v)
		if !s.atOp(",") && !s.atOp("}") {
			if s.atOp("=") {
				s.failInvalid()
			}
			s.failElem(v)
		}
	}
	s.closeParen(open, "}")
	return &ast.Dict{Pos: s.spanTok(open), Keys: keys, Values: values}
}

// closeParen consumes the closing bracket matching open.
func (s *state) closeParen(open *plexer.Token, closer string) {
	if !s.atOp(closer) {
		s.failInvalid()
	}
	s.next()
}

// failInParens reports an unexpected token after an element inside brackets.
func (s *state) failInParens(first ast.Expr, open *plexer.Token) {
	if s.atOp("=") {
		s.failAssignInExpr(first)
	}
	s.failElem(first)
}

// yieldExpr parses yield_expr: 'yield' 'from' expression | 'yield' [star_expressions].
func (s *state) yieldExpr() ast.Expr {
	t := s.next()
	if s.acceptKw("from") {
		v := s.expr()
		return &ast.YieldFrom{Pos: s.spanTok(t), Value: v}
	}
	if startsExpr(s.peek()) {
		v := s.starExprs()
		return &ast.Yield{Pos: s.spanTok(t), Value: v}
	}
	return &ast.Yield{Pos: tokPos(t)}
}
