package parser

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/lexer"
	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// The participle grammar below describes Python's statement structure: blocks and compound
// statements. Simple statements, expressions and the headers of compound statements (the
// part between the keyword and the block) are parsed by the hand-written parser through
// participle.ParseTypeWith; each such production is a small interface type here.

// cstModule is file: statements* EOF.
type cstModule struct {
	Stmts []*cstStmt `parser:"@@*"`
}

// cstStmt is one statement: a run of lines of simple statements, or a compound statement.
type cstStmt struct {
	Simple simpleRunNode `parser:"@@"`
	Def    *cstFuncDef   `parser:"| @@"`
	If     *cstIf        `parser:"| @@"`
	For    *cstFor       `parser:"| @@"`
	Try    *cstTry       `parser:"| @@"`
	With   *cstWith      `parser:"| @@"`
	Class  *cstClassDef  `parser:"| @@"`
	Deco   *cstDecorated `parser:"| @@"`
	While  *cstWhile     `parser:"| @@"`
	Async  *cstAsyncStmt `parser:"| @@"`
}

// cstBlock is block: simple_stmts | NEWLINE INDENT statements DEDENT.
type cstBlock struct {
	Indent indentNode `parser:"  Newline @@"`
	Stmts  []*cstStmt `parser:"  @@+ Dedent"`
	Simple simpleNode `parser:"| @@"`
}

type cstIf struct {
	Test  condNode   `parser:"'if' @@"`
	Body  *cstBlock  `parser:"@@"`
	Elifs []*cstElif `parser:"@@*"`
	Else  *cstElse   `parser:"@@?"`
}

type cstElif struct {
	Test condNode  `parser:"'elif' @@"`
	Body *cstBlock `parser:"@@"`
}

type cstElse struct {
	Colon colonNode `parser:"'else' @@"`
	Body  *cstBlock `parser:"@@"`
}

type cstWhile struct {
	Test condNode  `parser:"'while' @@"`
	Body *cstBlock `parser:"@@"`
	Else *cstElse  `parser:"@@?"`
}

type cstFor struct {
	Head forNode   `parser:"'for' @@"`
	Body *cstBlock `parser:"@@"`
	Else *cstElse  `parser:"@@?"`
}

type cstTry struct {
	Colon    colonNode    `parser:"'try' @@"`
	Body     *cstBlock    `parser:"@@"`
	Check    tryCheckNode `parser:"@@"`
	Handlers []*cstExcept `parser:"@@*"`
	Else     *cstElse     `parser:"@@?"`
	Finally  *cstFinally  `parser:"@@?"`
}

type cstExcept struct {
	Head exceptNode `parser:"'except' @@"`
	Body *cstBlock  `parser:"@@"`
}

type cstFinally struct {
	Colon colonNode `parser:"'finally' @@"`
	Body  *cstBlock `parser:"@@"`
}

type cstWith struct {
	Head withNode  `parser:"'with' @@"`
	Body *cstBlock `parser:"@@"`
}

type cstFuncDef struct {
	Head defNode   `parser:"'def' @@"`
	Body *cstBlock `parser:"@@"`
}

type cstClassDef struct {
	Head classNode `parser:"'class' @@"`
	Body *cstBlock `parser:"@@"`
}

type cstDecorated struct {
	Decorators []decoNode   `parser:"@@+"`
	Def        *cstFuncDef  `parser:"( @@"`
	Async      *cstAsyncDef `parser:"| @@"`
	Class      *cstClassDef `parser:"| @@ )"`
}

type cstAsyncDef struct {
	Def *cstFuncDef `parser:"'async' @@"`
}

type cstAsyncStmt struct {
	Def  *cstFuncDef `parser:"'async' ( @@"`
	For  *cstFor     `parser:"| @@"`
	With *cstWith    `parser:"| @@ )"`
}

// Custom productions, parsed by hand.

type simpleNode interface{ simple() *simpleStmts }

// simpleStmts is a line of simple statements.
type simpleStmts struct{ stmts []ast.Stmt }

func (n *simpleStmts) simple() *simpleStmts { return n }

type simpleRunNode interface{ run() []ast.Stmt }

// simpleRun is consecutive lines of simple statements.
type simpleRun struct{ stmts []ast.Stmt }

func (n *simpleRun) run() []ast.Stmt { return n.stmts }

// header is what every compound-statement header records: its keyword token, and the
// `async` before it, if any (statement positions come from these, not from participle).
type header struct{ kw, async *plexer.Token }

// start is the position where the statement begins.
func (h header) start() ast.Pos {
	t := h.kw
	if h.async != nil {
		t = h.async
	}
	return ast.Pos{Lineno: t.Pos.Line, ColOffset: t.Pos.Column - 1}
}

type condNode interface{ cond() *condHeader }

type condHeader struct {
	header
	test ast.Expr
}

func (n *condHeader) cond() *condHeader { return n }

