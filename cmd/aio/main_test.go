package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chzyer/readline"
)

// fakeLines feeds the REPL loop scripted lines.
type fakeLines struct {
	lines   []string
	prompts []string
}

func (f *fakeLines) Readline() (string, error) {
	if len(f.lines) == 0 {
		return "", io.EOF
	}
	l := f.lines[0]
	f.lines = f.lines[1:]
	if l == "^C" {
		return "", readline.ErrInterrupt
	}
	return l, nil
}

func (f *fakeLines) SetPrompt(p string) { f.prompts = append(f.prompts, p) }

func TestREPLLoop(t *testing.T) {
	rl := &fakeLines{lines: []string{
		"x = 1",
		"",
		"if x:",
		"    print(x)",
		"",
		"(1 +",
		"",
		" 2)",
		"half = (",
		"^C",
		"raise SystemExit(4)",
		"never()",
	}}
	var got []string
	var out bytes.Buffer
	status := repl(rl, func(src string) int {
		got = append(got, src)
		if strings.HasPrefix(src, "raise SystemExit") {
			return 4
		}
		return -1
	}, &out)
	if status != 4 {
		t.Errorf("status %d, want 4", status)
	}
	want := []string{"x = 1\n", "if x:\n    print(x)\n\n", "(1 +\n\n 2)\n", "raise SystemExit(4)\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("statements %q, want %q", got, want)
	}
	if out.String() != "KeyboardInterrupt\n" {
		t.Errorf("output %q", out.String())
	}
	if rl.prompts[3] != "... " {
		t.Errorf("prompts %q", rl.prompts)
	}
}

func TestReadProgram(t *testing.T) {
	var stderr bytes.Buffer
	dir := t.TempDir()
	missing := filepath.Join(dir, "nofile.aio")
	if _, status := readProgram(missing, &stderr); status != 2 {
		t.Errorf("missing file: status %d", status)
	}
	if want := "aio: can't open file '" + missing + "': [Errno 2] No such file or directory\n"; stderr.String() != want {
		t.Errorf("missing file: %q, want %q", stderr.String(), want)
	}
	stderr.Reset()
	if _, status := readProgram(dir, &stderr); status != 1 || !strings.Contains(stderr.String(), "can't find '__main__' module") {
		t.Errorf("directory: status %d, %q", status, stderr.String())
	}
	p := filepath.Join(dir, "ok.aio")
	os.WriteFile(p, []byte("print(1)\n"), 0o644)
	if src, status := readProgram(p, &stderr); status != 0 || src != "print(1)\n" {
		t.Errorf("readProgram = %q, %d", src, status)
	}
}

func TestUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := aioMain([]string{"--bogus"}, strings.NewReader(""), &stdout, &stderr); status != 2 {
		t.Errorf("--bogus: status %d", status)
	}
	if !strings.HasPrefix(stderr.String(), "unknown option --bogus\nusage: aio") {
		t.Errorf("--bogus: %q", stderr.String())
	}
	stdout.Reset()
	if status := aioMain([]string{"version"}, nil, &stdout, &stderr); status != 0 || !strings.HasPrefix(stdout.String(), "aio ") {
		t.Errorf("version: %d %q", status, stdout.String())
	}
}
