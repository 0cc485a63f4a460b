// Package parser turns Python 3.11 source into aio's syntax tree (package ast).
//
// The statement structure — blocks and compound statements — is a participle grammar
// (grammar.go); simple statements, expressions and the headers of compound statements are
// parsed by a hand-written precedence-climbing parser (expr.go, simple.go, headers.go)
// plugged into the grammar with participle.ParseTypeWith. The resulting concrete tree is
// lowered to ast (lower.go), so nothing after the parser depends on participle. Syntax
// errors are *ast.SyntaxError values with CPython 3.11's messages and positions.
package parser

import (
	"bytes"
	"errors"
	"strings"
	"sync"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/lexer"
	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// instances recycles built grammars: building one costs far more than parsing a file, and
// each instance carries the per-parse state its custom productions share, so an instance
// serves one parse at a time. The pool holds no semantic state.
var instances = sync.Pool{New: func() any { return newInstance() }}

// ParseFile parses a whole module. The error, if any, is an *ast.SyntaxError.
func ParseFile(filename string, src []byte) (*ast.Module, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &ast.SyntaxError{Kind: "SyntaxError", Msg: "source code string cannot contain null bytes", Filename: filename}
	}
	toks := tokenize(filename, src)
	inst := instances.Get().(*instance)
	defer instances.Put(inst)
	st := inst.st
	st.reset(filename, src, toks)
	defer st.reset("", nil, nil)
	var mod *ast.Module
	err := st.guard(func() {
		pl := newPeeking(toks)
		cst, err := inst.p.ParseFromLexer(pl)
		if err != nil {
			st.participleError(err)
		}
		mod = &ast.Module{Body: lowerStmts(cst.Stmts, make([]ast.Stmt, 0, len(cst.Stmts)))}
	})
	if err != nil {
		return nil, err
	}
	return mod, nil
}

// ParseExpr parses src as a single expression (CPython's eval mode, as ast.parse(src,
// mode='eval') does; eval() callers strip leading blanks first).
func ParseExpr(filename string, src []byte) (*ast.Expression, error) {
	toks := tokenize(filename, src)
	st := &state{}
	st.reset(filename, src, toks)
	var out *ast.Expression
	err := st.guard(func() {
		for st.peek().Type == lexer.Newline || st.peek().Type == lexer.Indent {
			if st.peek().Type == lexer.Indent {
				st.failInvalid()
			}
			st.next()
		}
		e := st.expressions()
		for st.peek().Type == lexer.Newline || st.peek().Type == lexer.Dedent {
			st.next()
		}
		if st.peek().Type != plexer.EOF {
			st.failInvalid()
		}
		out = &ast.Expression{Body: e}
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ParseInteractive parses one REPL entry: a single (possibly compound) statement
// (CPython's single mode).
func ParseInteractive(filename string, src []byte) (*ast.Interactive, error) {
	mod, err := ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	if len(mod.Body) > 1 {
		// A single compound statement or one line of simple statements is allowed.
		first := mod.Body[0].Position()
		for _, st := range mod.Body[1:] {
			if st.Position().Lineno != first.Lineno {
				e := &ast.SyntaxError{Kind: "SyntaxError", Msg: "multiple statements found while compiling a single statement", Filename: filename, Line: first.EndLineno, Col: first.EndColOffset + 1}
				st := &state{src: src}
				e.Text = st.lineText(e.Line)
				return nil, e
			}
		}
	}
	return &ast.Interactive{Body: mod.Body}, nil
}

// guard runs f, converting a syntax panic into the error to return and applying CPython's
// rule that a tokenizer error anywhere in the file wins over a parser error.
func (s *state) guard(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		sp, ok := r.(syntaxPanic)
		if !ok {
			panic(r)
		}
		e := sp.err
		if e.Filename == "" {
			e.Filename = s.filename
		}
		if e.Text == "" {
			e.Text = s.lineText(e.Line)
		}
		if sp.layout {
			err = e
			return
		}
		err = s.preferLexError(e, s.furthestLine(e.Line))
	}()
	f()
	return nil
}

// preferLexError returns the lexer's error instead of e when the token stream holds one,
// as CPython's _PyPegen_tokenize_full_source_to_check_for_errors does: an unclosed bracket
// wins only over errors on later lines.
func (s *state) preferLexError(e *ast.SyntaxError, lastLine int) *ast.SyntaxError {
	if s.interactive {
		return e
	}
	n := len(s.toks)
	if n < 2 || s.toks[n-2].Type != lexer.Error {
		return e
	}
	t := &s.toks[n-2]
	le := s.lexError(t)
	if le.Line == e.Line && le.Col == e.Col && le.Msg == e.Msg {
		return e
	}
	if isUnclosed(le.Msg) && lastLine <= le.Line {
		return e
	}
	switch le.Msg {
	case "unindent does not match any outer indentation level",
		"unexpected character after line continuation character",
		"inconsistent use of tabs and spaces in indentation",
		"too many levels of indentation",
		"unexpected EOF while parsing":
		// CPython's tokenizer reports these through an error code, not an exception,
		// so its scan of the rest of the file does not replace the parser's error.
		return e
	}
	return le
}

// furthestLine is the line of the furthest token the parser looked at (at least line):
// EOF and an unclosed-bracket error count as the file's last line.
func (s *state) furthestLine(line int) int {
	i := s.maxI
	if s.i > i {
		i = s.i
	}
	t := &s.toks[i]
	l := t.Pos.Line
	if t.Type == plexer.EOF || (t.Type == lexer.Error && isUnclosed(t.Value)) {
		l = 1 + bytes.Count(s.src, []byte("\n"))
	}
	if l < line {
		l = line
	}
	return l
}

func isUnclosed(msg string) bool {
	return strings.HasSuffix(msg, "was never closed")
}

// participleError converts an error from the participle grammar into CPython's error.
func (s *state) participleError(err error) {
	var ut *participle.UnexpectedTokenError
	if errors.As(err, &ut) {
		t := s.tokenAt(ut.Unexpected.Pos.Offset, ut.Unexpected.Type)
		if k := s.indexOf(t); k > s.maxI {
			s.maxI = k
		}
		s.failInvalidAt(t)
	}
	var pe participle.Error
	if errors.As(err, &pe) {
		s.failInvalidAt(s.tokenAt(pe.Position().Offset, -1))
	}
	s.failInvalid()
}

// tokenAt finds the token at byte offset off (of type typ when typ >= 0).
func (s *state) tokenAt(off int, typ plexer.TokenType) *plexer.Token {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[m].Pos.Offset < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(s.toks) && s.toks[i].Pos.Offset == off; i++ {
		if typ < 0 || s.toks[i].Type == typ {
			return &s.toks[i]
		}
	}
	if lo < len(s.toks) {
		return &s.toks[lo]
	}
	return &s.toks[len(s.toks)-1]
}

// tokenize runs the lexer, making sure the stream ends with EOF.
func tokenize(filename string, src []byte) []plexer.Token {
	toks := lexer.Tokenize(filename, src)
	if n := len(toks); n == 0 || toks[n-1].Type != plexer.EOF {
		pos := plexer.Position{Filename: filename, Offset: len(src), Line: 1, Column: 1}
		if n > 0 {
			pos = toks[n-1].Pos
		}
		toks = append(toks, plexer.EOFToken(pos))
	}
	return toks
}
