// Package pystruct implements aio's struct module (struct is a Go keyword, hence the
// package name): pack, unpack, unpack_from, iter_unpack, calcsize and Struct, for the byte
// orders @ = < > ! and the codes x c b B ? h H i I l L q Q n N e f d s p (native alignment
// for @).
package pystruct

import (
	"encoding/binary"
	"math"
	"strconv"

	"github.com/aiolang/aio/runtime"
)

// Module is the struct module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "struct", Init: initModule}

// byteOrder reads and appends integers in one byte order.
type byteOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// item is one code of a format: kind, count (for s and p the byte length), size.
type item struct {
	code  byte
	count int
}

// format is a parsed format string.
type format struct {
	order  byteOrder
	native bool // @: native sizes and alignment
	items  []item
	size   int
	nvals  int
}

// sizes are the standard sizes of the codes.
var sizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}

// nativeSize is the size of a code with @ (LP64: long is 8 bytes).
func nativeSize(c byte) int {
	if c == 'l' || c == 'L' {
		return 8
	}
	return sizes[c]
}

// module is one interpreter's struct state: its struct.error class.
type module struct {
	errType *runtime.Type
}

func (st *module) errorf(format string, a ...any) error {
	return runtime.Errorf(st.errType, format, a...)
}

// parse parses a format string as CPython does.
func (st *module) parse(f string) (*format, error) {
	ft := &format{order: binary.LittleEndian, native: true}
	i := 0
	if len(f) > 0 {
		switch f[0] {
		case '@':
			i = 1
		case '=':
			ft.native = false
			i = 1
		case '<':
			ft.native = false
			i = 1
		case '>', '!':
			ft.order = binary.BigEndian
			ft.native = false
			i = 1
		}
	}
	for i < len(f) {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' {
			i++
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			j := i
			for j < len(f) && f[j] >= '0' && f[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(f[i:j])
			if err != nil {
				return nil, st.errorf("total struct size too long")
			}
			count = n
			i = j
			if i >= len(f) {
				return nil, st.errorf("repeat count given without format specifier")
			}
			c = f[i]
		}
		size, ok := sizes[c]
		if !ok || (!ft.native && (c == 'n' || c == 'N' || c == 'P')) {
			return nil, st.errorf("bad char in struct format")
		}
		if ft.native {
			size = nativeSize(c)
			if c != 's' && c != 'p' && c != 'x' && size > 1 && ft.size%size != 0 {
				ft.size += size - ft.size%size
			}
		}
		switch c {
		case 's', 'p':
			ft.items = append(ft.items, item{c, count})
			ft.size += count
			ft.nvals++
		case 'x':
			ft.items = append(ft.items, item{c, count})
			ft.size += count
		default:
			for k := 0; k < count; k++ {
				if ft.native && size > 1 && ft.size%size != 0 {
					ft.size += size - ft.size%size
				}
				ft.items = append(ft.items, item{c, 1})
				ft.size += size
				ft.nvals++
			}
		}
		i++
	}
	return ft, nil
}

// itemSize is the size of one item in this format.
func (ft *format) itemSize(c byte) int {
	if ft.native {
		return nativeSize(c)
	}
	return sizes[c]
}

// intRange checks an integer against the range of code c.
func (st *module) intArg(v runtime.Value, c byte, size int, native bool) (uint64, error) {
	n, ok := runtime.AsInt64(v)
	if !ok {
		if _, isFloat := v.(runtime.Float); isFloat {
			return 0, st.errorf("required argument is not an integer")
		}
		if _, isBig := v.(*runtime.BigInt); isBig {
			return 0, st.errorf("argument out of range")
		}
		return 0, st.errorf("required argument is not an integer")
	}
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	bits := uint(size * 8)
	if signed {
		lo, hi := -(int64(1) << (bits - 1)), int64(1)<<(bits-1)-1
		if bits == 64 {
			lo, hi = math.MinInt64, math.MaxInt64
		}
		if n < lo || n > hi {
			if c == 'b' {
				return 0, st.errorf("byte format requires %d <= number <= %d", lo, hi)
			}
			if c == 'h' && native {
				return 0, st.errorf("short format requires %d <= number <= %d", lo, hi)
			}
			return 0, st.errorf("'%c' format requires %d <= number <= %d", c, lo, hi)
		}
		return uint64(n), nil
	}
	if n < 0 {
		if c == 'B' {
			return 0, st.errorf("ubyte format requires 0 <= number <= 255")
		}
		return 0, st.errorf("argument out of range")
	}
	if bits < 64 && uint64(n) >= uint64(1)<<bits {
		if c == 'B' {
			return 0, st.errorf("ubyte format requires 0 <= number <= 255")
		}
		if c == 'H' && native {
			return 0, st.errorf("ushort format requires 0 <= number <= 65535")
		}
		return 0, st.errorf("'%c' format requires 0 <= number <= %d", c, uint64(1)<<bits-1)
	}
	return uint64(n), nil
}

