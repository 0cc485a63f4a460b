package runtime

import (
	goruntime "runtime"
	"strconv"
	"testing"
)

func TestNewStrValueSurvivesGC(t *testing.T) {
	vals := make([]Value, 0, 2000)
	for i := range 2000 {
		vals = append(vals, StrValue2("item ", strconv.Itoa(i)))
		if i%500 == 0 {
			goruntime.GC()
		}
	}
	// substrings keep only the bytes alive; the block must stay valid
	subs := make([]string, 0, len(vals))
	for _, v := range vals {
		subs = append(subs, string(v.(Str))[5:])
	}
	vals = nil
	goruntime.GC()
	goruntime.GC()
	for i, s := range subs {
		if s != strconv.Itoa(i) {
			t.Fatalf("subs[%d] = %q", i, s)
		}
	}
	v := StrValueBytes([]byte("héllo"))
	if s, ok := v.(Str); !ok || s != "héllo" || v.Type() != StrType {
		t.Fatalf("StrValueBytes = %#v", v)
	}
	if v != Value(Str("héllo")) {
		t.Fatal("boxed str does not compare equal to an ordinary Str")
	}
	if e := StrValueBytes(nil); e != Value(Str("")) {
		t.Fatalf("empty = %#v", e)
	}
}

func BenchmarkStrBox(b *testing.B) {
	var buf [24]byte
	var sink Value
	b.Run("convT", func(b *testing.B) {
		for i := range b.N {
			sink = Str(strconv.AppendInt(buf[:0], int64(i), 10))
		}
	})
	b.Run("NewStrValue", func(b *testing.B) {
		for i := range b.N {
			sink = StrValueBytes(strconv.AppendInt(buf[:0], int64(i), 10))
		}
	})
	_ = sink
}
