package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/aiolang/aio/stdlib"
)

// TestStdlibImports imports every standard library module in a fresh interpreter.
func TestStdlibImports(t *testing.T) {
	for _, def := range stdlib.Modules() {
		var stdout, stderr bytes.Buffer
		src := "import " + def.Name + "\nprint(" + def.Name + ".__name__)\n"
		status := runSource(runOptions{virtualClock: true}, "<string>", src, strings.NewReader(""), &stdout, &stderr)
		if status != 0 {
			t.Errorf("import %s: status %d: %s", def.Name, status, lastLine(stderr.String()))
		}
	}
}
