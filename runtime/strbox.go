package runtime

import "unsafe"

// Boxing a Go string as a Value (Str(s) stored in an interface) allocates the 16-byte
// string header apart from the bytes it points to. For strings built fresh (formatting,
// concatenation) the functions here allocate both in one pointer-free block:
//
//	[ header: data pointer, length ][ bytes … ]
//
// The interface's data word points at the header and the header at the bytes right
// after it, inside the same block. The block is allocated as pointer-free memory: the
// collector keeps it alive through the interface (or through any string sharing its
// bytes) and never needs to scan it, since its one pointer points into itself. The
// Value is an ordinary Str for every other purpose.

// strHeaderSize is the size of a string header (pointer and length).
const strHeaderSize = unsafe.Sizeof("")

// ifaceWords is the layout of a non-empty interface value.
type ifaceWords struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// strItab is the interface table of Str as a Value, taken from a real conversion (built
// once at init and never modified).
var strItab = func() unsafe.Pointer {
	var v Value = Str("itab")
	return (*ifaceWords)(unsafe.Pointer(&v)).tab
}()

// NewStrValue returns a str Value of n bytes and the bytes themselves, in one allocation.
// The caller must fill buf (valid UTF-8) before the Value is used, and must not keep or
// change buf afterwards: strings are immutable.
func NewStrValue(n int) (v Value, buf []byte) {
	if n == 0 {
		return Str(""), nil
	}
	blk := make([]byte, int(strHeaderSize)+n)
	p := unsafe.Pointer(unsafe.SliceData(blk))
	buf = blk[strHeaderSize:]
	*(*string)(p) = unsafe.String(unsafe.SliceData(buf), n)
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.tab, w.data = strItab, p
	return v, buf
}

// StrValueBytes returns b copied into a str Value (one allocation).
func StrValueBytes(b []byte) Value {
	v, buf := NewStrValue(len(b))
	copy(buf, b)
	return v
}

// StrValue2 returns the str a+b as a Value (one allocation).
func StrValue2(a, b string) Value {
	v, buf := NewStrValue(len(a) + len(b))
	copy(buf[copy(buf, a):], b)
	return v
}
