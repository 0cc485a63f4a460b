package parser

import (
	"os"
	"testing"

	"github.com/aiolang/aio/ast"
)

// Expectations below come from CPython 3.11's ast.parse(src, mode='eval'/'single').

func TestParseExpr(t *testing.T) {
	tests := []struct{ src, want string }{
		{"1 + 2", "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))"},
		{"a, b", "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))"},
		{"*a, b", "SyntaxError: invalid syntax 1:1"},
		{"\n1\n\n", "Expression(body=Constant(value=1))"},
		{"yield x", "SyntaxError: invalid syntax 1:1"},
		{"x = 1", "SyntaxError: invalid syntax 1:3"},
		{"(yield)", "Expression(body=Yield())"},
		{" 1", "IndentationError: unexpected indent 1:1"},
		{"1\n2", "SyntaxError: invalid syntax 2:1"},
		{"f(\n1)", "Expression(body=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1)], keywords=[]))"},
	}
	for _, tt := range tests {
		e, err := ParseExpr("<string>", []byte(tt.src))
		got := ""
		if err != nil {
			se := err.(*ast.SyntaxError)
			got = se.Kind + ": " + se.Msg + " " + itoa(se.Line) + ":" + itoa(se.Col)
		} else {
			got = ast.Dump(e)
		}
		if got != tt.want {
			t.Errorf("ParseExpr(%q):\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestParseInteractive(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1\n", "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])"},
		{"x = 1; y = 2\n", "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])"},
		{"if x:\n  pass\n", "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])"},
		{"x = 1\ny = 2\n", "SyntaxError: multiple statements found while compiling a single statement 1:6"},
		{"1 + 1\n", "Interactive(body=[Expr(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=1)))])"},
	}
	for _, tt := range tests {
		m, err := ParseInteractive("<stdin>", []byte(tt.src))
		got := ""
		if err != nil {
			se := err.(*ast.SyntaxError)
			got = se.Kind + ": " + se.Msg + " " + itoa(se.Line) + ":" + itoa(se.Col)
		} else {
			got = ast.Dump(m)
		}
		if got != tt.want {
			t.Errorf("ParseInteractive(%q):\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

// TestDeepNesting checks that pathological nesting gives a SyntaxError or a tree, never a
// Go stack overflow.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		"x = " + repeat("(", 1000) + "1" + repeat(")", 1000) + "\n",
		"x = " + repeat("-", 100000) + "1\n",
		"x = " + repeat("not ", 100000) + "1\n",
		"x = " + repeat("a**", 100000) + "1\n",
		"x = " + repeat("lambda:", 100000) + "1\n",
		"x = " + repeat("a if b else ", 100000) + "1\n",
		"x = 1" + repeat("+1", 100000) + "\n",
		"x = a" + repeat(".b", 100000) + "\n",
		"x = a" + repeat("[0]", 100000) + "\n",
		"x = a" + repeat("()", 100000) + "\n",
		"x = " + repeat("await ", 100000) + "1\n",
		"x = " + repeat("*", 100000) + "a\n",
		repeat("if x:\n", 50) + "pass\n",
	} {
		_, err := ParseFile("deep.py", []byte(src))
		if err != nil {
			if _, ok := err.(*ast.SyntaxError); !ok {
				t.Errorf("%.20q...: %T %v", src, err, err)
			}
		}
	}
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for i := 0; i < n; i++ {
		b = append(b, s...)
	}
	return string(b)
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestConcurrent parses from many goroutines at once: parser instances are pooled, and
// each carries its own state.
func TestConcurrent(t *testing.T) {
	files := corpusFiles(t)
	if len(files) > 60 {
		files = files[:60]
	}
	done := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			var out []byte
			for _, path := range files {
				src, _ := os.ReadFile(path)
				out = append(out, render(ParseFile(path, src))...)
			}
			done <- string(out)
		}()
	}
	first := <-done
	for g := 1; g < 8; g++ {
		if got := <-done; got != first {
			t.Fatal("concurrent parses disagree")
		}
	}
}
