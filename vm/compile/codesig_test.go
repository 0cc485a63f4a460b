package compile_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/aiolang/aio/vm/code"
)

// TestCodeSignatures compares the metadata of every code object — qualified name, first
// line, parameter counts, kind flags, local variable names in slot order, cell and free
// variables — with CPython's, for the test programs and the CPython standard library
// installed here. It needs python3 (skipped without it, and with -short).
func TestCodeSignatures(t *testing.T) {
	compareWithCPython(t, "codesig.py", "code objects", []string{"testdata/*/*.py"}, signatures)
}

func signatures(c *code.Code, out *[]string) {
	var flags []string
	for _, p := range []struct {
		f code.Flags
		n string
	}{{code.FlagGenerator, "gen"}, {code.FlagCoroutine, "coro"}, {code.FlagAsyncGenerator, "agen"},
		{code.FlagVarargs, "varargs"}, {code.FlagVarKeywords, "varkw"}} {
		if c.Flags&p.f != 0 {
			flags = append(flags, p.n)
		}
	}
	sorted := func(s []string) string {
		c := append([]string(nil), s...)
		sort.Strings(c)
		return strings.Join(c, " ")
	}
	*out = append(*out, fmt.Sprintf("%s|%s|%d|%d,%d,%d|%s|%s|%s|%s", c.QualName, c.Name, c.FirstLine,
		c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, strings.Join(flags, ","),
		strings.Join(c.VarNames, " "), sorted(c.CellVars), sorted(c.FreeVars)))
	for _, k := range c.Consts {
		if s, ok := k.(*code.Code); ok {
			signatures(s, out)
		}
	}
}
