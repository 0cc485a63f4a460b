package code

import (
	"bytes"
	"strings"
	"testing"
)

func TestInstrEncoding(t *testing.T) {
	for _, arg := range []uint32{0, 1, 255, 256, 65535, MaxArg} {
		for op := Opcode(0); op < numOpcodes; op++ {
			in := MakeInstr(op, arg)
			if in.Op() != op || in.Arg() != arg {
				t.Fatalf("MakeInstr(%s, %d) decodes as %s %d", op, arg, in.Op(), in.Arg())
			}
		}
	}
}

func TestOpcodeNames(t *testing.T) {
	seen := map[string]bool{}
	for op := Opcode(0); op < numOpcodes; op++ {
		name := op.String()
		if name == "" || seen[name] || strings.ToUpper(name) != name {
			t.Errorf("opcode %d has a bad or duplicate name %q", op, name)
		}
		seen[name] = true
	}
	if Opcode(numOpcodes).String() != "<unknown opcode>" {
		t.Error("out-of-range opcode name")
	}
}

func TestStackEffects(t *testing.T) {
	for _, tc := range []struct {
		op   Opcode
		arg  uint32
		jump bool
		want int
	}{
		{LOAD_FAST, 0, false, 1},
		{BINARY_OP, uint32(BinAdd), false, -1},
		{CALL, 3, false, -3},
		{CALL_KW, 3, false, -4},
		{CALL_METHOD, 2, false, -3},
		{CALL_METHOD_KW, 2, false, -4},
		{LOAD_SUPER_ATTR, 3<<1 | 1, false, -1},
		{LOAD_SUPER_ATTR, 3 << 1, false, -2},
		{FOR_ITER, 9, false, 1},
		{FOR_ITER, 9, true, -1},
		{SEND, 9, false, 0},
		{SEND, 9, true, -1},
		{UNPACK_EX, 1 | 2<<8, false, 3},
		{MAKE_FUNCTION, MakeFuncDefaults | MakeFuncClosure, false, -2},
		{BUILD_MAP, 2, false, -3},
		{JUMP_IF_TRUE_OR_POP, 4, true, 0},
		{JUMP_IF_TRUE_OR_POP, 4, false, -1},
		{END_ASYNC_FOR, 0, false, -2},
	} {
		if got := StackEffect(tc.op, tc.arg, tc.jump); got != tc.want {
			t.Errorf("StackEffect(%s, %d, %v) = %d, want %d", tc.op, tc.arg, tc.jump, got, tc.want)
		}
	}
}

func sample() *Code {
	inner := &Code{Name: "f", QualName: "f", Filename: "m.py", FirstLine: 2,
		Code:      []Instr{MakeInstr(LOAD_FAST, 0), MakeInstr(RETURN_VALUE, 0)},
		VarNames:  []string{"x"},
		Positions: []PosEntry{{PC: 0, Line: 3, EndLine: 3, Col: 11, EndCol: 12}}}
	return &Code{Name: "<module>", QualName: "<module>", Filename: "m.py", FirstLine: 1,
		Code: []Instr{
			MakeInstr(LOAD_CONST, 0), MakeInstr(MAKE_FUNCTION, 0), MakeInstr(STORE_NAME, 0),
			MakeInstr(LOAD_NAME, 0), MakeInstr(POP_JUMP_IF_FALSE, 6), MakeInstr(NOP, 0),
			MakeInstr(LOAD_CONST, 1), MakeInstr(RETURN_VALUE, 0),
		},
		Consts:      []any{inner, nil},
		Names:       []string{"f"},
		StackSize:   2,
		ExceptTable: []ExceptEntry{{Start: 3, End: 5, Handler: 6, Depth: 0}},
		Positions: []PosEntry{{PC: 0, Line: 2, EndLine: 3, Col: 0, EndCol: 12},
			{PC: 3, Line: 4, EndLine: 4}, {PC: 6, Line: 0}},
	}
}

func TestLookups(t *testing.T) {
	c := sample()
	if _, ok := c.Handler(2); ok {
		t.Error("pc 2 is not protected")
	}
	if h, ok := c.Handler(4); !ok || h.Handler != 6 {
		t.Errorf("Handler(4) = %v %v", h, ok)
	}
	if _, ok := c.Handler(5); ok {
		t.Error("pc 5 is past the protected range")
	}
	for pc, want := range map[int]int{0: 2, 2: 2, 3: 4, 5: 4, 6: 0, 7: 0} {
		if got := c.Line(pc); got != want {
			t.Errorf("Line(%d) = %d, want %d", pc, got, want)
		}
	}
}

func TestDisassemble(t *testing.T) {
	var b bytes.Buffer
	if err := Disassemble(&b, sample(), []string{"", "def f(x):", "    return x", "if f:"}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"LOAD_CONST          0 (<code object f, file \"m.py\", line 2>)",
		"POP_JUMP_IF_FALSE    6 (to 6)",
		">>     6 LOAD_CONST          1 (None)",
		"# if f:",
		"ExceptionTable:\n  3 to 4 -> 6 [0]",
		"Disassembly of <code object f, file \"m.py\", line 2>:",
		"LOAD_FAST           0 (x)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("disassembly lacks %q:\n%s", want, out)
		}
	}
}

func TestConstRepr(t *testing.T) {
	for v, want := range map[any]string{
		nil: "None", true: "True", int64(-3): "-3", 0.5: "0.5", 1e16: "1e+16", "it's": `"it's"`,
		"a\nb": `'a\nb'`, Ellipsis{}: "Ellipsis",
	} {
		if got := ConstRepr(v); got != want {
			t.Errorf("ConstRepr(%#v) = %s, want %s", v, got, want)
		}
	}
	if got := ConstRepr(Tuple{int64(1)}); got != "(1,)" {
		t.Errorf("1-tuple repr %s", got)
	}
	if got := ConstRepr([]byte("x")); got != "b'x'" {
		t.Errorf("bytes repr %s", got)
	}
}
