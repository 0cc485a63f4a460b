// Package pyrepr formats Go values the way CPython's repr() does: floats in the shortest
// round-tripping form, complex numbers, and quoted str and bytes literals.
//
// It is shared by the ast package (ast.dump prints constants with repr) and the runtime.
package pyrepr

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scalar returns repr(v) for the Go forms of Python's scalar constants — nil (None), bool,
// int64 and *big.Int (int), float64, complex128, string (str) and []byte (bytes) — and
// ok=false for any other value, so that callers with their own container or marker types
// (ast's Ellipsis, vm/code's Tuple and Code) handle only those.
func Scalar(v any) (repr string, ok bool) {
	switch v := v.(type) {
	case nil:
		return "None", true
	case bool:
		if v {
			return "True", true
		}
		return "False", true
	case int64:
		return strconv.FormatInt(v, 10), true
	case *big.Int:
		return v.String(), true
	case float64:
		return Float(v), true
	case complex128:
		return Complex(v), true
	case string:
		return Str(v), true
	case []byte:
		return Bytes(v), true
	}
	return "", false
}

// Float returns repr(f) for a Python float: "0.1", "1e+16", "1.0", "inf", "nan".
func Float(f float64) string {
	return formatFloat(f, true)
}

// formatFloat implements CPython's float_repr_style "short" with mode 'r': the shortest digits
// that round-trip, in positional notation when the decimal exponent is in [-4, 16), else in
// scientific notation with at least two exponent digits. addDot0 appends ".0" to integral values
// written positionally (repr of a float does, repr of a complex's parts does not).
func formatFloat(f float64, addDot0 bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddddde±XX
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	epos := strings.IndexByte(s, 'e')
	mant, exp := s[:epos], s[epos+1:]
	digits := strings.Replace(mant, ".", "", 1)
	e, _ := strconv.Atoi(exp)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if e < -4 || e >= 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		b.WriteByte('e')
		if e < 0 {
			b.WriteByte('-')
			e = -e
		} else {
			b.WriteByte('+')
		}
		if e < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(e))
		return b.String()
	}
	decpt := e + 1 // digits before the decimal point
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if addDot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	}
	return b.String()
}

// Complex returns repr(c) for a Python complex: "1j", "(1+2j)", "(-0-1j)".
func Complex(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, false) + "j"
	}
	ims := formatFloat(im, false)
	sign := "+"
	if ims[0] == '-' {
		sign = ""
	} else if math.IsNaN(im) {
		sign = "+"
	}
	return "(" + formatFloat(re, false) + sign + ims + "j)"
}

// Str returns repr(s) for a Python str: quoted with ' unless s holds ' and no ", with
// backslash escapes for unprintable characters as CPython writes them.
func Str(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// A byte that is not UTF-8 stands for a lone surrogate escape.
			b.WriteString(`\udc`)
			b.WriteString(hex2(s[i]))
			i++
			continue
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(byte(r)))
		case r < 0x7f:
			b.WriteRune(r)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x`)
			b.WriteString(hex2(byte(r)))
		case r < 0x10000:
			b.WriteString(`\u`)
			b.WriteString(hexN(uint32(r), 4))
		default:
			b.WriteString(`\U`)
			b.WriteString(hexN(uint32(r), 8))
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// Bytes returns repr(b) for a Python bytes value: b'...' with \xNN escapes.
func Bytes(s []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(s), '\'') >= 0 && strings.IndexByte(string(s), '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for _, c := range s {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(c))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

const hexdigits = "0123456789abcdef"

// hex2 returns c as two lowercase hexadecimal digits.
func hex2(c byte) string { return string([]byte{hexdigits[c>>4], hexdigits[c&15]}) }

// hexN returns the low n hexadecimal digits of v, lowercase.
func hexN(v uint32, n int) string {
	buf := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		buf[i] = hexdigits[v&15]
		v >>= 4
	}
	return string(buf)
}
