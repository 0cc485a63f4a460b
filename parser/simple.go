package parser

import (
	"strings"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/lexer"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// startsCompound reports whether t begins a compound statement (parsed by the participle
// grammar rather than by simpleLine).
func (s *state) startsCompound(t *plexer.Token) bool {
	switch t.Type {
	case lexer.Keyword:
		switch t.Value {
		case "if", "while", "for", "try", "with", "def", "class":
			return true
		case "async":
			n := s.peekAt(1)
			return isKw(n, "def") || isKw(n, "for") || isKw(n, "with")
		}
	case lexer.Op:
		return t.Value == "@"
	}
	return false
}

// simpleLine parses simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE.
func (s *state) simpleLine() []ast.Stmt {
	var out []ast.Stmt
	for {
		out = append(out, s.simpleStmt())
		if s.acceptOp(";") {
			if s.peek().Type == lexer.Newline {
				break
			}
			continue
		}
		break
	}
	if s.peek().Type != lexer.Newline {
		s.failAfterStmt(out[len(out)-1])
	}
	s.next()
	return out
}

// failAfterStmt reports a token that cannot follow a complete simple statement.
func (s *state) failAfterStmt(last ast.Stmt) {
	t := s.peek()
	if es, ok := last.(*ast.ExprStmt); ok {
		if n, ok := es.Value.(*ast.Name); ok && startsExpr(t) && !isOp(t, "*") && !isOp(t, "-") && !isOp(t, "+") && !isOp(t, "~") {
			if n.Id == "print" || n.Id == "exec" {
				// Find the end of the line for the range CPython underlines.
				save := s.i
				e := s.starExprs()
				s.i = save
				msg := "Missing parentheses in call to '" + n.Id + "'. Did you mean " + n.Id + "(...)?"
				s.fail(msg, span(n.Pos, e.Position()))
			}
		}
	}
	s.failLegacy()
	if es, ok := last.(*ast.ExprStmt); ok && startsExpr(t) {
		if tu, ok := es.Value.(*ast.Tuple); ok && !parenthesizedTuple(tu) {
			s.tupleElementHints()
		}
		if n, ok := es.Value.(*ast.Name); ok && n.Id == "match" && s.stmtStart == s.tokenAtPos(n.Lineno, n.ColOffset) {
			// CPython tried a match statement: `match subject` without ':'.
			save := s.i
			if _, ok := s.tryParse(s.starNamedExpr, true); ok && !s.atOp(":") && !s.atOp(",") {
				s.failTok("expected ':'", s.peek())
			}
			s.i = save
		}
	}
	if startsExpr(t) && s.level == 0 {
		if es, ok := last.(*ast.ExprStmt); ok && es.Value != nil {
			s.failElem(es.Value)
		}
		s.failElem(&ast.Name{})
	}
	s.failInvalid()
}

func (s *state) simpleStmt() ast.Stmt {
	t := s.peek()
	if t.Type == lexer.Keyword {
		switch t.Value {
		case "pass":
			s.next()
			return &ast.Pass{Pos: tokPos(t)}
		case "break":
			s.next()
			return &ast.Break{Pos: tokPos(t)}
		case "continue":
			s.next()
			return &ast.Continue{Pos: tokPos(t)}
		case "return":
			s.next()
			r := &ast.Return{}
			if startsExpr(s.peek()) {
				r.Value = s.starExprs()
			}
			r.Pos = s.spanTok(t)
			return r
		case "raise":
			s.next()
			r := &ast.Raise{}
			if startsExpr(s.peek()) {
				r.Exc = s.expr()
				if s.acceptKw("from") {
					r.Cause = s.expr()
				}
			}
			r.Pos = s.spanTok(t)
			return r
		case "global", "nonlocal":
			s.next()
			var names []string
			for {
				n := s.peek()
				if n.Type != lexer.Name {
					s.failInvalid()
				}
				s.next()
				names = append(names, n.Value)
				if !s.acceptOp(",") {
					break
				}
			}
			if t.Value == "global" {
				return &ast.Global{Pos: s.spanTok(t), Names: names}
			}
			return &ast.Nonlocal{Pos: s.spanTok(t), Names: names}
		case "del":
			return s.delStmt()
		case "assert":
			s.next()
			a := &ast.Assert{Test: s.expr()}
			if s.acceptOp(",") {
				a.Msg = s.expr()
			}
			a.Pos = s.spanTok(t)
			return a
		case "import":
			return s.importStmt()
		case "from":
			return s.fromStmt()
		}
	}
	return s.exprStmt()
}

func (s *state) delStmt() ast.Stmt {
	t := s.next()
	var targets []ast.Expr
	for {
		if !startsExpr(s.peek()) {
			s.failInvalid()
		}
		var e ast.Expr
		if s.atOp("*") {
			e = s.starExpr()
		} else {
			e = s.bitOr(0)
		}
		if n := s.peek(); n.Type != lexer.Newline && !isOp(n, ";") && !isOp(n, ",") {
			s.failDel(t)
		}
		s.setDel(e)
		targets = append(targets, e)
		if !s.acceptOp(",") {
			break
		}
		if n := s.peek(); n.Type == lexer.Newline || isOp(n, ";") {
			break
		}
	}
	if n := s.peek(); n.Type != lexer.Newline && !isOp(n, ";") {
		s.failDel(t)
	}
	return &ast.Delete{Pos: s.spanTok(t), Targets: targets}
}

// failDel re-reads a broken del statement as star_expressions (CPython's
// invalid_del_stmt) to name the invalid target, else reports the first failure.
func (s *state) failDel(del *plexer.Token) {
	failAt := s.i
	s.i = s.indexOf(del) + 1
	if e, ok := s.tryParse(s.starExprs, true); ok {
		if bad := invalidTarget(e, delTargets); bad != nil {
			s.fail("cannot delete "+ast.ExprName(bad), bad.Position())
		}
	}
	s.i = failAt
	s.failInvalid()
}

// dottedName parses NAME ('.' NAME)*.
func (s *state) dottedName() string {
	t := s.peek()
	if t.Type != lexer.Name {
		s.failInvalid()
	}
	s.next()
	if !s.atOp(".") {
		return t.Value
	}
	var b strings.Builder
	b.WriteString(t.Value)
	for s.atOp(".") {
		s.next()
		n := s.peek()
		if n.Type != lexer.Name {
			s.failInvalid()
		}
		s.next()
		b.WriteByte('.')
		b.WriteString(n.Value)
	}
	return b.String()
}

func (s *state) importStmt() ast.Stmt {
	t := s.next()
	var names []*ast.Alias
	for {
		start := s.peek()
		a := &ast.Alias{Name: s.dottedName()}
		if s.acceptKw("as") {
			n := s.peek()
			if n.Type != lexer.Name {
				s.failInvalid()
			}
			s.next()
			a.Asname = n.Value
		}
		a.Pos = s.spanTok(start)
		names = append(names, a)
		if !s.acceptOp(",") {
			break
		}
	}
	return &ast.Import{Pos: s.spanTok(t), Names: names}
}

func (s *state) fromStmt() ast.Stmt {
	t := s.next()
	level := 0
	for {
		if s.atOp(".") {
			level++
		} else if s.atOp("...") {
			level += 3
		} else {
			break
		}
		s.next()
	}
	mod := ""
	if !s.atKw("import") || level == 0 {
		mod = s.dottedName()
	}
	if !s.atKw("import") {
		s.failInvalid()
	}
	s.next()
	var names []*ast.Alias
	if s.atOp("*") {
		st := s.next()
		names = append(names, &ast.Alias{Pos: tokPos(st), Name: "*"})
		return &ast.ImportFrom{Pos: s.spanTok(t), Module: mod, Names: names, Level: level}
	}
	paren := s.acceptOp("(")
	for {
		n := s.peek()
		if n.Type != lexer.Name {
			s.failInvalid()
		}
		s.next()
		a := &ast.Alias{Name: n.Value}
		if s.acceptKw("as") {
			m := s.peek()
			if m.Type != lexer.Name {
				s.failInvalid()
			}
			s.next()
			a.Asname = m.Value
		}
		a.Pos = s.spanTok(n)
		names = append(names, a)
		if !s.atOp(",") {
			break
		}
		comma := s.next()
		if paren && s.atOp(")") {
			break
		}
		if !paren && s.peek().Type == lexer.Newline {
			_ = comma
			s.failTok("trailing comma not allowed without surrounding parentheses", s.peek())
		}
	}
	if paren && !s.acceptOp(")") {
		s.failInvalid()
	}
	return &ast.ImportFrom{Pos: s.spanTok(t), Module: mod, Names: names, Level: level}
}

// augOp maps an augmented assignment operator to its Operator.
func augOp(t *plexer.Token) (ast.Operator, bool) {
	if t.Type != lexer.Op || len(t.Value) < 2 || t.Value[len(t.Value)-1] != '=' {
		return 0, false
	}
	switch t.Value {
	case "+=":
		return ast.Add, true
	case "-=":
		return ast.Sub, true
	case "*=":
		return ast.Mult, true
	case "@=":
		return ast.MatMult, true
	case "/=":
		return ast.Div, true
	case "%=":
		return ast.Mod, true
	case "&=":
		return ast.BitAnd, true
	case "|=":
		return ast.BitOr, true
	case "^=":
		return ast.BitXor, true
	case "<<=":
		return ast.LShift, true
	case ">>=":
		return ast.RShift, true
	case "**=":
		return ast.Pow, true
	case "//=":
		return ast.FloorDiv, true
	}
	return 0, false
}

// rhs parses the right-hand side of an assignment: yield_expr | star_expressions.
func (s *state) rhs() ast.Expr {
	if s.atKw("yield") {
		return s.yieldExpr()
	}
	return s.starExprs()
}

// exprStmt parses expression statements and all forms of assignment.
func (s *state) exprStmt() ast.Stmt {
	start := s.peek()
	if start.Type == lexer.Error || start.Type == lexer.Indent {
		s.failInvalidAt(start)
	}
	if !startsExpr(start) {
		if isKw(start, "async") {
			s.failInvalidAt(s.peekAt(1))
		}
		s.failInvalid()
	}
	s.stmtStart = start
	e := s.rhs()
	t := s.peek()
	if t.Type == lexer.Newline || isOp(t, ";") {
		return &ast.ExprStmt{Pos: s.spanTok(start), Value: e}
	}
	if t.Type != lexer.Op {
		s.failAfterExpr(e)
	}
	switch t.Value {
	case ":=":
		if _, ok := e.(*ast.Name); !ok {
			s.failWalrus(e)
		}
	case "=":
		return s.assign(start, e)
	case ":":
		return s.annAssign(start, e)
	}
	if op, ok := augOp(t); ok {
		if isKw(start, "yield") {
			s.failInvalid() // an unparenthesized yield is no star_expressions
		}
		switch e.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		default:
			s.fail("'"+ast.ExprName(e)+"' is an illegal expression for augmented assignment", e.Position())
		}
		s.next()
		setCtx(e, ast.Store)
		v := s.rhs()
		return &ast.AugAssign{Pos: s.spanTok(start), Target: e, Op: op, Value: v}
	}
	s.failAfterExpr(e)
	return nil
}

