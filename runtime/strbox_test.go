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
	b.Run("ThreadArena", func(b *testing.B) {
		th := newTestThread()
		for i := range b.N {
			sink = th.StrValueBytes(strconv.AppendInt(buf[:0], int64(i), 10))
		}
	})
	_ = sink
}

func TestThreadStrArena(t *testing.T) {
	th := newTestThread()
	var kept []Value
	for i := range 20000 {
		v := th.StrValue2("k", strconv.Itoa(i))
		if i%7 == 0 {
			kept = append(kept, v)
		}
		if i%5000 == 0 {
			goruntime.GC()
		}
	}
	long := th.StrValueBytes([]byte(string(make([]byte, 300))))
	goruntime.GC()
	for j, v := range kept {
		if s, ok := v.(Str); !ok || string(s) != "k"+strconv.Itoa(j*7) {
			t.Fatalf("kept[%d] = %#v", j, v)
		}
	}
	if s := long.(Str); len(s) != 300 {
		t.Fatalf("long str has %d bytes", len(s))
	}
	var nilTh *Thread
	if v := nilTh.StrValue2("a", "b"); v != Value(Str("ab")) {
		t.Fatalf("nil thread: %#v", v)
	}
}
