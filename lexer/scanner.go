package lexer

import (
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// Limits taken from CPython's tokenizer.
const (
	maxLevel  = 200 // MAXLEVEL: nesting of brackets
	maxIndent = 100 // MAXINDENT: nesting of indented blocks
	tabSize   = 8   // columns of a tab for indentation
)

// paren is an open bracket.
type paren struct {
	c    byte
	line int
	off  int // byte offset of the bracket
	col  int // 1-based byte column of the bracket
}

// scanner holds the state of one tokenization. It is created per call, so concurrent
// calls share nothing.
type scanner struct {
	src       []byte
	str       string // src as a string: token values are substrings of it (no copies)
	n         int
	filename  string
	toks      []lexer.Token
	i         int // offset of the next byte to read
	line      int // current line, 1-based
	lineStart int // offset of the first byte of the current line

	indents    []int // indentation columns (tab size 8)
	altIndents []int // the same with tab size 1, to detect inconsistent tabs
	parens     []paren

	comment  int  // offset of the last comment seen
	bufStart int  // start of the first line of a run joined by continuations
	atBOL    bool // at the beginning of a physical line
	blank    bool // the current line holds only whitespace and/or a comment
	done     bool // EOF (or an error) has been emitted

	// fstr describes the field whose expression is scanned (when inExpr).
	fstr   fstrCtx
	inExpr bool // scanning the expression of an f-string's field (fstr describes it)
	// fdepth counts the f-strings being split.
	fdepth int
	// pending is an f-string error, reported (as CPython does) when the run of adjacent
	// string literals ends.
	pending *pendingErr
	// abort is set when an error inside an f-string abandons it.
	abort bool
	// look is set while the rest of the source is scanned after an f-string error.
	look *lookahead
}

// newScanner returns a scanner at the start of src.
func newScanner(filename string, src []byte) *scanner {
	s := &scanner{
		src:        src,
		str:        string(src),
		n:          len(src),
		filename:   filename,
		line:       1,
		comment:    -1,
		indents:    make([]int, 1, 16),
		altIndents: make([]int, 1, 16),
	}
	s.toks = make([]lexer.Token, 0, len(src)/6+16)
	return s
}

// pos returns the position of offset off, which must lie on the current line.
func (s *scanner) pos(off int) lexer.Position {
	return lexer.Position{Filename: s.filename, Offset: off, Line: s.line, Column: off - s.lineStart + 1}
}

// emit appends a token. If an f-string error is pending and this token ends the run of
// adjacent string literals, the error is reported at its position instead.
func (s *scanner) emit(t lexer.TokenType, val string, p lexer.Position) {
	if s.done || s.look != nil {
		return
	}
	if s.pending != nil && s.fdepth == 0 && t != String && t != FStringStart && t != FStringEnd {
		s.flushPending(p)
		return
	}
	if len(s.toks) == cap(s.toks) {
		// Double (append grows large slices by only 1.25x, copying more often).
		toks := make([]lexer.Token, len(s.toks), 2*cap(s.toks))
		copy(toks, s.toks)
		s.toks = toks
	}
	s.toks = append(s.toks, lexer.Token{Type: t, Value: val, Pos: p})
}

// emitText appends a token whose value is src[a:b], a on the current line.
func (s *scanner) emitText(t lexer.TokenType, a, b int) {
	s.emit(t, s.str[a:b], s.pos(a))
}

// newline records that a line break of width w starts at offset i.
func (s *scanner) newline(i, w int) {
	s.line++
	s.lineStart = i + w
}

// nlWidth returns the width of the line break at offset i (1 for \n or \r, 2 for \r\n),
// or 0 when there is none.
func (s *scanner) nlWidth(i int) int {
	if i >= s.n {
		return 0
	}
	switch s.src[i] {
	case '\n':
		return 1
	case '\r':
		if i+1 < s.n && s.src[i+1] == '\n' {
			return 2
		}
		return 1
	}
	return 0
}

// lineEnd returns the offset of the line break ending the line that contains offset i (or
// the end of the source).
func (s *scanner) lineEnd(i int) int {
	for i < s.n && s.src[i] != '\n' && s.src[i] != '\r' {
		i++
	}
	return i
}

// run tokenizes the whole source.
func (s *scanner) run() {
	if s.n >= 3 && s.src[0] == 0xEF && s.src[1] == 0xBB && s.src[2] == 0xBF {
		s.i, s.lineStart = 3, 3
	}
	if !utf8.Valid(s.src) {
		s.invalidUTF8()
		return
	}
	s.atBOL = true
	for !s.done {
		if s.atBOL {
			s.bol()
			continue
		}
		s.next()
	}
}

// bol handles the beginning of a line: measures indentation and emits Indent/Dedent.
func (s *scanner) bol() {
	s.atBOL = false
	s.bufStart = s.lineStart
	col, alt := 0, 0
	contCol := 0 // column of a backslash continuation in the indentation
	j := s.i
loop:
	for j < s.n {
		switch s.src[j] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			alt++
		case '\f':
			col, alt = 0, 0
		case '\\':
			// Indentation cannot be split over lines with backslashes: the first one
			// determines the level (CPython 3.11.7 behaviour).
			if contCol == 0 {
				contCol = col
			}
			if !s.continuation(j) {
				return
			}
			j = s.i
			s.bufStart = s.lineStart
			continue
		default:
			break loop
		}
		j++
	}
	if contCol != 0 {
		col, alt = contCol, contCol
	}
	s.i = j
	if j >= s.n {
		// The end of the source: a whitespace-only last line is blank; atEOF dedents.
		s.blank = true
		return
	}
	s.blank = false
	switch s.src[j] {
	case '#', '\n', '\r':
		s.blank = true
		return
	}
	if len(s.parens) > 0 {
		return
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			s.tabError()
		}
	case col > s.indents[top]:
		if len(s.indents) >= maxIndent {
			s.failKind(ErrReached, "IndentationError: too many levels of indentation", s.line, 1)
			return
		}
		if alt <= s.altIndents[top] {
			s.tabError()
			return
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.emit(Indent, "", s.pos(s.lineStart))
	default:
		for top > 0 && col < s.indents[top] {
			top--
		}
		if col != s.indents[top] {
			e := s.lineEnd(j)
			s.failKind(ErrReached, "IndentationError: unindent does not match any outer indentation level", s.line, e-s.lineStart+1)
			return
		}
		if alt != s.altIndents[top] {
			s.tabError()
			return
		}
		p := s.pos(j)
		for len(s.indents)-1 > top {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndents = s.altIndents[:len(s.altIndents)-1]
			s.emit(Dedent, "", p)
		}
	}
}