// tupleElementHints emulates CPython's invalid_assignment rule reading further elements
// (star_named_expressions*) after a statement that began as a tuple: an element followed
// by '=' gets the '==' hints.
func (s *state) tupleElementHints() {
	save := s.i
	defer func() { s.i = save }()
	for n := 0; n < 64 && startsExpr(s.peek()); n++ {
		e, ok := s.tryParse(s.starNamedExpr, true)
		if !ok {
			return
		}
		if s.atOp("=") {
			s.assignHint(e)
			return
		}
		s.acceptOp(",")
	}
}

// failAfterExpr reports an unexpected token after a statement-level expression.
func (s *state) failAfterExpr(e ast.Expr) {
	s.failAfterStmt(&ast.ExprStmt{Value: e})
}

func (s *state) assign(start *plexer.Token, first ast.Expr) ast.Stmt {
	targets := []ast.Expr{first}
	var value ast.Expr
	for s.atOp("=") {
		s.next()
		v, ok := s.tryParse(s.rhs, true)
		if !ok {
			// CPython names an invalid target even when what follows '=' is broken.
			for _, tg := range targets {
				if bad := invalidTarget(tg, starTargets); bad != nil {
					s.fail("cannot assign to "+ast.ExprName(bad), bad.Position())
				}
			}
			v = s.rhs() // raises the original error
		}
		value = v
		if s.atOp("=") {
			targets = append(targets, value)
		}
	}
	for _, tg := range targets {
		if invalidTarget(tg, starTargets) != nil {
			s.failAssign(targets, value)
		}
	}
	for _, tg := range targets {
		setCtx(tg, ast.Store)
	}
	if t := s.peek(); t.Type != lexer.Newline && !isOp(t, ";") {
		s.failAfterExpr(value)
	}
	return &ast.Assign{Pos: s.spanTok(start), Targets: targets, Value: value}
}

