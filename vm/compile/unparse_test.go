package compile

import (
	"strings"
	"testing"

	"github.com/aiolang/aio/parser"
)

// TestUnparse compares the source text rebuilt for annotations under `from __future__ import
// annotations` with CPython's (testdata/unparse/exprs.want, written by gen.py there).
func TestUnparse(t *testing.T) {
	lines, want := exprCases(t, "testdata/unparse")
	for i, line := range lines {
		e, err := parser.ParseExpr("u", []byte(line))
		if err != nil {
			t.Errorf("%s: %v", line, err)
			continue
		}
		got := strings.ReplaceAll(strings.ReplaceAll(unparse(e.Body), `\`, `\\`), "\n", `\n`)
		if got != want[i] {
			t.Errorf("%s: unparsed as %s, CPython gives %s", line, got, want[i])
		}
	}
}
