package vm

import (
	"math"
	"strconv"

	"github.com/aiolang/aio/runtime"
)

// appendFastFormat appends the commonest f-string fields to dst without parsing a format
// spec in the runtime: a float with ".Nf" (finite values; Go's 'f' formatting rounds
// exactly like CPython's) and an int with an optional '<' or '>' and a width. ok is false
// for anything else, which then takes the general path.
func appendFastFormat(dst []byte, x runtime.Value, spec string) (out []byte, ok bool) {
	switch v := x.(type) {
	case runtime.Float:
		n := len(spec)
		if n < 3 || n > 4 || spec[0] != '.' || spec[n-1] != 'f' {
			return dst, false
		}
		p, ok := smallDecimal(spec[1 : n-1])
		f := float64(v)
		if !ok || math.IsInf(f, 0) || math.IsNaN(f) {
			return dst, false
		}
		return strconv.AppendFloat(dst, f, 'f', p, 64), true
	case runtime.Int:
		align := byte('>')
		w := spec
		if len(w) > 0 && (w[0] == '<' || w[0] == '>') {
			align, w = w[0], w[1:]
		}
		// a leading 0 is the zero-padding flag, not part of the width
		if len(w) == 0 || w[0] == '0' {
			return dst, false
		}
		width, ok := smallDecimal(w)
		if !ok {
			return dst, false
		}
		start := len(dst)
		dst = strconv.AppendInt(dst, int64(v), 10)
		pad := width - (len(dst) - start)
		if pad <= 0 {
			return dst, true
		}
		for range pad {
			dst = append(dst, ' ')
		}
		if align == '>' {
			copy(dst[start+pad:], dst[start:len(dst)-pad])
			for i := start; i < start+pad; i++ {
				dst[i] = ' '
			}
		}
		return dst, true
	}
	return dst, false
}

// smallDecimal parses one or two decimal digits.
func smallDecimal(s string) (int, bool) {
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
