package parser

import (
	"bytes"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/lexer"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// maxDepth bounds the recursion of the hand-written expression parser. CPython's tokenizer
// stops at 200 nested brackets; other deep nestings (unary operators, chained attributes
// inside brackets) hit the same limit here and report "too many nested parentheses".
const maxDepth = 5000

// state is the hand-written parser over one token slice: the cursor, the source (for the
// text of self-documenting f-string fields and error lines) and the nesting depth. One state
// serves one parse at a time; the participle grammar's custom productions share it.
type state struct {
	toks     []plexer.Token
	i        int
	src      []byte
	filename string
	depth    int
	// level counts open brackets around the cursor (CPython's tokenizer level).
	level int
	// maxI is the furthest token index the parser has looked at: CPython decides whether
	// an unclosed bracket wins over a syntax error by the line of that token.
	maxI int
	// stmtStart is the first token of the simple statement being parsed.
	stmtStart *plexer.Token
	// Line starts, computed lazily for error reporting.
	lineStarts []int
	// interactive marks a REPL parse (no full-source error scan).
	interactive bool
}

// syntaxPanic carries a SyntaxError out of deep recursion; it is recovered by the entry
// points and never escapes the package.
type syntaxPanic struct {
	err *ast.SyntaxError
	lex bool // the error is the lexer's (an Error token)
	// layout marks CPython's "unexpected indent/unindent", which no tokenizer error
	// found later in the file overrides.
	layout bool
}

func (s *state) reset(filename string, src []byte, toks []plexer.Token) {
	s.toks = toks
	s.i = 0
	s.src = src
	s.filename = filename
	s.depth = 0
	s.level = 0
	s.maxI = 0
	s.lineStarts = s.lineStarts[:0]
}

func (s *state) peek() *plexer.Token { return &s.toks[s.i] }

func (s *state) peekAt(k int) *plexer.Token {
	if s.i+k >= len(s.toks) {
		return &s.toks[len(s.toks)-1]
	}
	return &s.toks[s.i+k]
}

func (s *state) next() *plexer.Token {
	t := &s.toks[s.i]
	if s.i < len(s.toks)-1 {
		s.i++
		if s.i > s.maxI {
			s.maxI = s.i
		}
	}
	return t
}

// prev is the last consumed token.
func (s *state) prev() *plexer.Token {
	if s.i == 0 {
		return &s.toks[0]
	}
	return &s.toks[s.i-1]
}

func isOp(t *plexer.Token, op string) bool { return t.Type == lexer.Op && t.Value == op }
func isKw(t *plexer.Token, kw string) bool { return t.Type == lexer.Keyword && t.Value == kw }

func (s *state) atOp(op string) bool { t := &s.toks[s.i]; return t.Type == lexer.Op && t.Value == op }
func (s *state) atKw(kw string) bool {
	t := &s.toks[s.i]
	return t.Type == lexer.Keyword && t.Value == kw
}

func (s *state) acceptOp(op string) bool {
	if s.atOp(op) {
		s.next()
		return true
	}
	return false
}

func (s *state) acceptKw(kw string) bool {
	if s.atKw(kw) {
		s.next()
		return true
	}
	return false
}

// expectOp consumes op or fails with "invalid syntax" at the current token.
func (s *state) expectOp(op string) *plexer.Token {
	if !s.atOp(op) {
		s.failInvalid()
	}
	return s.next()
}

// tokStart returns the CPython (line, col_offset) of a token's start.
func tokStart(t *plexer.Token) (int, int) { return t.Pos.Line, t.Pos.Column - 1 }

// tokEnd returns the CPython (end_lineno, end_col_offset) of a token.
func tokEnd(t *plexer.Token) (int, int) {
	v := t.Value
	if t.Type == lexer.String {
		if k := strings.LastIndexByte(v, '\n'); k >= 0 {
			return t.Pos.Line + strings.Count(v, "\n"), len(v) - k - 1
		}
	}
	if t.Type == lexer.Newline || t.Type == lexer.Indent || t.Type == lexer.Dedent {
		return t.Pos.Line, t.Pos.Column - 1
	}
	return t.Pos.Line, t.Pos.Column - 1 + len(v)
}

// posFrom builds a span from the start of token t to the end of the previous token.
func (s *state) spanTok(t *plexer.Token) ast.Pos {
	l, c := tokStart(t)
	el, ec := tokEnd(s.prev())
	return ast.Pos{Lineno: l, ColOffset: c, EndLineno: el, EndColOffset: ec}
}

// spanFrom builds a span from the start of node start to the end of the previous token.
func (s *state) spanFrom(start ast.Pos) ast.Pos {
	el, ec := tokEnd(s.prev())
	return ast.Pos{Lineno: start.Lineno, ColOffset: start.ColOffset, EndLineno: el, EndColOffset: ec}
}

// span builds a span from a's start to b's end.
func span(a, b ast.Pos) ast.Pos {
	return ast.Pos{Lineno: a.Lineno, ColOffset: a.ColOffset, EndLineno: b.EndLineno, EndColOffset: b.EndColOffset}
}

func tokPos(t *plexer.Token) ast.Pos {
	l, c := tokStart(t)
	el, ec := tokEnd(t)
	return ast.Pos{Lineno: l, ColOffset: c, EndLineno: el, EndColOffset: ec}
}

// lineText returns source line n (1-based) without its line ending.
func (s *state) lineText(n int) string {
	if len(s.lineStarts) == 0 {
		s.lineStarts = append(s.lineStarts, 0)
		for i, c := range s.src {
			if c == '\n' {
				s.lineStarts = append(s.lineStarts, i+1)
			}
		}
	}
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[n-1]
	end := len(s.src)
	if n < len(s.lineStarts) {
		end = s.lineStarts[n]
	}
	return strings.TrimRight(string(s.src[start:end]), "\r\n")
}

// charCol converts a 0-based byte column on line n to CPython's 1-based character offset.
func (s *state) charCol(n, byteCol int) int {
	text := s.lineText(n)
	if byteCol > len(text) {
		return utf8.RuneCountInString(text) + (byteCol - len(text)) + 1
	}
	return utf8.RuneCountInString(text[:byteCol]) + 1
}

// errorAt builds a SyntaxError spanning pos (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE).
// IndentationErrors keep only their start: CPython shows them with a single caret.
func (s *state) errorAt(kind, msg string, pos ast.Pos) *ast.SyntaxError {
	e := &ast.SyntaxError{Kind: kind, Msg: msg, Filename: s.filename, Line: pos.Lineno}
	e.Text = s.lineText(pos.Lineno)
	e.Col = s.charCol(pos.Lineno, pos.ColOffset)
	if pos.EndLineno > 0 && kind == "SyntaxError" {
		e.EndLine = pos.EndLineno
		e.EndCol = s.charCol(pos.EndLineno, pos.EndColOffset)
	}
	return e
}

// fail aborts the parse with a SyntaxError over pos.
func (s *state) fail(msg string, pos ast.Pos) {
	panic(syntaxPanic{err: s.errorAt("SyntaxError", msg, pos)})
}

// failTok aborts with msg located at token t (or with the lexer's error, when t is one).
func (s *state) failTok(msg string, t *plexer.Token) {
	if t.Type == lexer.Error {
		s.failInvalidAt(t)
	}
	s.fail(msg, s.errPos(t))
}

// errPos is the span CPython reports for token t: a NEWLINE after a comment starts where
// the comment does.
func (s *state) errPos(t *plexer.Token) ast.Pos {
	p := tokPos(t)
	if t.Type != lexer.Newline {
		return p
	}
	k := s.indexOf(t)
	from := 0
	if k > 0 {
		pt := &s.toks[k-1]
		from = pt.Pos.Offset + len(pt.Value)
		if pt.Type == lexer.FStringMiddle {
			return p
		}
	}
	if from < 0 || from > t.Pos.Offset || t.Pos.Offset > len(s.src) {
		return p
	}
	if j := bytes.IndexByte(s.src[from:t.Pos.Offset], '#'); j >= 0 {
		off := from + j
		p.ColOffset -= t.Pos.Offset - off
		p.EndColOffset = p.ColOffset + 1
	}
	return p
}

// failInvalid reports CPython's generic "invalid syntax" at the current token (or the
// lexer's error, when the current token is one).
func (s *state) failInvalid() {
	s.failInvalidAt(s.peek())
}

func (s *state) failInvalidAt(t *plexer.Token) {
	if isKw(t, "not") && s.i > 0 && t == s.peek() && endsExpr(&s.toks[s.i-1]) {
		// After an operand CPython read past `not`, looking for `not in`.
		if n := s.peekAt(1); !isKw(n, "in") {
			if s.i+1 > s.maxI {
				s.maxI = s.i + 1
			}
			t = n
		}
	}
	if k := s.indexOf(t); isKw(t, "async") && s.level > 0 && k > 0 && endsExpr(&s.toks[k-1]) {
		// CPython read the next token, looking for def, for or with.
		if n := s.tokAfter(t); n != nil && !isKw(n, "def") && !isKw(n, "for") && !isKw(n, "with") {
			if k := s.indexOf(n); k > s.maxI {
				s.maxI = k
			}
			t = n
		}
	}
	switch t.Type {
	case lexer.Error:
		panic(syntaxPanic{err: s.lexError(t), lex: true})
	case lexer.Indent:
		l, c := tokStart(t)
		// CPython reports the width of the indentation as the (1-based) offset.
		pos := ast.Pos{Lineno: l, ColOffset: c, EndLineno: l, EndColOffset: c}
		if nt := s.tokAfter(t); nt != nil && nt.Pos.Line == l && nt.Pos.Column > 1 {
			pos.ColOffset = nt.Pos.Column - 2
			pos.EndColOffset = pos.ColOffset + 1
		}
		e := s.errorAt("IndentationError", "unexpected indent", pos)
		panic(syntaxPanic{err: e, layout: true})
	case lexer.Dedent:
		pos := s.errTokPos(t)
		e := s.errorAt("IndentationError", "unexpected unindent", pos)
		if pos.Lineno == t.Pos.Line && pos.ColOffset == t.Pos.Column-1 {
			// CPython reports a DEDENT inside the file at the 0-based column.
			e.Col, e.EndLine, e.EndCol = e.Col-1, 0, 0
		}
		panic(syntaxPanic{err: e, layout: true})
	case plexer.EOF:
		s.fail("invalid syntax", tokPos(t))
	}
	s.fail("invalid syntax", s.errPos(t))
}

// errTokPos is where CPython reports an error at token t: the layout tokens at the end of
// the file (final DEDENTs and ENDMARKER) sit at the end of the file's last line.
func (s *state) errTokPos(t *plexer.Token) ast.Pos {
	if t.Type == lexer.Dedent || t.Type == plexer.EOF {
		k := s.indexOf(t)
		for k < len(s.toks) && s.toks[k].Type == lexer.Dedent {
			k++
		}
		if k < len(s.toks) && s.toks[k].Type == plexer.EOF {
			src := s.src
			if n := len(src); n > 0 && src[n-1] == '\n' {
				src = src[:n-1]
				if n := len(src); n > 0 && src[n-1] == '\r' {
					src = src[:n-1]
				}
			}
			line := 1 + bytes.Count(src, []byte("\n"))
			col := len(src) - (bytes.LastIndexByte(src, '\n') + 1)
			return ast.Pos{Lineno: line, ColOffset: col, EndLineno: line, EndColOffset: col}
		}
		l, c := tokStart(t)
		return ast.Pos{Lineno: l, ColOffset: c, EndLineno: l, EndColOffset: c}
	}
	return tokPos(t)
}

// indexOf returns the index of t, which points into the token slice.
func (s *state) indexOf(t *plexer.Token) int {
	if len(s.toks) > 0 {
		d := uintptr(unsafe.Pointer(t)) - uintptr(unsafe.Pointer(&s.toks[0]))
		if k := int(d / unsafe.Sizeof(s.toks[0])); k >= 0 && k < len(s.toks) && &s.toks[k] == t {
			return k
		}
	}
	for i := range s.toks {
		if &s.toks[i] == t {
			return i
		}
	}
	return len(s.toks) - 1
}

// endsExpr reports whether t can be the last token of an operand.
func endsExpr(t *plexer.Token) bool {
	switch t.Type {
	case lexer.Name, lexer.Number, lexer.String, lexer.FStringEnd:
		return true
	case lexer.Keyword:
		return t.Value == "None" || t.Value == "True" || t.Value == "False"
	case lexer.Op:
		return t.Value == ")" || t.Value == "]" || t.Value == "}" || t.Value == "..."
	}
	return false
}

// tokAfter returns the token following t in the slice, or nil.
func (s *state) tokAfter(t *plexer.Token) *plexer.Token {
	if k := s.indexOf(t); k+1 < len(s.toks) && &s.toks[k] == t {
		return &s.toks[k+1]
	}
	return nil
}

// lexError converts an Error token into a SyntaxError: its value is CPython's final line
// "Kind: message".
func (s *state) lexError(t *plexer.Token) *ast.SyntaxError {
	kind, msg := "SyntaxError", t.Value
	if k := strings.Index(t.Value, ": "); k > 0 && !strings.Contains(t.Value[:k], " ") {
		kind, msg = t.Value[:k], t.Value[k+2:]
	}
	l, c := tokStart(t)
	e := &ast.SyntaxError{Kind: kind, Msg: msg, Filename: s.filename, Line: l, Text: s.lineText(l)}
	e.Col = s.charCol(l, c)
	return e
}

func (s *state) enter() {
	s.depth++
	if s.depth > maxDepth {
		s.failTok("too many nested parentheses", s.peek())
	}
}

func (s *state) leave() { s.depth-- }
