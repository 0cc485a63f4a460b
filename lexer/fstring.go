package lexer

import (
	"github.com/alecthomas/participle/v2/lexer"
)

// fstrCtx describes the replacement field whose expression is being scanned.
type fstrCtx struct {
	braceOff  int // offset of the field's '{'
	braceLine int // line of the field's '{'
}

// pendingErr is an error found while splitting an f-string. CPython finds these when the
// parser concatenates the string literals, so it reports them once the run of adjacent
// literals has ended: at the next token, unless the error carries its own position.
type pendingErr struct {
	msg    string
	hasPos bool
	pos    lexer.Position
}

// setPending records an f-string error (the first one wins) and abandons the f-string.
func (s *scanner) setPending(msg string, hasPos bool, p lexer.Position) {
	if s.pending == nil && s.look == nil {
		s.pending = &pendingErr{msg: msg, hasPos: hasPos, pos: p}
	}
	s.abort = true
}

// fstrErr records an f-string error reported at the next token.
func (s *scanner) fstrErr(msg string) {
	s.setPending("SyntaxError: "+msg, false, lexer.Position{})
}

// fieldCut reports whether a replacement field is cut off by the end of the string (k is at
// or past end), recording CPython's "expecting '}'" error if it is.
func (s *scanner) fieldCut(k, end int) bool {
	if k >= end {
		s.fstrErr("f-string: expecting '}'")
		return true
	}
	return false
}

// lookahead is an f-string error waiting for the scan of the rest of the source.
type lookahead struct {
	msg  string
	kind ErrorKind
	pos  lexer.Position // where the error is reported
	at   lexer.Position // the token after the string literals
	mark int            // where the Error token goes in the stream
}

// flushPending reports the pending error when the parser would meet it: p is the token
// after the string literals. Like CPython, which tokenizes the rest of the source after an
// error raised by the parser, it first scans on: an error raised by the tokenizer later
// in the source replaces the f-string's (see finish).
func (s *scanner) flushPending(p lexer.Position) {
	e := s.pending
	s.pending = nil
	pos := p
	if e.hasPos {
		pos = e.pos
	}
	s.look = &lookahead{msg: e.msg, kind: ErrReached, pos: pos, at: p, mark: len(s.toks)}
}

// fstring splits an f-string. The literal spans start..close+qlen, its opening quote is at
// qi, and its body is qi+qlen..close. line and lineStart are the line state at start; on
// entry the scanner's line state is that of close.
func (s *scanner) fstring(start, qi, qlen, close int, fl strFlags, startPos lexer.Position, line, lineStart int) {
	endLine, endLineStart := s.line, s.lineStart
	s.line, s.lineStart = line, lineStart
	first := len(s.toks)
	outer := !s.inExpr
	s.emit(FStringStart, s.str[start:qi+qlen], startPos)
	raw := fl&flagRaw != 0
	s.fdepth++
	defer func() { s.fdepth-- }()
	k := s.fstringBody(qi+qlen, close, raw, 0)
	if !s.abort && k < close {
		// Stopped at a '}' at the top level: CPython's "unexpected end of string".
		s.fstrErr("f-string: unexpected end of string")
	}
	s.line, s.lineStart = endLine, endLineStart
	s.i = close + qlen
	if s.done {
		return
	}
	if s.abort {
		if outer {
			s.toks = s.toks[:first]
			s.abort = false
		}
		return
	}
	s.emit(FStringEnd, s.str[close:close+qlen], s.pos(close))
}

// advance moves the line state over src[from:to].
func (s *scanner) advance(from, to int) {
	for j := from; j < to; j++ {
		if c := s.src[j]; c == '\n' || c == '\r' {
			w := s.nlWidth(j)
			s.newline(j, w)
			j += w - 1
		}
	}
}

// fstringBody scans literal text and replacement fields from i up to end, at nesting level
// lvl (0 for the f-string itself, 1 inside a format spec). It stops at end, or at the '}'
// closing a format spec, and returns where it stopped. Failures set s.abort.
func (s *scanner) fstringBody(i, end int, raw bool, lvl int) int {
	merge := false // the last token is a FStringMiddle of this body that may be extended
	for {
		litStart := i
		j := i
		next := -1 // after a doubled brace: where scanning resumes
		for j < end {
			c := s.src[j]
			j++
			if !raw && c == '\\' && j < end {
				c = s.src[j]
				j++
				if c == 'N' {
					// Skip "\N{...}" so its braces do not start a field.
					if j < end {
						c2 := s.src[j]
						j++
						if c2 == '{' {
							for j < end {
								c3 := s.src[j]
								j++
								if c3 == '}' {
									break
								}
							}
						}
					}
					continue
				}
			}
			if c == '{' || c == '}' {
				if lvl == 0 {
					if j < end && s.src[j] == c {
						next = j + 1
						break
					}
					if c == '}' {
						s.fstrErr("f-string: single '}' is not allowed")
						return j
					}
				}
				j--
				break
			}
		}
		if j > litStart {
			p := s.pos(litStart)
			val, err := decodeFStringLiteral(s.str[litStart:j], raw)
			if err != nil {
				s.fstrErr(err.Error())
				return j
			}
			if merge && s.look == nil && !s.done {
				s.toks[len(s.toks)-1].Value += val
			} else {
				s.emit(FStringMiddle, val, p)
			}
			s.advance(litStart, j)
			merge = true
		}
		if next >= 0 {
			s.advance(j, next)
			i = next
			continue
		}
		if j >= end || s.src[j] == '}' {
			return j
		}
		merge = false
		i = s.field(j, end, raw, lvl)
		if s.abort {
			return i
		}
	}
}

