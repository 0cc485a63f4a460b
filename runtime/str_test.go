package runtime

import "testing"

// Expectations from python3.
func TestStrMethods(t *testing.T) {
	th := newTestThread()
	cases := []struct {
		recv   string
		method string
		args   []Value
		want   string
	}{
		{" a  b ", "split", nil, "['a', 'b']"},
		{"a,b,,c", "split", []Value{Str(","), Int(1)}, "['a', 'b,,c']"},
		{"a b c", "rsplit", []Value{None, Int(1)}, "['a b', 'c']"},
		{"", "split", []Value{Str(",")}, "['']"},
		{"", "split", nil, "[]"},
		{" a b ", "split", []Value{None, Int(0)}, "['a b ']"},
		{"a b c  ", "split", []Value{None, Int(1)}, "['a', 'b c  ']"},
		{"  a b c", "rsplit", []Value{None, Int(1)}, "['  a b', 'c']"},
		{" a b ", "rsplit", []Value{None, Int(0)}, "[' a b']"},
		{"ab", "replace", []Value{Str(""), Str("-")}, "'-a-b-'"},
		{"", "replace", []Value{Str(""), Str("x")}, "'x'"},
		{"aaa", "replace", []Value{Str("a"), Str("b"), Int(2)}, "'bba'"},
		{"they're bill's friends", "title", nil, "\"They'Re Bill'S Friends\""},
		{"hELLO wORLD", "capitalize", nil, "'Hello world'"},
		{"ß", "upper", nil, "'SS'"},
		{"abc", "center", []Value{Int(6), Str("*")}, "'*abc**'"},
		{"abc", "center", []Value{Int(8)}, "'  abc   '"},
		{"ab", "center", []Value{Int(5)}, "'  ab '"},
		{"-42", "zfill", []Value{Int(6)}, "'-00042'"},
		{"+", "zfill", []Value{Int(3)}, "'+00'"},
		{"a\nb\r\nc\rd\x0be", "splitlines", nil, "['a', 'b', 'c', 'd', 'e']"},
		{"a\nb\n", "splitlines", []Value{True}, "['a\\n', 'b\\n']"},
		{"hello", "find", []Value{Str("l"), Int(-2)}, "3"},
		{"hello", "rfind", []Value{Str("l")}, "3"},
		{"hello", "count", []Value{Str("")}, "6"},
		{"a\tb", "expandtabs", []Value{Int(4)}, "'a   b'"},
		{"héllo wörld", "find", []Value{Str("w")}, "6"},
		{"x", "join", []Value{Str("abc")}, "'axbxc'"},
		{",", "join", []Value{&List{Items: []Value{Int(1)}}}, "!TypeError: sequence item 0: expected str instance, int found"},
		{"abc", "index", []Value{Str("z")}, "!ValueError: substring not found"},
		{"1²", "isdigit", nil, "True"},
		{"1²", "isdecimal", nil, "False"},
		{"Ab", "istitle", nil, "True"},
		{"{0}-{1}-{0}", "format", []Value{Str("a"), Str("b")}, "'a-b-a'"},
		{"{}{}", "format", []Value{Int(1), Int(2)}, "'12'"},
		{"{:{}}|", "format", []Value{Str("a"), Int(3)}, "'a  |'"},
		{"{0[1]}", "format", []Value{&List{Items: []Value{Int(5), Int(6)}}}, "'6'"},
		{"{}{1}", "format", []Value{Int(1), Int(2)}, "!ValueError: cannot switch from automatic field numbering to manual field specification"},
		{"{", "format", nil, "!ValueError: Single '{' encountered in format string"},
		{"{{}}", "format", nil, "'{}'"},
		{"x", "partition", []Value{Str("y")}, "('x', '', '')"},
		{"a.b.c", "rpartition", []Value{Str(".")}, "('a.b', '.', 'c')"},
		{"abc", "startswith", []Value{Str("b"), Int(1)}, "True"},
		{"a", "startswith", []Value{Tuple{Str("b"), Str("a")}}, "True"},
		{"  xx  ", "strip", nil, "'xx'"},
		{"xxhixx", "strip", []Value{Str("x")}, "'hi'"},
	}
	for _, c := range cases {
		v, err := CallMethod(th, Str(c.recv), c.method, c.args...)
		if got := result(th, v, err); got != c.want {
			t.Errorf("%q.%s%v = %s, want %s", c.recv, c.method, c.args, got, c.want)
		}
	}
}

func TestConcatInPlace(t *testing.T) {
	th := newTestThread()
	var s Value = Str("")
	var keep []Value
	for i := 0; i < 2000; i++ {
		r, err := InPlace(th, OpAdd, s, Str("ab"))
		if err != nil {
			t.Fatal(err)
		}
		if i%100 == 0 {
			keep = append(keep, s)
			// a second concatenation onto an older string must not disturb the newer one
			Binary(th, OpAdd, s, Str("ZZ"))
		}
		s = r
	}
	if got := string(s.(Str)); len(got) != 4000 || got[3998:] != "ab" || got[:4] != "abab" {
		t.Fatalf("bad result %q...", got[:10])
	}
	for i, k := range keep {
		if len(k.(Str)) != 2*100*i {
			t.Fatalf("kept string %d changed length", i)
		}
		for j := 0; j < len(k.(Str)); j += 2 {
			if k.(Str)[j:j+2] != "ab" {
				t.Fatalf("kept string %d changed at %d", i, j)
			}
		}
	}
}

// TestStrMethodTable runs testdata/strmethods.txt (CPython's results, from gen.py).
func TestStrMethodTable(t *testing.T) {
	th := newTestThread()
	for _, row := range readTable(t, "strmethods.txt") {
		recv := decodeVal(t, row[0])
		checkMethodRow(t, th, recv, row)
	}
}