func (s *state) annAssign(start *plexer.Token, target ast.Expr) ast.Stmt {
	switch target.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
	default:
		// CPython's annotation errors need a complete expression after ':'.
		colon := s.i
		s.next()
		if n := s.peek(); !startsExpr(n) || isOp(n, "*") || isKw(n, "yield") {
			s.i = colon
			s.failInvalid()
		}
		if _, ok := s.tryExpr(); !ok {
			s.i = colon
			s.failInvalid()
		}
		s.i = colon
	}
	simple := 0
	switch n := target.(type) {
	case *ast.Name:
		if !isOp(start, "(") {
			simple = 1
		}
		n.Ctx = ast.Store
	case *ast.Attribute:
		n.Ctx = ast.Store
	case *ast.Subscript:
		n.Ctx = ast.Store
	case *ast.Starred:
		s.failInvalid()
	case *ast.Tuple:
		// CPython locates an unparenthesized tuple at its first element.
		pos := target.Position()
		if tu := target.(*ast.Tuple); !parenthesizedTuple(tu) {
			pos = tu.Elts[0].Position()
		}
		s.fail("only single target (not tuple) can be annotated", pos)
	case *ast.List:
		s.fail("only single target (not list) can be annotated", target.Position())
	default:
		s.fail("illegal target for annotation", target.Position())
	}
	s.next()
	ann := s.expr()
	a := &ast.AnnAssign{Target: target, Annotation: ann, Simple: simple}
	if s.acceptOp("=") {
		a.Value = s.rhs()
	}
	a.Pos = s.spanFrom(target.Position())
	if isOp(start, "(") {
		a.Pos = s.spanTok(start)
	}
	return a
}
