package tests

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/aiolang/aio"

// importRule says which packages of aio a package may import. Standard-library packages are
// always allowed; participle only where listed.
type importRule struct {
	// pattern is a package path relative to the module ("ast", "stdlib/*", "cmd/...").
	pattern string
	// allowed are the module-relative paths (or patterns) it may import; "participle" means
	// github.com/alecthomas/participle/v2 and its packages, "participle/lexer" that package
	// alone, "*" anything.
	allowed []string
}

// importRules are the rules of docs/ARCHITECTURE.md. internal/ helpers (such as
// internal/pyrepr) may be used by every package.
var importRules = []importRule{
	{"ast", []string{"internal/..."}},
	{"lexer", []string{"participle/lexer", "internal/..."}},
	{"parser", []string{"lexer", "ast", "participle", "internal/..."}},
	{"vm/code", []string{"internal/..."}},
	{"vm/compile", []string{"ast", "vm/code", "internal/..."}},
	{"runtime", []string{"internal/..."}},
	{"vm", []string{"runtime", "vm/code", "vm/compile", "parser", "ast", "internal/..."}},
	{"stdlib", []string{"runtime", "stdlib/...", "internal/..."}},
	{"stdlib/...", []string{"runtime", "stdlib/...", "internal/..."}},
	{"internal/...", []string{"internal/..."}},
	{"cmd/...", []string{"*"}},
	{"bench/...", []string{"*"}},
	{"examples/...", []string{"*"}},
	{"tests", []string{"*"}},
}

// matches reports whether the module-relative path rel matches pattern: an exact path, or
// "dir/..." for the packages below dir.
func matches(pattern, rel string) bool {
	if p, ok := strings.CutSuffix(pattern, "/..."); ok {
		return strings.HasPrefix(rel, p+"/")
	}
	return pattern == rel
}

// ruleFor returns the rule of the module-relative package path rel, if any.
func ruleFor(rel string) (importRule, bool) {
	for _, r := range importRules {
		if matches(r.pattern, rel) {
			return r, true
		}
	}
	return importRule{}, false
}

// isStd reports whether an import path belongs to Go's standard library (no dot in its first
// element).
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// allowedImport reports whether a package under rule r may import path.
func allowedImport(r importRule, path string) bool {
	if isStd(path) {
		return true
	}
	for _, a := range r.allowed {
		switch a {
		case "*":
			return true
		case "participle":
			if path == "github.com/alecthomas/participle/v2" || strings.HasPrefix(path, "github.com/alecthomas/participle/v2/") {
				return true
			}
			continue
		case "participle/lexer":
			if path == "github.com/alecthomas/participle/v2/lexer" {
				return true
			}
			continue
		}
		if rel, ok := strings.CutPrefix(path, module+"/"); ok && matches(a, rel) {
			return true
		}
	}
	return false
}

// goPackage is the part of `go list -json` this test reads.
type goPackage struct {
	ImportPath string
	Doc        string
	GoFiles    []string
	Imports    []string
	Deps       []string
	Error      *struct{ Err string }
}

// listPackages runs `go list -json` over the whole module.
func listPackages(t *testing.T) []goPackage {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-json", module+"/...")
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	var pkgs []goPackage
	for {
		var p goPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("decoding go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

// TestImportRules checks every package's direct imports against the rules of
// ARCHITECTURE.md, and that no stdlib module nor the runtime depends on the vm, even
// indirectly.
func TestImportRules(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not available")
	}
	pkgs := listPackages(t)
	if len(pkgs) == 0 {
		t.Fatal("go list found no packages")
	}
	for _, p := range pkgs {
		rel, ok := strings.CutPrefix(p.ImportPath, module+"/")
		if !ok {
			if p.ImportPath == module {
				rel = "."
			} else {
				continue
			}
		}
		r, ok := ruleFor(rel)
		if !ok {
			t.Errorf("%s: no import rule for this package (add one to tests/imports_test.go and ARCHITECTURE.md)", rel)
			continue
		}
		for _, imp := range p.Imports {
			if !allowedImport(r, imp) {
				t.Errorf("%s imports %s, which ARCHITECTURE.md does not allow", rel, imp)
			}
		}
		if rel == "runtime" || rel == "stdlib" || strings.HasPrefix(rel, "stdlib/") {
			for _, d := range p.Deps {
				if d == module+"/vm" || strings.HasPrefix(d, module+"/vm/") || d == module+"/parser" {
					t.Errorf("%s depends on %s (indirectly): it must not", rel, d)
				}
			}
		}
	}
}

// TestImportRuleTable checks the rule matcher itself.
func TestImportRuleTable(t *testing.T) {
	for _, tc := range []struct {
		pkg, imp string
		ok       bool
	}{
		{"ast", "fmt", true},
		{"ast", module + "/internal/pyrepr", true},
		{"ast", module + "/lexer", false},
		{"lexer", "github.com/alecthomas/participle/v2/lexer", true},
		{"lexer", "github.com/alecthomas/participle/v2", false},
		{"parser", "github.com/alecthomas/participle/v2", true},
		{"parser", module + "/runtime", false},
		{"vm/compile", module + "/ast", true},
		{"vm/compile", module + "/runtime", false},
		{"runtime", module + "/vm", false},
		{"stdlib/time", module + "/runtime", true},
		{"stdlib/time", module + "/vm", false},
		{"stdlib", module + "/stdlib/math", true},
		{"vm", module + "/stdlib/time", false},
		{"cmd/aio", module + "/vm", true},
	} {
		r, ok := ruleFor(tc.pkg)
		if !ok {
			t.Errorf("no rule for %s", tc.pkg)
			continue
		}
		if got := allowedImport(r, tc.imp); got != tc.ok {
			t.Errorf("%s importing %s: allowed = %v, want %v", tc.pkg, tc.imp, got, tc.ok)
		}
	}
}
