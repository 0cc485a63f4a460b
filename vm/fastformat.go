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
		if b, ok := appendExactFixed(dst, f, p); ok {
			return b, true
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

// pow10s are the powers of ten exact in both float64 and uint64.
var pow10s = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// appendExactFixed formats the finite f with p decimals when f·10^p is exactly a
// float64 below 2^53 (so i*2.5 or 0.125 with ".2f"): the digits are then those of that
// number rounded half-to-even to an integer, which is the correctly rounded result
// CPython prints, sign of zero included. ok is false otherwise.
func appendExactFixed(dst []byte, f float64, p int) ([]byte, bool) {
	if p >= len(pow10s) {
		return dst, false
	}
	ax := math.Abs(f)
	if ax != 0 && ax < 0x1p-900 {
		return dst, false // the product's error could underflow
	}
	scale := float64(pow10s[p])
	y := ax * scale
	if y >= 1<<53 || math.FMA(ax, scale, -y) != 0 {
		return dst, false
	}
	n := uint64(y)
	if frac := y - float64(n); frac > 0.5 || frac == 0.5 && n&1 == 1 {
		n++
	}
	if math.Signbit(f) {
		dst = append(dst, '-')
	}
	dst = strconv.AppendUint(dst, n/pow10s[p], 10)
	if p > 0 {
		dst = append(dst, '.')
		frac := n % pow10s[p]
		start := len(dst)
		dst = strconv.AppendUint(dst, frac, 10)
		if pad := p - (len(dst) - start); pad > 0 {
			for range pad {
				dst = append(dst, '0')
			}
			copy(dst[start+pad:], dst[start:len(dst)-pad])
			for i := start; i < start+pad; i++ {
				dst[i] = '0'
			}
		}
	}
	return dst, true
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
