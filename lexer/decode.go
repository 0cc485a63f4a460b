package lexer

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// DecodeError is an error decoding a string literal. Its message is CPython's, without
// the "SyntaxError: " prefix.
type DecodeError struct {
	Msg string
}

// Error returns the message.
func (e *DecodeError) Error() string { return e.Msg }

// decodeString implements DecodeString.
func decodeString(raw string) (string, []byte, bool, error) {
	i := 0
	var fl strFlags
	for i < len(raw) && raw[i] != '\'' && raw[i] != '"' {
		switch raw[i] {
		case 'r', 'R':
			fl |= flagRaw
		case 'b', 'B':
			fl |= flagBytes
		case 'u', 'U':
		default:
			return "", nil, false, errors.New("invalid string prefix in " + raw)
		}
		i++
	}
	rest := raw[i:]
	q := 1
	if len(rest) >= 6 && (strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`)) {
		q = 3
	}
	if len(rest) < 2*q || rest[0] != rest[len(rest)-1] {
		return "", nil, false, errors.New("malformed string literal " + raw)
	}
	body := rest[q : len(rest)-q]
	if fl&flagBytes != 0 {
		for j := 0; j < len(body); j++ {
			if body[j] >= 0x80 {
				return "", nil, true, &DecodeError{"bytes can only contain ASCII literal characters"}
			}
		}
		if fl&flagRaw != 0 {
			return "", []byte(normalizeNewlines(body)), true, nil
		}
		b, err := decodeBytesEscapes(body)
		return "", b, true, err
	}
	if fl&flagRaw != 0 {
		return normalizeNewlines(body), nil, false, nil
	}
	v, err := decodeEscapes(body)
	return v, nil, false, err
}

// decodeFStringLiteral decodes a literal chunk of an f-string.
func decodeFStringLiteral(text string, raw bool) (string, error) {
	if raw {
		return normalizeNewlines(text), nil
	}
	return decodeEscapes(text)
}

// normalizeNewlines turns \r\n and \r into \n, as CPython's universal newlines do.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// needsDecoding reports whether s contains a backslash or a carriage return.
func needsDecoding(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' || s[i] == '\r' {
			return true
		}
	}
	return false
}

// decodeEscapes processes the escapes of a str literal body like CPython's
// decode_unicode_with_escapes. Error positions count bytes of CPython's intermediate
// buffer, in which every non-ASCII character takes 10 bytes.
func decodeEscapes(s string) (string, error) {
	if !needsDecoding(s) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	bufPos := 0 // position in CPython's intermediate buffer
	i := 0
	for i < len(s) {
		c := s[i]
		if c == '\r' {
			b.WriteByte('\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			bufPos++
			continue
		}
		if c != '\\' {
			if c < 0x80 {
				b.WriteByte(c)
				i++
				bufPos++
				continue
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+w])
			i += w
			bufPos += 10
			continue
		}
		start := bufPos
		if i+1 >= len(s) || s[i+1] >= 0x80 {
			// A backslash before a non-ASCII character or at the end stays.
			b.WriteByte('\\')
			i++
			bufPos += 6
			continue
		}
		e := s[i+1]
		i += 2
		bufPos += 2
		switch e {
		case '\n':
		case '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(e - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v<<3 + rune(s[i]-'0')
				i++
				bufPos++
			}
			b.WriteRune(v)
		case 'x', 'u', 'U':
			n, msg := 2, `truncated \xXX escape`
			if e == 'u' {
				n, msg = 4, `truncated \uXXXX escape`
			} else if e == 'U' {
				n, msg = 8, `truncated \UXXXXXXXX escape`
			}
			var v rune
			for k := 0; k < n; k++ {
				if i >= len(s) || !isXDigit(s[i]) {
					return "", unicodeErr(start, bufPos, msg)
				}
				v = v<<4 + rune(hexVal(s[i]))
				i++
				bufPos++
			}
			if v > utf8.MaxRune {
				return "", unicodeErr(start, bufPos, "illegal Unicode character")
			}
			if v >= 0xD800 && v <= 0xDFFF {
				// A lone surrogate: Go strings cannot hold it; use U+FFFD.
				v = utf8.RuneError
			}
			b.WriteRune(v)
		case 'N':
			msg := `malformed \N character escape`
			if i >= len(s) || s[i] != '{' {
				return "", unicodeErr(start, bufPos, msg)
			}
			i++
			bufPos++
			nameStart := i
			for i < len(s) && s[i] != '}' {
				if s[i] >= 0x80 {
					bufPos += 9
				}
				i++
				bufPos++
			}
			if i >= len(s) {
				return "", unicodeErr(start, bufPos, msg)
			}
			name := s[nameStart:i]
			if name == "" {
				return "", unicodeErr(start, bufPos, msg)
			}
			i++
			bufPos++
			r, ok := lookupUnicodeName(name)
			if !ok {
				return "", unicodeErr(start, bufPos, "unknown Unicode character name")
			}
			b.WriteRune(r)
		default:
			if v := simpleEscapes[e]; v != 0 {
				b.WriteByte(v)
			} else { // an invalid escape stays as it is
				b.WriteByte('\\')
				b.WriteByte(e)
			}
		}
	}
	return b.String(), nil
}

// unicodeErr builds CPython's message for a failed unicode escape spanning [start, end).
func unicodeErr(start, end int, msg string) error {
	if end-start == 1 {
		return &DecodeError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: %s", start, msg)}
	}
	return &DecodeError{fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, msg)}
}

// simpleEscapes maps the character after the backslash of each one-character escape
// (\\ \' \" \a \b \f \n \r \t \v) to the byte it stands for, and any other byte to 0.
var simpleEscapes = [256]byte{
	'\\': '\\', '\'': '\'', '"': '"',
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
}

// hexVal returns the value of the hexadecimal digit c.
func hexVal(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// decodeBytesEscapes processes the escapes of a bytes literal body (ASCII only).
func decodeBytesEscapes(s string) ([]byte, error) {
	out := make([]byte, 0, len(s))
	i := 0
	for i < len(s) {
		c := s[i]
		if c == '\r' {
			out = append(out, '\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' || i+1 >= len(s) {
			out = append(out, c)
			i++
			continue
		}
		start := i
		e := s[i+1]
		i += 2
		switch e {
		case '\n':
		case '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v<<3 + int(s[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(s) && isXDigit(s[i]) && isXDigit(s[i+1]) {
				out = append(out, hexVal(s[i])<<4|hexVal(s[i+1]))
				i += 2
			} else {
				return nil, &DecodeError{fmt.Sprintf("(value error) invalid \\x escape at position %d", start)}
			}
		default:
			if v := simpleEscapes[e]; v != 0 {
				out = append(out, v)
			} else { // an invalid escape stays as it is
				out = append(out, '\\', e)
			}
		}
	}
	return out, nil
}