// tabError reports an indentation that depends on the width of a tab.
func (s *scanner) tabError() {
	s.failKind(ErrReached, "TabError: inconsistent use of tabs and spaces in indentation", s.line, 1)
}

// atEOF handles the end of the source, reached mid-line (when the last line has no line
// break) or at the beginning of a line.
func (s *scanner) atEOF() {
	if !s.atBOL && s.i >= s.n && s.lineStart != s.n {
		// The last line lacks a line break: CPython adds one.
		if !s.blank && len(s.parens) == 0 {
			s.emitNewline(s.newlineStart(s.n))
		}
	}
	if len(s.parens) > 0 {
		p := s.parens[len(s.parens)-1]
		s.failKind(ErrUnclosed, "SyntaxError: '"+string(p.c)+"' was never closed", p.line, p.col)
		return
	}
	// Dedent to column 0 (bol at EOF after a line break does it too).
	p := lexer.Position{Filename: s.filename, Offset: s.n, Line: s.line, Column: s.n - s.lineStart + 1}
	if s.lineStart != s.n {
		p.Line++
		p.Column = 1
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		s.emit(Dedent, "", p)
	}
	if s.look != nil {
		s.finish(ErrReached, "", p)
		return
	}
	s.emit(lexer.EOF, "", p)
	s.done = true
}

// newlineStart returns where the Newline token for the line break at i starts: at a
// comment before it on the same line, as in CPython, else at i.
func (s *scanner) newlineStart(i int) int {
	if s.comment >= s.lineStart && s.comment < i {
		return s.comment
	}
	return i
}

// emitNewline emits a Newline token for the line break at offset i.
func (s *scanner) emitNewline(i int) {
	s.emit(Newline, "\n", s.pos(i))
}

// fail emits an Error token (of kind ErrLexical) at line:col (1-based byte column)
// followed by EOF. Inside the expression of an f-string the error is recorded as pending
// instead (CPython reports it when it compiles the f-string) and the f-string is abandoned.
func (s *scanner) fail(msg string, line, col int) {
	s.failKind(ErrLexical, msg, line, col)
}

