package lexer

import (
	"strconv"

	"github.com/alecthomas/participle/v2/lexer"
)

// strFlags describe a string literal's prefix.
type strFlags uint8

const (
	flagRaw strFlags = 1 << iota
	flagBytes
	flagF
)

// stringLit scans a string literal whose prefix starts at start and whose opening quote is
// at qi. Plain literals become one String token; f-strings are split into parts.
func (s *scanner) stringLit(start, qi int, fl strFlags) {
	startPos := s.pos(start)
	q := s.src[qi]
	qlen := 1
	if s.at(qi+1) == q {
		if s.at(qi+2) == q {
			qlen = 3
		} else {
			// Empty string.
			s.i = qi + 2
			if fl&flagF != 0 {
				s.emit(FStringStart, s.str[start:qi+1], startPos)
				s.emit(FStringEnd, s.str[qi+1:qi+2], s.pos(qi+1))
				return
			}
			s.emit(String, s.str[start:qi+2], startPos)
			return
		}
	}
	line, lineStart := s.line, s.lineStart
	body := qi + qlen
	j := body
	for {
		if j >= s.n {
			s.unterminated(qlen, startPos, true)
			return
		}
		c := s.src[j]
		if c == q {
			if qlen == 1 {
				break
			}
			if s.at(j+1) == q && s.at(j+2) == q {
				break
			}
		} else if c == '\\' {
			j++
			if w := s.nlWidth(j); w > 0 {
				s.newline(j, w)
				j += w
				continue
			}
			if j >= s.n {
				continue
			}
		} else if c == '\n' || c == '\r' {
			if qlen == 1 {
				s.unterminated(qlen, startPos, false)
				return
			}
			w := s.nlWidth(j)
			s.newline(j, w)
			j += w
			continue
		}
		j++
	}
	end := j + qlen
	if fl&flagF == 0 {
		s.i = end
		s.emit(String, s.str[start:end], startPos)
		return
	}
	s.fstring(start, qi, qlen, j, fl, startPos, line, lineStart)
}

// unterminated reports an unterminated string literal that started at p.
func (s *scanner) unterminated(qlen int, p lexer.Position, eof bool) {
	detected := s.line
	if eof && s.lineStart == s.n && s.n > 0 {
		detected--
	}
	msg := "SyntaxError: unterminated string literal (detected at line " + strconv.Itoa(detected) + ")"
	if qlen == 3 {
		msg = "SyntaxError: unterminated triple-quoted string literal (detected at line " + strconv.Itoa(detected) + ")"
	}
	if s.inExpr {
		// Inside an f-string expression the string cannot be unterminated (the
		// expression was checked first); be safe anyway.
		s.setPending(msg, true, p)
		return
	}
	s.finish(ErrLexical, msg, p)
}
