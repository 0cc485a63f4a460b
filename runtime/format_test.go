package runtime

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestFormat checks Format against testdata/format.txt.
func TestFormat(t *testing.T) {
	th := newTestThread()
	for _, row := range readTable(t, "format.txt") {
		v := decodeVal(t, row[0])
		var spec string
		json.Unmarshal([]byte(row[1]), &spec)
		s, err := Format(th, v, spec)
		if got := result(th, Str(s), err); got != row[2] {
			t.Errorf("format(%s, %q) = %s, want %s", row[0], spec, got, row[2])
		}
	}
}

// TestReprStr checks Repr and ToStr against testdata/repr.txt.
func TestReprStr(t *testing.T) {
	th := newTestThread()
	for _, row := range readTable(t, "repr.txt") {
		v := decodeVal(t, row[0])
		r, err := Repr(th, v)
		if got := result(th, Str(r), err); got != row[1] {
			t.Errorf("repr(%s) = %s, want %s", row[0], got, row[1])
		}
		s, err := ToStr(th, v)
		if got := result(th, Str(s), err); got != row[2] {
			t.Errorf("str(%s) = %s, want %s", row[0], got, row[2])
		}
	}
}

// TestPercent checks str % args against testdata/percent.txt.
func TestPercent(t *testing.T) {
	th := newTestThread()
	for _, row := range readTable(t, "percent.txt") {
		var f string
		json.Unmarshal([]byte(row[0]), &f)
		var args Tuple
		for _, a := range strings.Split(row[1], "\x1f") {
			args = append(args, decodeVal(t, a))
		}
		v, err := Binary(th, OpMod, Str(f), args)
		if got := result(th, v, err); got != row[2] {
			t.Errorf("%q %% %s = %s, want %s", f, row[1], got, row[2])
		}
	}
}

// TestPercentTable checks fmt % (value,) against testdata/percent2.txt.
func TestPercentTable(t *testing.T) {
	th := newTestThread()
	for _, row := range readTable(t, "percent2.txt") {
		var f string
		json.Unmarshal([]byte(row[0]), &f)
		v, err := Binary(th, OpMod, Str(f), Tuple{decodeVal(t, row[1])})
		if got := result(th, v, err); got != row[2] {
			t.Errorf("%q %% (%s,) = %s, want %s", f, row[1], got, row[2])
		}
	}
}
