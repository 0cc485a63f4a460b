package lexer

import (
	"fmt"
	"strings"
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

// isIDStart approximates Unicode's XID_Start (plus '_').
func isIDStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// isIDContinue approximates Unicode's XID_Continue.
func isIDContinue(r rune) bool {
	if r < 0x80 {
		return identChar[r]
	}
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// nfkc applies the NFKC compatibility mappings CPython applies to identifiers, for the
// characters covered by compatRune (fullwidth forms, ligatures, letterlike and
// mathematical alphanumeric symbols, ...). Canonical composition of combining sequences is
// not performed.
func nfkc(id string) string {
	changed := false
	for _, r := range id {
		if r >= 0x80 && compatRune(r) != "" {
			changed = true
			break
		}
	}
	if !changed {
		return id
	}
	var b strings.Builder
	for _, r := range id {
		if m := compatRune(r); r >= 0x80 && m != "" {
			b.WriteString(m)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// letterlike maps letterlike symbols (U+2100 block) and a few others to their NFKC form.
var letterlike = map[rune]string{
	0x00AA: "a", 0x00BA: "o", 0x00B5: "μ", 0x017F: "s", 0x2071: "i", 0x207F: "n",
	0x2102: "C", 0x2107: "Ɛ", 0x210A: "g", 0x210B: "H", 0x210C: "H", 0x210D: "H", 0x210E: "h",
	0x210F: "ħ", 0x2110: "I", 0x2111: "I", 0x2112: "L", 0x2113: "l", 0x2115: "N", 0x2119: "P",
	0x211A: "Q", 0x211B: "R", 0x211C: "R", 0x211D: "R", 0x2124: "Z", 0x2126: "Ω", 0x2128: "Z",
	0x212A: "K", 0x212B: "Å", 0x212C: "B", 0x212D: "C", 0x212F: "e", 0x2130: "E", 0x2131: "F",
	0x2133: "M", 0x2134: "o", 0x2135: "א", 0x2136: "ב", 0x2137: "ג", 0x2138: "ד", 0x2139: "i",
	0x213C: "π", 0x213D: "γ", 0x213E: "Γ", 0x213F: "Π", 0x2145: "D", 0x2146: "d", 0x2147: "e",
	0x2148: "i", 0x2149: "j",
	0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
	0x2160: "I", 0x2161: "II", 0x2162: "III", 0x2163: "IV", 0x2164: "V", 0x2165: "VI",
	0x2166: "VII", 0x2167: "VIII", 0x2168: "IX", 0x2169: "X", 0x216A: "XI", 0x216B: "XII",
	0x216C: "L", 0x216D: "C", 0x216E: "D", 0x216F: "M",
	0x2170: "i", 0x2171: "ii", 0x2172: "iii", 0x2173: "iv", 0x2174: "v", 0x2175: "vi",
	0x2176: "vii", 0x2177: "viii", 0x2178: "ix", 0x2179: "x", 0x217A: "xi", 0x217B: "xii",
	0x217C: "l", 0x217D: "c", 0x217E: "d", 0x217F: "m",
}

// asciiLetters holds A-Z then a-z, indexed by position in a mathematical alphabet.
const asciiLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// compatRune returns the NFKC replacement of r, or "" when r is unchanged (as far as this
// table knows).
func compatRune(r rune) string {
	switch {
	case r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A, r >= 0xFF10 && r <= 0xFF19, r == 0xFF3F:
		return string(r - 0xFF00 + 0x20)
	case r >= 0x1D400 && r <= 0x1D6A3:
		return asciiLetters[(r-0x1D400)%52 : (r-0x1D400)%52+1]
	case r == 0x1D6A4:
		return "ı"
	case r == 0x1D6A5:
		return "ȷ"
	case r >= 0x1D7CE && r <= 0x1D7FF:
		return string(rune('0' + (r-0x1D7CE)%10))
	}
	return letterlike[r]
}