type forNode interface{ forHead() *forHeader }

type forHeader struct {
	header
	target, iter ast.Expr
}

func (n *forHeader) forHead() *forHeader { return n }

type exceptNode interface{ exceptHead() *exceptHeader }

type exceptHeader struct {
	header
	star bool
	typ  ast.Expr
	name string
}

func (n *exceptHeader) exceptHead() *exceptHeader { return n }

type withNode interface{ withHead() *withHeader }

type withHeader struct {
	header
	items []*ast.WithItem
}

func (n *withHeader) withHead() *withHeader { return n }

type defNode interface{ defHead() *defHeader }

type defHeader struct {
	header
	name    string
	args    *ast.Arguments
	returns ast.Expr
}

func (n *defHeader) defHead() *defHeader { return n }

type classNode interface{ classHead() *classHeader }

type classHeader struct {
	header
	name     string
	bases    []ast.Expr
	keywords []*ast.Keyword
}

func (n *classHeader) classHead() *classHeader { return n }

type decoNode interface{ deco() ast.Expr }

type decorator struct{ e ast.Expr }

func (n *decorator) deco() ast.Expr { return n.e }

type colonNode interface{ colonHead() *colonHeader }

// colonHeader is the header of try, else and finally: just the ':'.
type colonHeader struct{ header }

func (n *colonHeader) colonHead() *colonHeader { return n }

type indentNode interface{ indent() }

type indentTok struct{}

func (indentTok) indent() {}

type tryCheckNode interface{ tryCheck() }

type tryCheck struct{}

func (tryCheck) tryCheck() {}

// instance is a built participle parser whose custom productions share one state.
type instance struct {
	p  *participle.Parser[cstModule]
	st *state
}

// newInstance builds the grammar. Building costs far more than a parse, so instances are
// recycled through a sync.Pool (see parser.go).
func newInstance() *instance {
	st := &state{}
	// wrap runs a hand-written production at the participle cursor, then advances
	// participle's cursor past what it consumed.
	sync := func(lex *plexer.PeekingLexer) {
		st.i = int(lex.RawCursor())
		if st.i > st.maxI {
			st.maxI = st.i
		}
	}
	// hdr describes the keyword before the header starting at index start.
	hdr := func(start int) header {
		h := header{kw: &st.toks[start-1]}
		if start >= 2 && isKw(&st.toks[start-2], "async") {
			h.async = &st.toks[start-2]
		}
		return h
	}
	done := func(lex *plexer.PeekingLexer, start int) {
		if st.i > start {
			lex.FastForward(plexer.RawCursor(st.i - 1))
		}
	}
	p := participle.MustBuild[cstModule](
		participle.Lexer(lexer.Definition{}),
		participle.UseLookahead(1),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (simpleNode, error) {
			sync(lex)
			t := st.peek()
			if !startsSimple(t) || st.startsCompound(t) {
				return nil, participle.NextMatch
			}
			start := st.i
			n := &simpleStmts{st.simpleLine()}
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (simpleRunNode, error) {
			sync(lex)
			t := st.peek()
			if !startsSimple(t) || st.startsCompound(t) {
				return nil, participle.NextMatch
			}
			start := st.i
			// A run of simple-statement lines is one production: participle's
			// reflection costs more than parsing a typical line.
			stmts := st.simpleLine()
			for t := st.peek(); startsSimple(t) && !st.startsCompound(t) && t.Type != lexer.Indent; t = st.peek() {
				stmts = append(stmts, st.simpleLine()...)
			}
			n := &simpleRun{stmts}
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (condNode, error) {
			sync(lex)
			start := st.i
			n := &condHeader{hdr(start), st.condHeader()}
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (forNode, error) {
			sync(lex)
			start := st.i
			n := st.forHeader()
			n.header = hdr(start)
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (exceptNode, error) {
			sync(lex)
			start := st.i
			n := st.exceptHeader()
			n.header = hdr(start)
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (withNode, error) {
			sync(lex)
			start := st.i
			n := &withHeader{hdr(start), st.withHeader()}
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (defNode, error) {
			sync(lex)
			start := st.i
			n := st.defHeader()
			n.header = hdr(start)
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (classNode, error) {
			sync(lex)
			start := st.i
			n := st.classHeader()
			n.header = hdr(start)
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (decoNode, error) {
			sync(lex)
			if !st.atOp("@") {
				return nil, participle.NextMatch
			}
			start := st.i
			n := &decorator{st.decorator()}
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (colonNode, error) {
			sync(lex)
			start := st.i
			st.colon()
			done(lex, start)
			return &colonHeader{hdr(start)}, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (indentNode, error) {
			sync(lex)
			start := st.i
			st.indent()
			done(lex, start)
			return indentTok{}, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (tryCheckNode, error) {
			sync(lex)
			st.tryCheck()
			return tryCheck{}, nil
		}),
	)
	return &instance{p: p, st: st}
}
