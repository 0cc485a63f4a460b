package compile

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestSymtable compares the resolution of every name in every scope of testdata/symtable/NAME.py
// with NAME.sym, written by testdata/symtable/gen.py from CPython's symtable module.
func TestSymtable(t *testing.T) {
	for _, f := range Programs("testdata/symtable") {
		src, mod := ParseProgram(t, f)
		var st *symtable
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%s: %v", f, r)
				}
			}()
			st = buildSymtable(newErrorReporter(f, src), mod.Body, nil, false)
		}()
		var out []string
		dumpScope(st.top, "top", &out)
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".sym")
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(out, "\n") + "\n"; got != string(want) {
			t.Errorf("%s: symbol table differs from CPython's\n--- got\n%s--- want\n%s", f, got, want)
		}
	}
}

var scopeNames = map[symScope]string{scopeLocal: "local", scopeGlobalExplicit: "global_explicit",
	scopeGlobalImplicit: "global_implicit", scopeFree: "free", scopeCell: "cell"}

func dumpScope(s *scope, path string, out *[]string) {
	*out = append(*out, "scope "+path)
	var names []string
	for n := range s.resolved {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		*out = append(*out, fmt.Sprintf("  %s %s", n, scopeNames[s.resolved[n]]))
	}
	seen := map[string]int{}
	for _, c := range s.children {
		n := strings.Trim(c.name, "<>")
		seen[n]++
		if seen[n] > 1 {
			n = fmt.Sprintf("%s#%d", n, seen[n])
		}
		dumpScope(c, path+"/"+n, out)
	}
}
