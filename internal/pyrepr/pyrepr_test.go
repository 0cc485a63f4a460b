package pyrepr

import "testing"

func TestFloat(t *testing.T) {
	a, b := 0.1, 0.2
	for _, c := range []struct {
		f    float64
		want string
	}{
		{a + b, "0.30000000000000004"}, {1e16, "1e+16"}, {1.0, "1.0"}, {0, "0.0"},
		{123456789012345678, "1.2345678901234568e+17"}, {1e-5, "1e-05"}, {0.0001, "0.0001"},
		{-2.5, "-2.5"}, {1e15, "1000000000000000.0"}, {1.5e300, "1.5e+300"}, {5e-324, "5e-324"},
	} {
		if got := Float(c.f); got != c.want {
			t.Errorf("Float(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}

func TestComplex(t *testing.T) {
	for _, c := range []struct {
		c    complex128
		want string
	}{
		{1i, "1j"}, {complex(1, 2), "(1+2j)"}, {complex(1.5, -2), "(1.5-2j)"}, {1e20i, "1e+20j"},
	} {
		if got := Complex(c.c); got != c.want {
			t.Errorf("Complex(%v) = %q, want %q", c.c, got, c.want)
		}
	}
}

func TestStr(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"abc", "'abc'"}, {"it's", `"it's"`}, {`'"`, `'\'"'`}, {"a\nb\t\x00", `'a\nb\t\x00'`},
		{"é", "'é'"}, {"\u200b", `'\u200b'`}, {"\u0085", `'\x85'`}, {`\`, `'\\'`},
	} {
		if got := Str(c.s); got != c.want {
			t.Errorf("Str(%q) = %s, want %s", c.s, got, c.want)
		}
	}
	if got := Bytes([]byte("a'\xff")); got != `b"a'\xff"` {
		t.Errorf("Bytes = %s", got)
	}
}

func TestScalar(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{
		{nil, "None"}, {true, "True"}, {false, "False"}, {int64(-3), "-3"}, {1e15, "1000000000000000.0"},
		{complex(0, 2), "2j"}, {"it's", `"it's"`}, {[]byte{0x80}, `b'\x80'`},
	} {
		if got, ok := Scalar(c.v); !ok || got != c.want {
			t.Errorf("Scalar(%#v) = %q, %v, want %q", c.v, got, ok, c.want)
		}
	}
	if _, ok := Scalar(struct{}{}); ok {
		t.Error("Scalar accepted a struct")
	}
}