// field scans the replacement field whose '{' is at offset b, following CPython 3.11's
// fstring_find_expr, and returns the offset after its '}'.
func (s *scanner) field(b, end int, raw bool, lvl int) int {
	if lvl >= 2 {
		s.fstrErr("f-string: expressions nested too deeply")
		return b
	}
	exprStart := b + 1
	// Find the end of the expression as CPython does, before tokenizing it.
	var quote byte
	triple := false
	var stack [maxLevel]byte
	depth := 0
	k := exprStart
scan:
	for ; k < end; k++ {
		ch := s.src[k]
		if ch == '\\' {
			s.fstrErr("f-string expression part cannot include a backslash")
			return k
		}
		if quote != 0 {
			if ch == quote {
				if triple {
					if k+2 < end && s.src[k+1] == ch && s.src[k+2] == ch {
						k += 2
						quote = 0
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			if k+2 < end && s.src[k+1] == ch && s.src[k+2] == ch {
				triple = true
				k += 2
			} else {
				triple = false
			}
			quote = ch
			continue
		case '[', '(', '{':
			if depth >= maxLevel {
				s.fstrErr("f-string: too many nested parenthesis")
				return k
			}
			stack[depth] = ch
			depth++
			continue
		case '#':
			s.fstrErr("f-string expression part cannot include '#'")
			return k
		}
		if depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<') {
			if k+1 < end && s.src[k+1] == '=' && ch != ':' && ch != '}' {
				k++
				continue
			}
			if ch == '>' || ch == '<' {
				continue
			}
			break scan
		}
		if ch == ']' || ch == ')' || ch == '}' {
			if depth == 0 {
				s.fstrErr("f-string: unmatched '" + string(ch) + "'")
				return k
			}
			depth--
			o := stack[depth]
			if !(o == '(' && ch == ')' || o == '[' && ch == ']' || o == '{' && ch == '}') {
				s.fstrErr("f-string: closing parenthesis '" + string(ch) + "' does not match opening parenthesis '" + string(o) + "'")
				return k
			}
		}
	}
	exprEnd := k
	if quote != 0 {
		s.fstrErr("f-string: unterminated string")
		return k
	}
	if depth > 0 {
		s.fstrErr("f-string: unmatched '" + string(stack[depth-1]) + "'")
		return k
	}
	if s.fieldCut(k, end) {
		return k
	}
	empty := true
	for _, c := range s.src[exprStart:exprEnd] {
		if !isSpace(c) {
			empty = false
			break
		}
	}
	if empty {
		s.fstrErr("f-string: empty expression not allowed")
		return k
	}
	s.emit(Op, "{", s.pos(b))
	s.expression(b, exprStart, exprEnd)
	if s.abort {
		return k
	}
	// s.i == exprEnd and the line state is that of exprEnd.
	if s.src[k] == '=' {
		s.emit(Op, "=", s.pos(k))
		k++
		for k < end && isSpace(s.src[k]) {
			k++
		}
		s.advance(exprEnd, k)
		if s.fieldCut(k, end) {
			return k
		}
	}
	if s.src[k] == '!' {
		s.emit(Op, "!", s.pos(k))
		k++
		if s.fieldCut(k, end) {
			return k
		}
		conv := s.src[k]
		k++
		if conv != 's' && conv != 'r' && conv != 'a' {
			s.fstrErr("f-string: invalid conversion character: expected 's', 'r', or 'a'")
			return k
		}
		s.emit(Name, s.str[k-1:k], s.pos(k-1))
	}
	if s.fieldCut(k, end) {
		return k
	}
	if s.src[k] == ':' {
		s.emit(Op, ":", s.pos(k))
		k++
		if s.fieldCut(k, end) {
			return k
		}
		k = s.fstringBody(k, end, raw, lvl+1)
		if s.abort {
			return k
		}
	}
	if k >= end || s.src[k] != '}' {
		s.fstrErr("f-string: expecting '}'")
		return k
	}
	s.emit(Op, "}", s.pos(k))
	return k + 1
}

// isSpace is CPython's Py_ISSPACE.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// expression tokenizes src[a:b], the expression of a field whose '{' is at brace, as if it
// were parenthesized (line breaks are ignored). Errors abandon the f-string (s.abort).
func (s *scanner) expression(brace, a, b int) {
	savedN, savedBlank, savedFstr, savedIn, savedBuf := s.n, s.blank, s.fstr, s.inExpr, s.bufStart
	ctx := fstrCtx{braceOff: brace, braceLine: s.line}
	s.fstr, s.inExpr = ctx, true
	s.n = b
	s.i = a
	s.parens = append(s.parens, paren{c: '('})
	depth := len(s.parens)
	for !s.abort {
		if s.atBOL {
			s.bol()
			continue
		}
		if s.skipBlanks() >= s.n {
			break
		}
		s.next()
	}
	s.atBOL = false
	if len(s.parens) >= depth {
		s.parens = s.parens[:depth-1]
	}
	s.n, s.blank, s.fstr, s.inExpr, s.bufStart = savedN, savedBlank, savedFstr, savedIn, savedBuf
}
