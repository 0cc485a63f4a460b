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

// compareWithCPython compares, for the test programs the patterns match and the CPython
// standard library installed here, what describe writes of each compiled module with what
// the CPython script testdata/SCRIPT prints for it ("FILE name" then the description); what
// names the description in failures. Generators (gen.py), error cases and fuzz inputs are
// left out. It needs python3 (skipped without it, and with -short).
func compareWithCPython(t *testing.T, script, what string, patterns []string, describe func(*code.Code, *[]string)) {
	if testing.Short() {
		t.Skip("-short")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	var files []string
	seen := map[string]bool{}
	for _, pattern := range append(patterns, "/usr/lib/python3.11/*.py", "/usr/lib/python3.11/*/*.py") {
		m, _ := filepath.Glob(pattern)
		for _, f := range m {
			if !seen[f] && !strings.HasSuffix(f, "gen.py") && !strings.Contains(f, "testdata/errors") && !strings.Contains(f, "testdata/fuzz") {
				seen[f] = true
				files = append(files, f)
			}
		}
	}
	out, err := exec.Command(py, append([]string{"testdata/" + script}, files...)...).Output()
	if err != nil {
		t.Fatalf("%s: %v", script, err)
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
		describe(co, &lines)
		if got := strings.Join(lines, "\n") + "\n"; got != w {
			t.Errorf("%s: %s differ from CPython's\n%s", f, what, diffLines(got, w))
		}
		compared++
	}
	t.Logf("%d files compared", compared)
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
