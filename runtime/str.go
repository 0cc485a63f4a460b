package runtime

import (
	bin "encoding/binary"
	"unicode/utf8"
	"unsafe"
)

// Str is a Python str, held as UTF-8. Lengths and indices are in code points; an ASCII
// string (the common case) is indexed in O(1) after an O(i) ASCII check of the prefix.
type Str string

// Type returns str.
func (Str) Type() *Type { return StrType }

// Bytes is a Python bytes object (immutable).
type Bytes string

// Type returns bytes.
func (Bytes) Type() *Type { return BytesType }

// ByteArray is a Python bytearray (mutable).
type ByteArray struct {
	B []byte
}

// Type returns bytearray.
func (*ByteArray) Type() *Type { return ByteArrayType }

// BytesLike returns the bytes of a bytes or bytearray (a bytearray's own
// buffer, not a copy), or the TypeError CPython raises for any other
// object where a bytes-like object is required.
func BytesLike(v Value) ([]byte, error) {
	switch x := v.(type) {
	case Bytes:
		return []byte(x), nil
	case *ByteArray:
		return x.B, nil
	}
	return nil, TypeErrorf("a bytes-like object is required, not '%s'", v.Type().Name)
}

// isASCII reports whether s holds only ASCII (eight bytes at a time).
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if bin.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// StrLen returns the length of s in code points.
func StrLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// strIndex returns the byte offset of code point i (0 <= i <= len) of s.
func strIndex(s string, i int) int {
	if i <= len(s) && isASCII(s[:i]) {
		return i
	}
	n := 0
	for off := range s {
		if n == i {
			return off
		}
		n++
	}
	return len(s)
}

// strInfo caches, for one long string, whether it is ASCII and otherwise the byte offset
// of every code point, so that s[i] and len(s) in a loop cost O(1).
type strInfo struct {
	ptr   *byte
	n     int
	ascii bool
	offs  []int32 // byte offset of each code point, plus len(s) at the end
}

// strInfoOf returns the (cached) index information of s; nil for short strings or a nil
// thread.
func (th *Thread) strInfoOf(s string) *strInfo {
	if th == nil || len(s) < 64 {
		return nil
	}
	ptr := unsafe.StringData(s)
	for i := range th.strCache {
		if c := &th.strCache[i]; c.ptr == ptr && c.n == len(s) {
			return c
		}
	}
	c := &th.strCache[th.strNext%len(th.strCache)]
	th.strNext++
	*c = strInfo{ptr: ptr, n: len(s), ascii: isASCII(s)}
	if !c.ascii {
		c.offs = make([]int32, 0, len(s)+1)
		for off := range s {
			c.offs = append(c.offs, int32(off))
		}
		c.offs = append(c.offs, int32(len(s)))
	}
	return c
}
