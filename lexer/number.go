package lexer

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// at returns the byte at offset j, or 0 at the end of the (possibly limited) source.
func (s *scanner) at(j int) byte {
	if j < s.n {
		return s.src[j]
	}
	return 0
}

// isDigit and isXDigit report whether c is an ASCII decimal or hexadecimal digit.
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isXDigit(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// number scans a numeric literal starting at s.i (a digit, or '.' followed by a digit),
// following CPython's tok_get: the errors and their caret positions are CPython's.
// A caret "at j" means CPython's tokenizer stood at offset j: the caret is under j-1.
func (s *scanner) number() {
	start := s.i
	j := start
	c := s.src[j]
	j++
	if c == '.' {
		s.fraction(start, j)
		return
	}
	if c == '0' {
		c = s.at(j)
		j++
		switch c {
		case 'x', 'X', 'o', 'O', 'b', 'B':
			s.prefixedInt(start, j, c)
			return
		}
		nonzero := false
		for {
			if c == '_' {
				c = s.at(j)
				j++
				if !isDigit(c) {
					s.numErr("invalid decimal literal", j-1)
					return
				}
			}
			if c != '0' {
				break
			}
			c = s.at(j)
			j++
		}
		if isDigit(c) {
			nonzero = true
			var ok bool
			if c, j, ok = s.decimalTail(j); !ok {
				return
			}
		}
		switch {
		case c == '.':
			s.fraction(start, j)
			return
		case c == 'e' || c == 'E':
			s.exponent(start, j, c)
			return
		case c == 'j' || c == 'J':
			s.imaginary(start, j)
			return
		case nonzero:
			// CPython gives this error's column in bytes, not characters: choose the
			// column whose character count is that byte count.
			const msg = "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
			if s.inExpr {
				s.failAt(msg, start)
			} else {
				s.finish(ErrLexical, msg, lexer.Position{Filename: s.filename, Offset: start, Line: s.line, Column: s.byteAsCharCol(start)})
			}
			return
		}
		s.endNumber(start, j, c, "decimal")
		return
	}
	var ok bool
	if c, j, ok = s.decimalTail(j - 1); !ok {
		return
	}
	switch c {
	case '.':
		s.fraction(start, j)
	case 'e', 'E':
		s.exponent(start, j, c)
	case 'j', 'J':
		s.imaginary(start, j)
	default:
		s.endNumber(start, j, c, "decimal")
	}
}

// prefixedInt scans the digits of a hexadecimal, octal or binary integer; prefix is the
// letter after the 0 and j the offset just past it.
func (s *scanner) prefixedInt(start, j int, prefix byte) {
	kind, radix := "hexadecimal", byte(16)
	switch prefix {
	case 'o', 'O':
		kind, radix = "octal", 8
	case 'b', 'B':
		kind, radix = "binary", 2
	}
	c := s.at(j)
	j++
	for {
		if c == '_' {
			c = s.at(j)
			j++
		}
		if !isRadixDigit(c, radix) {
			if isDigit(c) {
				s.numErr("invalid digit '"+string(c)+"' in "+kind+" literal", j)
			} else {
				s.numErr("invalid "+kind+" literal", j-1)
			}
			return
		}
		for isRadixDigit(c, radix) {
			c = s.at(j)
			j++
		}
		if c != '_' {
			break
		}
	}
	if isDigit(c) { // an 8 or 9 in an octal literal, a 2 to 9 in a binary one
		s.numErr("invalid digit '"+string(c)+"' in "+kind+" literal", j)
		return
	}
	s.endNumber(start, j, c, kind)
}

// isRadixDigit reports whether c is a digit in base radix (2, 8 or 16).
func isRadixDigit(c byte, radix byte) bool {
	if radix == 16 {
		return isXDigit(c)
	}
	return c >= '0' && c < '0'+radix
}

// decimalTail scans digits and single underscores from offset j (where a digit is); it
// returns the first byte after them and the offset just past that byte.
func (s *scanner) decimalTail(j int) (byte, int, bool) {
	var c byte
	for {
		for {
			c = s.at(j)
			j++
			if !isDigit(c) {
				break
			}
		}
		if c != '_' {
			return c, j, true
		}
		c = s.at(j)
		j++
		if !isDigit(c) {
			s.numErr("invalid decimal literal", j-1)
			return 0, j, false
		}
		j--
	}
}

// fraction continues a float after its '.' (j is the offset just past the '.').
func (s *scanner) fraction(start, j int) {
	c := s.at(j)
	j++
	if isDigit(c) {
		var ok bool
		if c, j, ok = s.decimalTail(j - 1); !ok {
			return
		}
	}
	switch c {
	case 'e', 'E':
		s.exponent(start, j, c)
	case 'j', 'J':
		s.imaginary(start, j)
	default:
		s.endNumber(start, j, c, "decimal")
	}
}

// exponent continues after an 'e' (at j-1).
func (s *scanner) exponent(start, j int, e byte) {
	c := s.at(j)
	j++
	if c == '+' || c == '-' {
		c = s.at(j)
		j++
		if !isDigit(c) {
			s.numErr("invalid decimal literal", j-1)
			return
		}
	} else if !isDigit(c) {
		// "1e" followed by something else: the number ends before the 'e', unless the
		// 'e' starts a name (an error) — except keywords CPython lets through.
		if !s.verifyEnd(j-2, e, "decimal") {
			return
		}
		s.numberToken(start, j-2)
		return
	}
	var ok bool
	if c, j, ok = s.decimalTail(j - 1); !ok {
		return
	}
	if c == 'j' || c == 'J' {
		s.imaginary(start, j)
		return
	}
	s.endNumber(start, j, c, "decimal")
}

// imaginary continues after a 'j' (at j-1).
func (s *scanner) imaginary(start, j int) {
	c := s.at(j)
	j++
	s.endNumber(start, j, c, "imaginary")
}

// endNumber checks what follows a number (c, at j-1) and emits it.
func (s *scanner) endNumber(start, j int, c byte, kind string) {
	if !s.verifyEnd(j-1, c, kind) {
		return
	}
	s.numberToken(start, j-1)
}

// numberToken emits the Number token src[start:end].
func (s *scanner) numberToken(start, end int) {
	s.i = end
	s.emitText(Number, start, end)
}

// verifyEnd is CPython's verify_end_of_number: c (at offset j) follows a number. A
// keyword that may follow a number in valid code (and, else, for, if, in, is, not, or) is
// accepted; another name character is an "invalid ... literal" error.
func (s *scanner) verifyEnd(j int, c byte, kind string) bool {
	r := false
	switch c {
	case 'a':
		r = s.lookahead(j+1, "nd")
	case 'e':
		r = s.lookahead(j+1, "lse")
	case 'f':
		r = s.lookahead(j+1, "or")
	case 'i':
		c2 := s.at(j + 1)
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		r = s.lookahead(j+1, "r")
	case 'n':
		r = s.lookahead(j+1, "ot")
	}
	if r {
		return true
	}
	if c < 0x80 && identChar[c] {
		s.numErr("invalid "+kind+" literal", j)
		return false
	}
	return true
}

// lookahead reports whether word follows at offset j and is not followed by a name
// character.
func (s *scanner) lookahead(j int, word string) bool {
	if j+len(word) > s.n || s.str[j:j+len(word)] != word {
		return false
	}
	c := s.at(j + len(word))
	return !(identChar[c] || c >= 0x80)
}

// numErr reports a number error where CPython's tokenizer stood at offset cur: the caret
// is under cur-1.
func (s *scanner) numErr(msg string, cur int) {
	s.failAt("SyntaxError: "+msg, cur-1)
}

// parseNumber converts a Number token's text.
func parseNumber(text string) (any, error) {
	if text == "" {
		return nil, errors.New("empty number")
	}
	t := text
	if strings.IndexByte(t, '_') >= 0 {
		t = strings.ReplaceAll(t, "_", "")
	}
	last := t[len(t)-1]
	if last == 'j' || last == 'J' {
		f, err := parseFloat(t[:len(t)-1])
		if err != nil {
			return nil, err
		}
		return complex(0, f), nil
	}
	if len(t) > 1 && t[0] == '0' {
		base := 0
		switch t[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			return parseInt(t[2:], base)
		}
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c == '.' || c == 'e' || c == 'E' {
			return parseFloat(t)
		}
	}
	return parseInt(t, 10)
}

// parseInt returns the value of digits in base: an int64, or a *big.Int when it does not fit.
func parseInt(digits string, base int) (any, error) {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v, nil
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, errors.New("invalid integer literal " + strconv.Quote(digits))
	}
	return b, nil
}

// parseFloat returns the value of a float literal; overflow gives ±Inf and underflow 0, as
// in CPython.
func parseFloat(t string) (float64, error) {
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			// Overflow gives ±Inf and underflow 0, as in CPython.
			if math.IsInf(f, 0) || f == 0 {
				return f, nil
			}
		}
		return 0, err
	}
	return f, nil
}

// byteAsCharCol returns the 1-based byte column on the current line whose character
// column equals the byte column of offset off (for errors CPython positions in bytes).
func (s *scanner) byteAsCharCol(off int) int {
	want := off - s.lineStart // characters to skip
	i, n := s.lineStart, 0
	for n < want && i < s.n && s.src[i] != '\n' && s.src[i] != '\r' {
		_, w := utf8.DecodeRune(s.src[i:])
		i += w
		n++
	}
	return i - s.lineStart + (want - n) + 1
}