// pack packs values with ft.
func (st *module) pack(th *runtime.Thread, ft *format, vals []runtime.Value) ([]byte, error) {
	if len(vals) != ft.nvals {
		return nil, st.errorf("pack expected %d items for packing (got %d)", ft.nvals, len(vals))
	}
	out := make([]byte, 0, ft.size)
	vi := 0
	for _, it := range ft.items {
		if it.code == 'x' {
			out = append(out, make([]byte, it.count)...)
			continue
		}
		size := ft.itemSize(it.code)
		if ft.native && size > 1 && it.code != 's' && it.code != 'p' && len(out)%size != 0 {
			out = append(out, make([]byte, size-len(out)%size)...)
		}
		v := vals[vi]
		vi++
		switch it.code {
		case 's', 'p':
			b, ok := v.(runtime.Bytes)
			if !ok {
				return nil, st.errorf("argument for '%c' must be a bytes object", it.code)
			}
			buf := make([]byte, it.count)
			if it.code == 'p' && it.count > 0 {
				n := copy(buf[1:], b)
				buf[0] = byte(min(n, 255))
			} else {
				copy(buf, b)
			}
			out = append(out, buf...)
		case 'c':
			b, ok := v.(runtime.Bytes)
			if !ok || len(b) != 1 {
				return nil, st.errorf("char format requires a bytes object of length 1")
			}
			out = append(out, b[0])
		case '?':
			t, err := runtime.Truth(th, v)
			if err != nil {
				return nil, err
			}
			if t {
				out = append(out, 1)
			} else {
				out = append(out, 0)
			}
		case 'e', 'f', 'd':
			var f float64
			switch x := v.(type) {
			case runtime.Float:
				f = float64(x)
			case runtime.Int:
				f = float64(x)
			default:
				return nil, st.errorf("required argument is not a float")
			}
			switch it.code {
			case 'f':
				if math.Abs(f) > math.MaxFloat32 && !math.IsInf(f, 0) {
					return nil, runtime.OverflowErrorf("float too large to pack with f format")
				}
				out = ft.order.AppendUint32(out, math.Float32bits(float32(f)))
			case 'd':
				out = ft.order.AppendUint64(out, math.Float64bits(f))
			case 'e':
				out = ft.order.AppendUint16(out, float16bits(f))
			}
		default:
			u, err := st.intArg(v, it.code, size, ft.native)
			if err != nil {
				return nil, err
			}
			switch size {
			case 1:
				out = append(out, byte(u))
			case 2:
				out = ft.order.AppendUint16(out, uint16(u))
			case 4:
				out = ft.order.AppendUint32(out, uint32(u))
			case 8:
				out = ft.order.AppendUint64(out, u)
			}
		}
	}
	return out, nil
}

// unpack unpacks exactly ft.size bytes.
func (st *module) unpack(ft *format, b []byte) runtime.Tuple {
	out := make(runtime.Tuple, 0, ft.nvals)
	off := 0
	for _, it := range ft.items {
		if it.code == 'x' {
			off += it.count
			continue
		}
		size := ft.itemSize(it.code)
		if ft.native && size > 1 && it.code != 's' && it.code != 'p' && off%size != 0 {
			off += size - off%size
		}
		switch it.code {
		case 's':
			out = append(out, runtime.Bytes(b[off:off+it.count]))
			off += it.count
			continue
		case 'p':
			n := 0
			if it.count > 0 {
				n = min(int(b[off]), it.count-1)
			}
			out = append(out, runtime.Bytes(b[off+1:off+1+n]))
			off += it.count
			continue
		case 'c':
			out = append(out, runtime.Bytes(b[off:off+1]))
		case '?':
			out = append(out, runtime.BoolOf(b[off] != 0))
		case 'f':
			out = append(out, runtime.Float(math.Float32frombits(ft.order.Uint32(b[off:]))))
		case 'd':
			out = append(out, runtime.Float(math.Float64frombits(ft.order.Uint64(b[off:]))))
		case 'e':
			out = append(out, runtime.Float(float16value(ft.order.Uint16(b[off:]))))
		default:
			var u uint64
			switch size {
			case 1:
				u = uint64(b[off])
			case 2:
				u = uint64(ft.order.Uint16(b[off:]))
			case 4:
				u = uint64(ft.order.Uint32(b[off:]))
			case 8:
				u = ft.order.Uint64(b[off:])
			}
			switch it.code {
			case 'b':
				out = append(out, runtime.Int(int8(u)))
			case 'h':
				out = append(out, runtime.Int(int16(u)))
			case 'i', 'l':
				if size == 4 {
					out = append(out, runtime.Int(int32(u)))
				} else {
					out = append(out, runtime.Int(int64(u)))
				}
			case 'q', 'n':
				out = append(out, runtime.Int(int64(u)))
			default:
				if u > math.MaxInt64 {
					out = append(out, runtime.IntFromBig(newBigUint(u)))
				} else {
					out = append(out, runtime.Int(int64(u)))
				}
			}
		}
		off += size
	}
	return out
}
