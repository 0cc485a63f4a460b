package compile

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/code"
)

// TestFold checks that every expression of testdata/fold/exprs.txt the compiler folds gets the
// value CPython computes (exprs.want, written by gen.py there); not folding is always allowed.
func TestFold(t *testing.T) {
	lines, want := exprCases(t, "testdata/fold")
	folded := 0
	for i, line := range lines {
		e, err := parser.ParseExpr("fold", []byte(line))
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		var v any
		var ok bool
		if tup, isTuple := e.Body.(*ast.Tuple); isTuple {
			v, ok = constTuple(tup.Elts)
		} else {
			v, ok = foldable(e.Body)
			if k, isConst := e.Body.(*ast.Constant); isConst {
				v, ok = k.Value, true
			}
		}
		if !ok {
			continue
		}
		folded++
		if got := foldFmt(v); !sameFold(got, want[i]) {
			t.Errorf("%s: folded to %s, CPython gives %s", line, got, want[i])
		}
	}
	if folded < len(lines)/2 {
		t.Errorf("only %d of %d expressions folded", folded, len(lines))
	}
}

func foldFmt(v any) string {
	switch v := v.(type) {
	case bool:
		if v {
			return "bool True"
		}
		return "bool False"
	case int64:
		return fmt.Sprintf("int %d", v)
	case *big.Int:
		return "int " + v.String()
	case float64:
		return "float " + strconv.FormatFloat(v, 'g', -1, 64)
	case complex128:
		return "complex " + strconv.FormatFloat(real(v), 'g', -1, 64) + " " + strconv.FormatFloat(imag(v), 'g', -1, 64)
	case string:
		return "str " + strconv.Quote(v)
	case code.Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = foldFmt(x)
		}
		return "tuple " + strings.Join(parts, ", ")
	}
	return "other"
}

// sameFold compares a folded value with CPython's description (floats in hex there).
func sameFold(got, want string) bool {
	gf, wf := strings.Fields(got), strings.Fields(want)
	if len(gf) == 0 || len(wf) == 0 || gf[0] != wf[0] {
		return false
	}
	switch gf[0] {
	case "float", "complex":
		if len(gf) != len(wf) {
			return false
		}
		for i := 1; i < len(gf); i++ {
			a, _ := strconv.ParseFloat(gf[i], 64)
			b, _ := strconv.ParseFloat(wf[i], 64)
			if math.Float64bits(a) != math.Float64bits(b) {
				return false
			}
		}
		return true
	case "str":
		s, err := strconv.Unquote(strings.TrimPrefix(got, "str "))
		return err == nil && "str '"+s+"'" == want
	}
	return got == want
}
