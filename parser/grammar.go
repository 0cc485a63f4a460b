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

// cstStmt is one statement: a line of simple statements or a compound statement.
type cstStmt struct {
	Simple simpleNode    `parser:"@@"`
	If     *cstIf        `parser:"| @@"`
	While  *cstWhile     `parser:"| @@"`
	For    *cstFor       `parser:"| @@"`
	Try    *cstTry       `parser:"| @@"`
	With   *cstWith      `parser:"| @@"`
	Def    *cstFuncDef   `parser:"| @@"`
	Class  *cstClassDef  `parser:"| @@"`
	Deco   *cstDecorated `parser:"| @@"`
	Async  *cstAsyncStmt `parser:"| @@"`
}

// cstBlock is block: simple_stmts | NEWLINE INDENT statements DEDENT.
type cstBlock struct {
	Simple simpleNode `parser:"@@"`
	Indent indentNode `parser:"| Newline @@"`
	Stmts  []*cstStmt `parser:"@@+ Dedent"`
}

type cstIf struct {
	Pos   plexer.Position
	Test  condNode   `parser:"'if' @@"`
	Body  *cstBlock  `parser:"@@"`
	Elifs []*cstElif `parser:"@@*"`
	Else  *cstElse   `parser:"@@?"`
}

type cstElif struct {
	Pos  plexer.Position
	Test condNode  `parser:"'elif' @@"`
	Body *cstBlock `parser:"@@"`
}

type cstElse struct {
	Pos   plexer.Position
	Colon colonNode `parser:"'else' @@"`
	Body  *cstBlock `parser:"@@"`
}

type cstWhile struct {
	Pos  plexer.Position
	Test condNode  `parser:"'while' @@"`
	Body *cstBlock `parser:"@@"`
	Else *cstElse  `parser:"@@?"`
}

type cstFor struct {
	Pos  plexer.Position
	Head forNode   `parser:"'for' @@"`
	Body *cstBlock `parser:"@@"`
	Else *cstElse  `parser:"@@?"`
}

type cstTry struct {
	Pos      plexer.Position
	Colon    colonNode    `parser:"'try' @@"`
	Body     *cstBlock    `parser:"@@"`
	Check    tryCheckNode `parser:"@@"`
	Handlers []*cstExcept `parser:"@@*"`
	Else     *cstElse     `parser:"@@?"`
	Finally  *cstFinally  `parser:"@@?"`
}

type cstExcept struct {
	Pos  plexer.Position
	Head exceptNode `parser:"'except' @@"`
	Body *cstBlock  `parser:"@@"`
}

type cstFinally struct {
	Pos   plexer.Position
	Colon colonNode `parser:"'finally' @@"`
	Body  *cstBlock `parser:"@@"`
}

type cstWith struct {
	Pos  plexer.Position
	Head withNode  `parser:"'with' @@"`
	Body *cstBlock `parser:"@@"`
}

type cstFuncDef struct {
	Pos  plexer.Position
	Head defNode   `parser:"'def' @@"`
	Body *cstBlock `parser:"@@"`
}

type cstClassDef struct {
	Pos  plexer.Position
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
	Pos plexer.Position
	Def *cstFuncDef `parser:"'async' @@"`
}

type cstAsyncStmt struct {
	Pos  plexer.Position
	Def  *cstFuncDef `parser:"'async' ( @@"`
	For  *cstFor     `parser:"| @@"`
	With *cstWith    `parser:"| @@ )"`
}

// Custom productions, parsed by hand.

type simpleNode interface{ simple() *simpleStmts }

// simpleStmts is a line of simple statements.
type simpleStmts struct{ stmts []ast.Stmt }

func (n *simpleStmts) simple() *simpleStmts { return n }

type condNode interface{ cond() ast.Expr }

type condHeader struct{ test ast.Expr }

func (n *condHeader) cond() ast.Expr { return n.test }

type forNode interface{ forHead() *forHeader }

type forHeader struct{ target, iter ast.Expr }

func (n *forHeader) forHead() *forHeader { return n }

type exceptNode interface{ exceptHead() *exceptHeader }

type exceptHeader struct {
	star bool
	typ  ast.Expr
	name string
}

func (n *exceptHeader) exceptHead() *exceptHeader { return n }

type withNode interface{ withHead() []*ast.WithItem }

type withHeader struct{ items []*ast.WithItem }

func (n *withHeader) withHead() []*ast.WithItem { return n.items }

type defNode interface{ defHead() *defHeader }

type defHeader struct {
	name    string
	args    *ast.Arguments
	returns ast.Expr
}

func (n *defHeader) defHead() *defHeader { return n }

type classNode interface{ classHead() *classHeader }

type classHeader struct {
	name     string
	bases    []ast.Expr
	keywords []*ast.Keyword
}

func (n *classHeader) classHead() *classHeader { return n }

type decoNode interface{ deco() ast.Expr }

type decorator struct{ e ast.Expr }

func (n *decorator) deco() ast.Expr { return n.e }

type colonNode interface{ colon() }

type colonTok struct{}

func (colonTok) colon() {}

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
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (condNode, error) {
			sync(lex)
			start := st.i
			n := &condHeader{st.condHeader()}
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (forNode, error) {
			sync(lex)
			start := st.i
			n := st.forHeader()
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (exceptNode, error) {
			sync(lex)
			start := st.i
			n := st.exceptHeader()
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (withNode, error) {
			sync(lex)
			start := st.i
			n := &withHeader{st.withHeader()}
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (defNode, error) {
			sync(lex)
			start := st.i
			n := st.defHeader()
			done(lex, start)
			return n, nil
		}),
		participle.ParseTypeWith(func(lex *plexer.PeekingLexer) (classNode, error) {
			sync(lex)
			start := st.i
			n := st.classHeader()
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
			return colonTok{}, nil
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
