package tests

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPackageDocs checks that every package of the module has a doc comment (the quality
// bar of the brief: "a doc comment on every package").
func TestPackageDocs(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not available")
	}
	for _, p := range listPackages(t) {
		if len(p.GoFiles) == 0 || p.Error != nil {
			continue
		}
		if strings.TrimSpace(p.Doc) == "" {
			t.Errorf("%s has no package doc comment", strings.TrimPrefix(p.ImportPath, module+"/"))
		}
	}
}
