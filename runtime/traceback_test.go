package runtime

import (
	"strings"
	"testing"
)

// Expected outputs below were produced by python3 (3.11) on the same sources.
func TestFormatTraceback(t *testing.T) {
	th := newTestThread()
	src := "def f(x):\n    return x + \"a\"\n\ng = lambda d: d[\"k\"][\"j\"]\nb=a**-1/0\nA().valeu\nx = (1 +\n  \"a\")\nprint(pritn)\n"
	th.Interp.AddSource("t.py", src)
	cases := []struct {
		exc    *Exception
		frames []Frame
		want   string
	}{
		{TypeErrorf("unsupported operand type(s) for +: 'int' and 'str'"),
			[]Frame{PosFrame(FramePos{Filename: "t.py", Name: "f", Line: 2, EndLine: 2, Col: 11, EndCol: 18}), PosFrame(FramePos{Filename: "t.py", Name: "<module>", Line: 1, EndLine: 1, Col: 0, EndCol: 9})},
			"Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\n    def f(x):\n  File \"t.py\", line 2, in f\n    return x + \"a\"\n           ~~^~~~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n"},
		{KeyError(Str("j")),
			[]Frame{PosFrame(FramePos{Filename: "t.py", Name: "<lambda>", Line: 4, EndLine: 4, Col: 14, EndCol: 25})},
			"Traceback (most recent call last):\n  File \"t.py\", line 4, in <lambda>\n    g = lambda d: d[\"k\"][\"j\"]\n                  ~~~~~~^^^^^\nKeyError: 'j'\n"},
		{ZeroDivisionErrorf("float division by zero"),
			[]Frame{PosFrame(FramePos{Filename: "t.py", Name: "<module>", Line: 5, EndLine: 5, Col: 2, EndCol: 9})},
			"Traceback (most recent call last):\n  File \"t.py\", line 5, in <module>\n    b=a**-1/0\n      ~~~~~^~\nZeroDivisionError: float division by zero\n"},
		{TypeErrorf("unsupported operand type(s) for +: 'int' and 'str'"),
			[]Frame{PosFrame(FramePos{Filename: "t.py", Name: "<module>", Line: 7, EndLine: 8, Col: 5, EndCol: 5})},
			"Traceback (most recent call last):\n  File \"t.py\", line 7, in <module>\n    x = (1 +\n         ^^^\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n"},
		{NameError("pritn"),
			[]Frame{PosFrame(FramePos{Filename: "t.py", Name: "<module>", Line: 9, EndLine: 9, Col: 6, EndCol: 11})},
			"Traceback (most recent call last):\n  File \"t.py\", line 9, in <module>\n    print(pritn)\n          ^^^^^\nNameError: name 'pritn' is not defined. Did you mean: 'print'?\n"},
	}
	for _, c := range cases {
		c.exc.Traceback = c.frames
		if got := FormatTraceback(th, c.exc); got != c.want {
			t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
		}
	}
}

func TestChainedTraceback(t *testing.T) {
	th := newTestThread()
	inner := KeyError(Str("a"))
	outer := ValueErrorf("bad")
	outer.Context = inner
	got := FormatTraceback(th, outer)
	want := "KeyError: 'a'\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: bad\n"
	if got != want {
		t.Errorf("got %q", got)
	}
	outer.Cause = inner
	got = FormatTraceback(th, outer)
	if !strings.Contains(got, "The above exception was the direct cause of the following exception:") {
		t.Errorf("got %q", got)
	}
}

func TestSuggestions(t *testing.T) {
	cases := []struct {
		name  string
		cands []string
		want  string
	}{
		{"pritn", []string{"print", "len", "input"}, "print"},
		{"valeu", []string{"value", "values"}, "value"},
		{"sqr", []string{"sqrt", "sin", "e"}, "sqrt"},
		{"xyzzy", []string{"print", "len"}, ""},
		{"Foo", []string{"foo"}, "foo"},
	}
	for _, c := range cases {
		if got := closestName(c.name, c.cands); got != c.want {
			t.Errorf("closestName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestExceptionGroupTraceback(t *testing.T) {
	th := newTestThread()
	th.Interp.AddSource("eg1.py", "def f():\n    raise ValueError(\"a\")\ndef g():\n    excs = []\n    for fn in (f,):\n        try:\n            fn()\n        except Exception as e:\n            excs.append(e)\n    excs.append(TypeError(\"b\"))\n    excs.append(ExceptionGroup(\"inner\", [KeyError(1)]))\n    raise ExceptionGroup(\"several\", excs)\ng()\n")
	va := ValueErrorf("a")
	va.Traceback = []Frame{PosFrame(FramePos{Filename: "eg1.py", Name: "f", Line: 2, Col: -1}), PosFrame(FramePos{Filename: "eg1.py", Name: "g", Line: 7, Col: -1})}
	inner := NewExceptionGroup("inner", []*Exception{KeyError(Int(1))})
	eg := NewExceptionGroup("several", []*Exception{va, TypeErrorf("b"), inner})
	eg.Traceback = []Frame{PosFrame(FramePos{Filename: "eg1.py", Name: "g", Line: 12, Col: -1}), PosFrame(FramePos{Filename: "eg1.py", Name: "<module>", Line: 13, Col: -1})}
	want := `  + Exception Group Traceback (most recent call last):
  |   File "eg1.py", line 13, in <module>
  |     g()
  |   File "eg1.py", line 12, in g
  |     raise ExceptionGroup("several", excs)
  | ExceptionGroup: several (3 sub-exceptions)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "eg1.py", line 7, in g
    |     fn()
    |   File "eg1.py", line 2, in f
    |     raise ValueError("a")
    | ValueError: a
    +---------------- 2 ----------------
    | TypeError: b
    +---------------- 3 ----------------
    | ExceptionGroup: inner (1 sub-exception)
    +-+---------------- 1 ----------------
      | KeyError: 1
      +------------------------------------
`
	if got := FormatTraceback(th, eg); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
