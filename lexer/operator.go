package lexer

import (
	"fmt"
	"unicode/utf8"
)

// op emits the operator src[i:i+w].
func (s *scanner) op(i, w int) {
	s.i = i + w
	s.emitText(Op, i, i+w)
}

// operator scans an operator or delimiter starting with c at offset i, tracking brackets.
func (s *scanner) operator(i int, c byte) {
	c1 := s.at(i + 1)
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			s.failAt("SyntaxError: too many nested parentheses", i)
			return
		}
		s.parens = append(s.parens, paren{c: c, line: s.line, off: i, col: i - s.lineStart + 1})
		s.op(i, 1)
	case ')', ']', '}':
		if len(s.parens) == 0 {
			s.failAt("SyntaxError: unmatched '"+string(c)+"'", i)
			return
		}
		o := s.parens[len(s.parens)-1]
		s.parens = s.parens[:len(s.parens)-1]
		if !(o.c == '(' && c == ')' || o.c == '[' && c == ']' || o.c == '{' && c == '}') {
			msg := "SyntaxError: closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(o.c) + "'"
			if o.line != s.line {
				msg += fmt.Sprintf(" on line %d", o.line)
			}
			s.failAt(msg, i)
			return
		}
		s.op(i, 1)
	case ',', ';', '~':
		s.op(i, 1)
	case ':':
		if c1 == '=' {
			s.op(i, 2)
		} else {
			s.op(i, 1)
		}
	case '-':
		if c1 == '>' || c1 == '=' {
			s.op(i, 2)
		} else {
			s.op(i, 1)
		}
	case '+', '%', '&', '^', '|', '@', '=', '!':
		if c1 == '=' {
			s.op(i, 2)
		} else {
			s.op(i, 1)
		}
	case '*', '/', '<', '>':
		switch {
		case c1 == c && s.at(i+2) == '=':
			s.op(i, 3)
		case c1 == c || c1 == '=' || c == '<' && c1 == '>':
			s.op(i, 2)
		default:
			s.op(i, 1)
		}
	default:
		if c < 0x20 || c == 0x7f {
			s.failAt(fmt.Sprintf("SyntaxError: invalid non-printable character U+%04X", c), i)
			return
		}
		// '$', '?', '`': CPython returns an OP token and the parser reports
		// "invalid syntax".
		s.op(i, 1)
	}
}

// invalidUTF8 reports source that is not valid UTF-8, as CPython does for a file without
// an encoding declaration.
func (s *scanner) invalidUTF8() {
	i := 0
	for i < s.n {
		r, w := utf8.DecodeRune(s.src[i:])
		if r == utf8.RuneError && w <= 1 {
			break
		}
		if c := s.src[i]; c == '\n' {
			s.newline(i, 1)
		}
		i += w
	}
	msg := fmt.Sprintf("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", s.src[i], s.filename, s.line)
	s.finish(ErrLexical, msg, s.pos(s.lineStart))
}
