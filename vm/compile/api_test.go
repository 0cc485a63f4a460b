package compile_test

import (
	"testing"

	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/code"
	"github.com/aiolang/aio/vm/compile"
)

func ops(co *code.Code) map[code.Opcode]int {
	m := map[code.Opcode]int{}
	for _, in := range co.Code {
		m[in.Op()]++
	}
	return m
}

// TestInteractive checks that interactive mode prints top-level expression statements
// (also inside compound statements), and nothing inside functions.
func TestInteractive(t *testing.T) {
	src := "1 + 1\nx = 2\nfor i in range(2):\n    i\ndef f():\n    3\n'doc'\n"
	mod, err := parser.ParseFile("<stdin>", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	co, err := compile.Module(mod, "<stdin>", compile.Options{Interactive: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := ops(co)[code.PRINT_EXPR]; n != 3 {
		t.Errorf("PRINT_EXPR count %d, want 3", n)
	}
	for _, k := range co.Consts {
		if f, ok := k.(*code.Code); ok && ops(f)[code.PRINT_EXPR] != 0 {
			t.Errorf("PRINT_EXPR inside %s", f.Name)
		}
	}
}

// TestTopLevelAwaitFlag checks that a module becomes a coroutine only when its top level
// awaits and the option allows it.
func TestTopLevelAwaitFlag(t *testing.T) {
	for _, tc := range []struct {
		src  string
		tla  bool
		coro bool
	}{
		{"x = 1\n", true, false},
		{"await f()\n", true, true},
		{"async def g():\n    await f()\n", true, false},
		{"async for x in y:\n    pass\n", true, true},
		{"r = [x async for x in y]\n", true, true},
		{"g = (x async for x in y)\n", true, false},
	} {
		mod, err := parser.ParseFile("m.py", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		co, err := compile.Module(mod, "m.py", compile.Options{TopLevelAwait: tc.tla})
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		if got := co.Flags&code.FlagCoroutine != 0; got != tc.coro {
			t.Errorf("%q: coroutine flag %v, want %v", tc.src, got, tc.coro)
		}
	}
}

// TestExpression compiles an expression for eval.
func TestExpression(t *testing.T) {
	e, err := parser.ParseExpr("<string>", []byte("a + [i for i in b]"))
	if err != nil {
		t.Fatal(err)
	}
	co, err := compile.Expression(e.Body, "<string>")
	if err != nil {
		t.Fatal(err)
	}
	last := co.Code[len(co.Code)-1]
	if last.Op() != code.RETURN_VALUE || ops(co)[code.LOAD_NAME] != 2 {
		t.Errorf("unexpected code for an expression: %v", co.Code)
	}
}

// TestFlags checks the code flags of the kinds of functions.
func TestFlags(t *testing.T) {
	src := "def f(*a, **k):\n    yield\nasync def c():\n    pass\nasync def ag():\n    yield\nclass K:\n    def m(self):\n        return super()\n"
	mod, err := parser.ParseFile("m.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	co, err := compile.Module(mod, "m.py", compile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]code.Flags{
		"f":  code.FlagGenerator | code.FlagVarargs | code.FlagVarKeywords,
		"c":  code.FlagCoroutine,
		"ag": code.FlagAsyncGenerator,
		"K":  code.FlagClassBody | code.FlagClassCell,
	}
	for _, k := range co.Consts {
		f, ok := k.(*code.Code)
		if !ok {
			continue
		}
		if w, ok := want[f.Name]; ok && f.Flags&w != w {
			t.Errorf("%s: flags %#x, want %#x set", f.Name, f.Flags, w)
		}
	}
}
