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

// setStrHeader writes at p (the start of a pointer-free block) the header of the string
// held by buf, which lies in the same block. The words are stored as integers: the
// collector never scans the block (it is kept alive through the Value's data pointer), so
// the store needs no write barrier, which would only cost time while marking.
func setStrHeader(p unsafe.Pointer, buf []byte) {
	w := (*[2]uintptr)(p)
	w[0] = uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	w[1] = uintptr(len(buf))
}

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
	setStrHeader(p, buf)
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

// Small fresh strs are carved from per-thread blocks of strArenaChunk bytes (header and
// bytes together, 8-byte aligned), so that making one costs a few instructions instead
// of an allocation. A block lives as long as any str carved from it.
const (
	strArenaChunk = 2048
	strArenaMax   = 128 // larger strs get a block of their own
)

// NewStrValue is the package-level NewStrValue, carving small strs from the thread's
// current block (th may be nil).
func (th *Thread) NewStrValue(n int) (v Value, buf []byte) {
	size := (int(strHeaderSize) + n + 7) &^ 7
	if th == nil || n == 0 || size > strArenaMax {
		return NewStrValue(n)
	}
	a := th.strArena
	if len(a) < size {
		a = make([]byte, strArenaChunk)
	}
	blk := a[:size:size]
	th.strArena = a[size:]
	p := unsafe.Pointer(unsafe.SliceData(blk))
	buf = blk[strHeaderSize : int(strHeaderSize)+n]
	setStrHeader(p, buf)
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.tab, w.data = strItab, p
	return v, buf
}

// StrValueBytes is the package-level StrValueBytes using the thread's blocks.
func (th *Thread) StrValueBytes(b []byte) Value {
	v, buf := th.NewStrValue(len(b))
	copy(buf, b)
	return v
}

// StrValue2 is the package-level StrValue2 using the thread's blocks.
func (th *Thread) StrValue2(a, b string) Value {
	v, buf := th.NewStrValue(len(a) + len(b))
	copy(buf[copy(buf, a):], b)
	return v
}
