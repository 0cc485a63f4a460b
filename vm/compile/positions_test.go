package compile_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/code"
	"github.com/aiolang/aio/vm/compile"
)

// TestPositions compares the source positions of the operations that tracebacks point at with
// CPython 3.11's (testdata/positions/NAME.pos, written by gen.py there).
func TestPositions(t *testing.T) {
	files, _ := filepath.Glob("testdata/positions/*.py")
	for _, f := range files {
		if strings.HasSuffix(f, "gen.py") {
			continue
		}
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
		switch op := in.Op(); op {
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

// diffLines shows the lines of got and want side by side from the first difference.
func diffLines(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	for j := i; j < i+12 && (j < len(g) || j < len(w)); j++ {
		var gl, wl string
		if j < len(g) {
			gl = g[j]
		}
		if j < len(w) {
			wl = w[j]
		}
		mark := " "
		if gl != wl {
			mark = "!"
		}
		fmt.Fprintf(&b, "%s got %-40s want %s\n", mark, gl, wl)
	}
	return b.String()
}

// TestCPythonPositions compares the positions of the operations tracebacks point at with
// CPython 3.11's for the test programs and the CPython standard library installed here
// (with python3 only; skipped with -short).
func TestCPythonPositions(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	var files []string
	for _, pattern := range []string{"testdata/*/*.py", "/usr/lib/python3.11/*.py", "/usr/lib/python3.11/*/*.py"} {
		m, _ := filepath.Glob(pattern)
		for _, f := range m {
			if !strings.HasSuffix(f, "gen.py") && !strings.Contains(f, "testdata/errors") {
				files = append(files, f)
			}
		}
	}
	out, err := exec.Command(py, append([]string{"testdata/possig.py"}, files...)...).Output()
	if err != nil {
		t.Fatalf("possig.py: %v", err)
	}
	want := map[string]string{}
	for _, block := range strings.Split(string(out), "FILE ")[1:] {
		name, body, _ := strings.Cut(block, "\n")
		want[name] = body
	}
	compared := 0
	for _, f := range files {
		w, ok := want[f]
		if !ok {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		mod, err := parser.ParseFile(f, src)
		if err != nil {
			continue
		}
		co, err := compile.Module(mod, f, compile.Options{})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var lines []string
		positions(co, &lines)
		if got := strings.Join(lines, "\n") + "\n"; got != w {
			t.Errorf("%s: positions differ from CPython's\n%s", f, diffLines(got, w))
		}
		compared++
	}
	t.Logf("%d files compared", compared)
}
