package runtime

import (
	"testing"
	"unsafe"
)

// TestHotStructSizes guards the sizes that keep the most numerous objects in small size
// classes: 100,000 pending tasks (bench/async_gather) must stay within CPython's memory,
// and instances with a couple of inline attributes must stay small.
func TestHotStructSizes(t *testing.T) {
	for _, c := range []struct {
		name      string
		size, max uintptr
	}{
		{"Task", unsafe.Sizeof(Task{}), 224},
		{"Future", unsafe.Sizeof(Future{}), 128},
		{"readyItem", unsafe.Sizeof(readyItem{}), 40},
		{"readyChunk", unsafe.Sizeof(readyChunk{}), 8192},
		{"Object", unsafe.Sizeof(Object{}), 64},
		{"objectWithVals2", unsafe.Sizeof(objectWithVals2{}), 96},
	} {
		if c.size > c.max {
			t.Errorf("%s is %d bytes, more than %d", c.name, c.size, c.max)
		}
	}
}
