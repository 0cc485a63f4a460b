package lexer

import (
	"fmt"
	"sort"
	"unicode"
	"unicode/utf8"
)

// isKeyword reports whether name is one of Python's 35 hard keywords.
func isKeyword(name string) bool {
	switch len(name) {
	case 2:
		return name == "as" || name == "if" || name == "in" || name == "is" || name == "or"
	case 3:
		return name == "and" || name == "def" || name == "del" || name == "for" || name == "not" || name == "try"
	case 4:
		return name == "None" || name == "True" || name == "elif" || name == "else" || name == "from" || name == "pass" || name == "with"
	case 5:
		return name == "False" || name == "async" || name == "await" || name == "break" || name == "class" || name == "raise" || name == "while" || name == "yield"
	case 6:
		return name == "assert" || name == "except" || name == "global" || name == "import" || name == "lambda" || name == "return"
	case 7:
		return name == "finally"
	case 8:
		return name == "continue" || name == "nonlocal"
	}
	return false
}

// identChar[c] is true for ASCII bytes that may continue an identifier.
var identChar = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
	}
	return
}()

// name scans an identifier, a keyword, or a string literal with a prefix.
func (s *scanner) name() {
	start := s.i
	i := start
	var sawB, sawR, sawU, sawF bool
	for i < s.n {
		c := s.src[i]
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto ident
		}
		i++
		if i < s.n && (s.src[i] == '"' || s.src[i] == '\'') {
			var fl strFlags
			if sawB {
				fl |= flagBytes
			}
			if sawR {
				fl |= flagRaw
			}
			if sawF {
				fl |= flagF
			}
			s.stringLit(start, i, fl)
			return
		}
	}
ident:
	nonASCII := false
	for i < s.n {
		c := s.src[i]
		if identChar[c] {
			i++
		} else if c >= 0x80 {
			nonASCII = true
			i++
		} else {
			break
		}
	}
	val := s.str[start:i]
	if nonASCII {
		bad := invalidIdentChar(val)
		if bad >= 0 {
			r, _ := utf8.DecodeRuneInString(val[bad:])
			var msg string
			if unicode.IsPrint(r) {
				msg = fmt.Sprintf("SyntaxError: invalid character '%c' (U+%04X)", r, r)
			} else {
				msg = fmt.Sprintf("SyntaxError: invalid non-printable character U+%04X", r)
			}
			s.failAt(msg, start+bad)
			return
		}
		val = nfkc(val)
		s.i = i
		s.emit(Name, val, s.pos(start))
		return
	}
	s.i = i
	t := Name
	if isKeyword(val) {
		t = Keyword
	}
	s.emit(t, val, s.pos(start))
}

// invalidIdentChar returns the byte index of the first character of id that is not
// allowed in an identifier (XID_Start first, XID_Continue after), or -1.
func invalidIdentChar(id string) int {
	for i, r := range id {
		if i == 0 {
			if !isIDStart(r) {
				return 0
			}
		} else if !isIDContinue(r) {
			return i
		}
	}
	return -1
}

// isIDStart reports whether r may start an identifier (XID_Start, or '_').
func isIDStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
	}
	return unicode.Is(xidStart, r)
}

// isIDContinue reports whether r may continue an identifier (XID_Continue).
func isIDContinue(r rune) bool {
	if r < 0x80 {
		return identChar[r]
	}
	return unicode.Is(xidContinue, r)
}

// nfkc applies to an identifier the NFKC normalization CPython applies: the
// compatibility mapping of each character (nfkcTable), then canonical composition of a
// character with the combining marks that follow it (composeTable). Reordering of
// combining marks and Hangul jamo composition are not performed.
func nfkc(id string) string {
	changed := false
	for _, r := range id {
		if r >= 0x80 && (compatRune(r) != "" || unicode.Is(unicode.Mn, r)) {
			changed = true
			break
		}
	}
	if !changed {
		return id
	}
	out := make([]rune, 0, len(id))
	for _, r := range id {
		if m := compatRune(r); r >= 0x80 && m != "" {
			out = append(out, []rune(m)...)
		} else {
			out = append(out, r)
		}
	}
	// Compose: each combining mark with the starter before it, when a composite exists.
	w := 0
	for _, r := range out {
		if w > 0 {
			if c, ok := compose(out[w-1], r); ok {
				out[w-1] = c
				continue
			}
		}
		out[w] = r
		w++
	}
	return string(out[:w])
}

// compose returns the canonical composite of a followed by b, if there is one.
func compose(a, b rune) (rune, bool) {
	i := sort.Search(len(composeTable), func(i int) bool {
		e := composeTable[i]
		return e.a > a || e.a == a && e.b >= b
	})
	if i < len(composeTable) && composeTable[i].a == a && composeTable[i].b == b {
		return composeTable[i].c, true
	}
	return 0, false
}

// compatRune returns the NFKC form of r, or "" when NFKC leaves r unchanged.
func compatRune(r rune) string {
	i := sort.Search(len(nfkcTable), func(i int) bool { return nfkcTable[i].r >= r })
	if i < len(nfkcTable) && nfkcTable[i].r == r {
		return nfkcTable[i].s
	}
	return ""
}
