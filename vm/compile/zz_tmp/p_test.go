package tmp

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/code"
	"github.com/aiolang/aio/vm/compile"
)

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

func TestP(t *testing.T) {
	data, _ := os.ReadFile("/tmp/posfiles.txt")
	var all []string
	for _, f := range strings.Fields(string(data)) {
		src, _ := os.ReadFile(f)
		mod, err := parser.ParseFile(f, src)
		if err != nil {
			continue
		}
		c, err := compile.Module(mod, f, compile.Options{})
		if err != nil {
			continue
		}
		all = append(all, "FILE "+f)
		positions(c, &all)
	}
	os.WriteFile("/tmp/posgot.txt", []byte(strings.Join(all, "\n")+"\n"), 0o644)
}