// failKind is fail for an error of the given kind.
func (s *scanner) failKind(kind ErrorKind, msg string, line, col int) {
	if s.done {
		return
	}
	off := s.lineStart + col - 1
	if line != s.line {
		off = s.offsetOf(line, col)
	}
	if s.inExpr {
		if line == s.fstr.braceLine {
			// CPython compiles "(expr)" on its own: columns on the first line count
			// from the opening brace.
			col = off - s.fstr.braceOff + 1
		}
		s.setPending(msg, true, lexer.Position{Filename: s.filename, Offset: off, Line: line, Column: col})
		return
	}
	p := lexer.Position{Filename: s.filename, Offset: off, Line: line, Column: col}
	s.finish(kind, msg, p)
}

// finish appends an Error token and EOF (whose value records the error's kind), and ends
// the scan. While looking ahead after an f-string error (see flushPending), it decides
// which of the two errors CPython reports instead.
func (s *scanner) finish(kind ErrorKind, msg string, p lexer.Position) {
	if s.look != nil {
		e := s.look
		s.look = nil
		replace := kind == ErrLexical || kind == ErrUnclosed && p.Line < e.at.Line
		if !replace {
			kind, msg, p = e.kind, e.msg, e.pos
		}
		// The error goes where the parser meets the f-string's error.
		s.toks = append(s.toks[:e.mark], lexer.Token{Type: Error, Value: msg, Pos: p},
			lexer.Token{Type: lexer.EOF, Value: kind.String(), Pos: p})
		s.done = true
		return
	}
	s.toks = append(s.toks, lexer.Token{Type: Error, Value: msg, Pos: p})
	s.toks = append(s.toks, lexer.Token{Type: lexer.EOF, Value: kind.String(), Pos: p})
	s.done = true
}

// failAt emits an Error token whose caret is at offset off on the current line.
func (s *scanner) failAt(msg string, off int) {
	s.fail(msg, s.line, off-s.lineStart+1)
}

// offsetOf returns the byte offset of line:col (slow path, for errors only).
func (s *scanner) offsetOf(line, col int) int {
	l, i := 1, 0
	for l < line && i < s.n {
		if w := s.nlWidth(i); w > 0 {
			i += w
			l++
			continue
		}
		i++
	}
	return i + col - 1
}

// skipBlanks moves s.i past spaces, tabs and form feeds and returns it.
func (s *scanner) skipBlanks() int {
	i := s.i
	for i < s.n && (s.src[i] == ' ' || s.src[i] == '\t' || s.src[i] == '\f') {
		i++
	}
	s.i = i
	return i
}

// next scans one token (or skips a comment / line break).
func (s *scanner) next() {
	i := s.skipBlanks()
	if i >= s.n {
		s.atEOF()
		return
	}
	c := s.src[i]
	switch {
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80:
		s.name()
	case c >= '0' && c <= '9':
		s.number()
	case c == '\n' || c == '\r':
		w := s.nlWidth(i)
		if !s.blank && len(s.parens) == 0 {
			s.emitNewline(s.newlineStart(i))
		}
		s.i = i + w
		s.newline(i, w)
		s.atBOL = true
	case c == '#':
		// CPython's NEWLINE token starts at a comment that precedes it.
		s.comment = i
		s.i = s.lineEnd(i)
	case c == '"' || c == '\'':
		s.stringLit(i, i, 0)
	case c == '.':
		if i+1 < s.n && s.src[i+1] >= '0' && s.src[i+1] <= '9' {
			s.number()
			return
		}
		if i+2 < s.n && s.src[i+1] == '.' && s.src[i+2] == '.' {
			s.op(i, 3)
			return
		}
		s.op(i, 1)
	case c == '\\':
		s.continuation(i)
	default:
		s.operator(i, c)
	}
}

// continuation handles a backslash at offset i: it must end the line, and another line
// must follow.
func (s *scanner) continuation(i int) bool {
	w := s.nlWidth(i + 1)
	if w == 0 && i+1 < s.n {
		// CPython counts this column from the start of its buffer (the first line of a
		// run of lines joined by continuations or multi-line strings), then clamps it to
		// the line's length plus one (with its line break) when it shows a file's line.
		col := i + 1 - s.bufStart + 1
		if max := s.lineEnd(i) - s.lineStart + 2; col > max {
			col = max
		}
		p := lexer.Position{Filename: s.filename, Offset: i + 1, Line: s.line, Column: col}
		s.finish(ErrReached, "SyntaxError: unexpected character after line continuation character", p)
		return false
	}
	if i+1+w >= s.n {
		s.failKind(ErrReached, "SyntaxError: unexpected EOF while parsing", s.line, i+1-s.lineStart+1)
		return false
	}
	s.i = i + 1 + w
	s.newline(i+1, w)
	return true
}
