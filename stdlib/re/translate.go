package re

import (
	"strings"
)

// Flags of the re module (CPython's values).
const (
	flagTemplate   = 1
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagDebug      = 128
	flagASCII      = 256
)

// translateError is a pattern aio's engine (Go's RE2) cannot run, or a syntax error.
type translateError struct {
	msg string
	pos int
}

// translate rewrites a Python regular expression into Go's syntax:
//   - (?P=name) and numeric back-references, and look-around, are not supported;
//   - \Z becomes \z, {,n} becomes {0,n};
//   - without re.ASCII, \d \w \s (and \D \W \S outside classes) match Unicode as in Python;
//   - re.VERBOSE whitespace and comments are removed;
//   - the flags become an inline group.
func translate(pattern string, flags int) (string, *translateError) {
	var sb strings.Builder
	rs := []rune(pattern)
	verbose := flags&flagVerbose != 0
	ascii := flags&flagASCII != 0
	inClass := false
	classStart := 0
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if verbose && !inClass {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				continue
			}
			if c == '#' {
				for i < len(rs) && rs[i] != '\n' {
					i++
				}
				continue
			}
		}
		switch {
		case c == '\\':
			if i+1 >= len(rs) {
				return "", &translateError{"bad escape (end of pattern)", i}
			}
			i++
			e := rs[i]
			switch {
			case e == 'Z':
				sb.WriteString(`\z`)
			case e >= '1' && e <= '9' && !inClass:
				return "", &translateError{"back-references are not supported by aio's re", i - 1}
			case e == 'd' && !ascii:
				sb.WriteString(`\p{Nd}`)
			case e == 'D' && !ascii && !inClass:
				sb.WriteString(`\P{Nd}`)
			case e == 'w' && !ascii:
				if inClass {
					sb.WriteString(`\p{L}\p{N}_`)
				} else {
					sb.WriteString(`[\p{L}\p{N}_]`)
				}
			case e == 'W' && !ascii && !inClass:
				sb.WriteString(`[^\p{L}\p{N}_]`)
			case e == 's' && !ascii:
				if inClass {
					sb.WriteString(`\s\x{85}\p{Z}`)
				} else {
					sb.WriteString(`[\s\x{85}\p{Z}]`)
				}
			case e == 'S' && !ascii && !inClass:
				sb.WriteString(`[^\s\x{85}\p{Z}]`)
			case e == 'u' || e == 'U' || e == 'x':
				n := map[rune]int{'u': 4, 'U': 8, 'x': 2}[e]
				if i+n >= len(rs) {
					return "", &translateError{"incomplete escape \\" + string(e), i - 1}
				}
				sb.WriteString(`\x{` + string(rs[i+1:i+1+n]) + `}`)
				i += n
			case e == '0':
				sb.WriteString(`\x{0}`)
			default:
				sb.WriteRune('\\')
				sb.WriteRune(e)
			}
		case inClass:
			if c == ']' && i > classStart {
				inClass = false
			}
			if c == '[' {
				sb.WriteString(`\[`)
				continue
			}
			sb.WriteRune(c)
		case c == '[':
			inClass = true
			sb.WriteRune(c)
			classStart = i + 1
			if classStart < len(rs) && rs[classStart] == '^' {
				sb.WriteRune('^')
				i++
				classStart++
			}
			if classStart < len(rs) && rs[classStart] == ']' {
				sb.WriteString(`\]`)
				i++
				classStart++
			}
		case c == '(' && i+2 < len(rs) && rs[i+1] == '?':
			switch rs[i+2] {
			case '=', '!':
				return "", &translateError{"look-ahead assertions are not supported by aio's re", i}
			case '<':
				if i+3 < len(rs) && (rs[i+3] == '=' || rs[i+3] == '!') {
					return "", &translateError{"look-behind assertions are not supported by aio's re", i}
				}
				sb.WriteRune(c)
			case 'P':
				if i+3 < len(rs) && rs[i+3] == '=' {
					return "", &translateError{"back-references are not supported by aio's re", i}
				}
				sb.WriteRune(c)
			case '#':
				for i < len(rs) && rs[i] != ')' {
					i++
				}
			default:
				sb.WriteRune(c)
			}
		case c == '{' && i+1 < len(rs) && rs[i+1] == ',':
			sb.WriteString("{0")
		default:
			sb.WriteRune(c)
		}
	}
	if inClass {
		return "", &translateError{"unterminated character set", classStart - 1}
	}
	prefix := ""
	if flags&flagIgnoreCase != 0 {
		prefix += "i"
	}
	if flags&flagMultiline != 0 {
		prefix += "m"
	}
	if flags&flagDotAll != 0 {
		prefix += "s"
	}
	out := sb.String()
	if prefix != "" {
		out = "(?" + prefix + ")" + out
	}
	return out, nil
}
