package compile_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aiolang/aio/vm/code"
	"github.com/aiolang/aio/vm/compile"
)

// compileFile parses and compiles a test program.
func compileFile(t testing.TB, path string, opts compile.Options) (*code.Code, []byte) {
	t.Helper()
	src, mod := compile.ParseProgram(t, path)
	opts.Source = src
	co, err := compile.ModuleStrict(mod, filepath.Base(path), opts)
	if err != nil {
		t.Fatalf("%s: compile: %v", path, err)
	}
	return co, src
}

// TestDisassemble compiles every program in testdata/dis, checks the structural invariants of
// the code objects, and disassembles them (set AIO_DIS=1 to print the listings).
func TestDisassemble(t *testing.T) {
	files, _ := filepath.Glob("testdata/dis/*.py")
	if len(files) == 0 {
		t.Fatal("no test programs")
	}
	for _, f := range files {
		co, src := compileFile(t, f, compile.Options{TopLevelAwait: true})
		checkCode(t, f, co)
		var b bytes.Buffer
		if err := code.Disassemble(&b, co, strings.Split(string(src), "\n")); err != nil {
			t.Fatal(err)
		}
		if os.Getenv("AIO_DIS") != "" {
			t.Logf("%s:\n%s", f, b.String())
		}
	}
}

// checkCode verifies what the vm relies on: jump targets and handlers inside the code, argument
// indexes inside their tables, a stack size that covers every handler's depth.
func checkCode(t *testing.T, name string, co *code.Code) {
	t.Helper()
	n := uint32(len(co.Code))
	for pc, in := range co.Code {
		op, arg := in.Op(), in.Arg()
		if code.IsJump(op) && arg >= n {
			t.Errorf("%s: %s pc %d: %s target %d out of range", name, co.QualName, pc, op, arg)
		}
		switch op {
		case code.LOAD_CONST:
			if int(arg) >= len(co.Consts) {
				t.Errorf("%s: %s pc %d: const %d out of range", name, co.QualName, pc, arg)
			}
		case code.LOAD_FAST, code.STORE_FAST, code.DELETE_FAST:
			if int(arg) >= len(co.VarNames) {
				t.Errorf("%s: %s pc %d: local %d out of range", name, co.QualName, pc, arg)
			}
		case code.LOAD_DEREF, code.STORE_DEREF, code.DELETE_DEREF, code.LOAD_CLOSURE, code.LOAD_CLASSDEREF:
			if int(arg) >= co.NumCells() {
				t.Errorf("%s: %s pc %d: cell %d out of range", name, co.QualName, pc, arg)
			}
		case code.LOAD_NAME, code.STORE_NAME, code.LOAD_GLOBAL, code.LOAD_ATTR, code.LOAD_METHOD, code.STORE_ATTR:
			if int(arg) >= len(co.Names) {
				t.Errorf("%s: %s pc %d: name %d out of range", name, co.QualName, pc, arg)
			}
		}
	}
	for _, e := range co.ExceptTable {
		if e.Start >= e.End || e.End > n || e.Handler >= n || int(e.Depth) >= co.StackSize {
			t.Errorf("%s: %s: bad exception entry %+v (stack size %d)", name, co.QualName, e, co.StackSize)
		}
	}
	if len(co.Positions) == 0 || co.Positions[0].PC != 0 {
		t.Errorf("%s: %s: position table must start at pc 0", name, co.QualName)
	}
	for _, k := range co.Consts {
		if sub, ok := k.(*code.Code); ok {
			checkCode(t, name, sub)
		}
	}
}
