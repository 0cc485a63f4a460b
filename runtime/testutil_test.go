package runtime

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

func newTestThread() *Thread {
	return NewInterp(Options{Stdout: &strings.Builder{}}).NewThread()
}

// checkMethodRow calls method row[1] of recv (decoded from row[0]) with the
// arguments row[2] (a JSON list of encoded operands) and checks the result
// against row[3].
func checkMethodRow(t *testing.T, th *Thread, recv Value, row []string) {
	t.Helper()
	var enc []string
	if err := json.Unmarshal([]byte(row[2]), &enc); err != nil {
		t.Fatal(err)
	}
	args := make([]Value, len(enc))
	for i, e := range enc {
		args[i] = decodeVal(t, e)
	}
	v, err := CallMethod(th, recv, row[1], args...)
	if got := result(th, v, err); got != row[3] {
		t.Errorf("%s.%s%v = %s, want %s", row[0], row[1], enc, got, row[3])
	}
}

// decodeVal decodes a TAG:TEXT operand written by testdata/gen.py.
func decodeVal(t *testing.T, s string) Value {
	tag, text, _ := strings.Cut(s, ":")
	switch tag {
	case "i":
		v, err := ParseInt(text, 10)
		if err != nil {
			t.Fatalf("bad int %q", text)
		}
		return v
	case "f":
		switch text {
		case "inf":
			return Float(math.Inf(1))
		case "-inf":
			return Float(math.Inf(-1))
		case "nan":
			return Float(math.NaN())
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			t.Fatalf("bad float %q", text)
		}
		return Float(f)
	case "s":
		var str string
		if err := json.Unmarshal([]byte(text), &str); err != nil {
			t.Fatalf("bad str %q", text)
		}
		return Str(str)
	case "b":
		return Bool(text == "True")
	case "n":
		return None
	case "l", "t":
		var parts []string
		if err := json.Unmarshal([]byte(text), &parts); err != nil {
			t.Fatalf("bad list %q", text)
		}
		items := make([]Value, len(parts))
		for i, p := range parts {
			items[i] = decodeVal(t, p)
		}
		if tag == "t" {
			return Tuple(items)
		}
		return &List{Items: items}
	case "d":
		var pairs [][2]string
		if err := json.Unmarshal([]byte(text), &pairs); err != nil {
			t.Fatalf("bad dict %q", text)
		}
		d := NewDict()
		for _, p := range pairs {
			d.Set(nil, decodeVal(t, p[0]), decodeVal(t, p[1]))
		}
		return d
	case "e":
		var parts []string
		if err := json.Unmarshal([]byte(text), &parts); err != nil {
			t.Fatalf("bad set %q", text)
		}
		s := NewSet()
		for _, p := range parts {
			s.Add(nil, decodeVal(t, p))
		}
		return s
	case "y":
		var str string
		if err := json.Unmarshal([]byte(text), &str); err != nil {
			t.Fatalf("bad bytes %q", text)
		}
		b := make([]byte, 0, len(str))
		for _, r := range str {
			b = append(b, byte(r))
		}
		return Bytes(b)
	case "c":
		re, im, _ := strings.Cut(text, ",")
		r := decodeVal(t, "f:"+re).(Float)
		i := decodeVal(t, "f:"+im).(Float)
		return Complex(complex(float64(r), float64(i)))
	}
	t.Fatalf("bad operand %q", s)
	return nil
}

// result renders a result the way gen.py does: repr, or "!Type: message".
func result(th *Thread, v Value, err error) string {
	if err != nil {
		e := AsException(err)
		s, _ := ToStr(th, e)
		return "!" + e.Type().Name + ": " + s
	}
	s, err := Repr(th, v)
	if err != nil {
		return "!repr failed: " + err.Error()
	}
	return s
}

// readTable reads a tab-separated testdata file.
func readTable(t *testing.T, name string) [][]string {
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	return rows
}
