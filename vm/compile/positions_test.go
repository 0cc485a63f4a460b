package compile_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/aiolang/aio/vm/code"
	"github.com/aiolang/aio/vm/compile"
)

// TestPositions compares the source positions of the operations that tracebacks point at with
// CPython 3.11's (testdata/positions/NAME.pos, written by gen.py there).
func TestPositions(t *testing.T) {
	for _, f := range compile.Programs("testdata/positions") {
		co, _ := compileFile(t, f, compile.Options{})
		var out []string
		positions(co, &out)
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".pos")
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(out, "\n") + "\n"; got != string(want) {
			t.Errorf("%s: positions differ from CPython's\n%s", f, diffLines(got, string(want)))
		}
	}
}

func positions(co *code.Code, out *[]string) {
	for pc, in := range co.Code {
		name := ""
		if in.Op() == code.LOAD_SUPER_ATTR {
			// CPython 3.11's super() call (reported at the instruction before), then the
			// attribute load
			p := co.Position(pc - 1)
			*out = append(*out, fmt.Sprintf("%s: CALL %d:%d-%d:%d", co.QualName, p.Line, p.Col, p.EndLine, p.EndCol))
			name = code.LOAD_ATTR.String()
			if in.Arg()&1 != 0 {
				name = code.LOAD_METHOD.String()
			}
		}
		switch op := in.Op(); op {
		case code.LOAD_SUPER_ATTR:
		case code.CALL, code.CALL_KW, code.CALL_METHOD, code.CALL_METHOD_KW, code.CALL_FUNCTION_EX:
			name = "CALL"
		case code.BINARY_OP, code.BINARY_SUBSCR, code.LOAD_ATTR, code.STORE_ATTR, code.STORE_SUBSCR,
			code.LOAD_METHOD, code.COMPARE_OP, code.RAISE_VARARGS, code.FOR_ITER, code.GET_ITER,
			code.UNPACK_SEQUENCE, code.UNPACK_EX, code.IMPORT_NAME, code.DELETE_SUBSCR:
			name = op.String()
		default:
			continue
		}
		p := co.Position(pc)
		*out = append(*out, fmt.Sprintf("%s: %s %d:%d-%d:%d", co.QualName, name, p.Line, p.Col, p.EndLine, p.EndCol))
	}
	for _, k := range co.Consts {
		if sub, ok := k.(*code.Code); ok {
			positions(sub, out)
		}
	}
}

// TestCPythonPositions compares the positions of the operations tracebacks point at with
// CPython 3.11's for the test programs and the CPython standard library installed here
// (with python3 only; skipped with -short).
func TestCPythonPositions(t *testing.T) {
	compareWithCPython(t, "possig.py", "positions", []string{"testdata/*/*.py"}, positions)
}
