package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// TestRunSource runs small programs in-process through the same path as `aio run`.
func TestRunSource(t *testing.T) {
	for _, tc := range []struct {
		name, src    string
		opts         runOptions
		out, errLast string
		status       int
	}{
		{name: "print", src: "print('hi', 1 + 2)\n", out: "hi 3\n"},
		{name: "argv", src: "import sys\nprint(sys.argv)\n", opts: runOptions{argv: []string{"-c", "a"}}, out: "['-c', 'a']\n"},
		{name: "exit", src: "import sys\nprint('x')\nsys.exit(3)\n", out: "x\n", status: 3},
		{name: "exit message", src: "import sys\nsys.exit('bye')\n", errLast: "bye", status: 1},
		{name: "exception", src: "1 / 0\n", errLast: "ZeroDivisionError: division by zero", status: 1},
		{name: "syntax error", src: "x = (\n", errLast: "SyntaxError: '(' was never closed", status: 1},
		// (expected: python3 FILE; pyref's own frames count in its depths)
		{name: "recursion limit at the depth", src: "import sys\nsys.setrecursionlimit(True)\n", status: 1,
			errLast: "RecursionError: cannot set the recursion limit to 1 at the recursion depth 2: the limit is too low"},
		{name: "recursion limit at the depth in a function", src: "import sys\ndef f():\n    sys.setrecursionlimit(2)\nf()\n",
			status: 1, errLast: "RecursionError: cannot set the recursion limit to 2 at the recursion depth 3: the limit is too low"},
		{name: "recursion limit above the depth", src: "import sys\ndef f():\n    sys.setrecursionlimit(5)\n    print(sys.getrecursionlimit())\nf()\n",
			out: "5\n"},
		{name: "virtual clock", src: "import time\ntime.sleep(2)\nprint(time.monotonic(), time.time())\n",
			opts: runOptions{virtualClock: true}, out: "1002.0 1700000002.0\n"},
	} {
		var stdout, stderr bytes.Buffer
		status := runSource(tc.opts, "<string>", tc.src, strings.NewReader(""), &stdout, &stderr)
		if status != tc.status || stdout.String() != tc.out || lastLine(stderr.String()) != tc.errLast {
			t.Errorf("%s: status %d, stdout %q, stderr %q; want %d, %q, last line %q",
				tc.name, status, stdout.String(), stderr.String(), tc.status, tc.out, tc.errLast)
		}
	}
}

// TestStringTraceback checks that a traceback through code named <string> (`aio -c`,
// exec) prints no source lines, as CPython's does (its linecache finds no such file),
// even after a module that execs code of its own was imported. The expected stderr is
// CPython's (python3 -c).
func TestStringTraceback(t *testing.T) {
	for _, tc := range []struct{ src, stderr string }{
		{"import sys\nx = 1\n1/0\n", "Traceback (most recent call last):\n" +
			"  File \"<string>\", line 3, in <module>\nZeroDivisionError: division by zero\n"},
		{"import collections\nexec('x = 1\\n1/0')\n", "Traceback (most recent call last):\n" +
			"  File \"<string>\", line 2, in <module>\n  File \"<string>\", line 2, in <module>\n" +
			"ZeroDivisionError: division by zero\n"},
	} {
		var stdout, stderr bytes.Buffer
		if status := runSource(runOptions{}, "<string>", tc.src, strings.NewReader(""), &stdout, &stderr); status != 1 ||
			stderr.String() != tc.stderr {
			t.Errorf("%q: status %d, stderr %q; want 1, %q", tc.src, status, stderr.String(), tc.stderr)
		}
	}
}

// TestDisAndVersion checks `aio dis` and `aio version` through the command dispatcher.
func TestDisAndVersion(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"p.aio": "x = 1\nprint(x + 2)\n", "bad.aio": "x = (\n"})
	var stdout, stderr bytes.Buffer
	if status := aioMain([]string{"dis", dir + "/p.aio"}, strings.NewReader(""), &stdout, &stderr); status != 0 {
		t.Fatalf("dis: status %d: %s", status, stderr.String())
	}
	for _, want := range []string{"LOAD_CONST", "STORE_NAME", "print"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("dis output lacks %q:\n%s", want, stdout.String())
		}
	}
	stdout.Reset()
	stderr.Reset()
	if status := aioMain([]string{"dis", dir + "/bad.aio"}, strings.NewReader(""), &stdout, &stderr); status != 1 ||
		lastLine(stderr.String()) != "SyntaxError: '(' was never closed" {
		t.Errorf("dis of a syntax error: status %d, %q", status, stderr.String())
	}
	stderr.Reset()
	if status := aioMain([]string{"dis", dir + "/missing.aio"}, strings.NewReader(""), &stdout, &stderr); status != 2 {
		t.Errorf("dis of a missing file: status %d", status)
	}
	stdout.Reset()
	if status := aioMain([]string{"run", "--clock=virtual", dir + "/p.aio"}, strings.NewReader(""), &stdout, &stderr); status != 0 || stdout.String() != "3\n" {
		t.Errorf("run: status %d, %q", status, stdout.String())
	}
}

// TestSysPathImports checks that a directory added to sys.path is searched by import.
func TestSysPathImports(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"mods/helper_mod.aio": "VALUE = 42\n"})
	src := "import sys\nsys.path.insert(0, " + strconv.Quote(dir+"/mods") + ")\nimport helper_mod\nprint(helper_mod.VALUE)\n"
	var stdout, stderr bytes.Buffer
	if status := runSource(runOptions{}, "<string>", src, strings.NewReader(""), &stdout, &stderr); status != 0 || stdout.String() != "42\n" {
		t.Errorf("status %d, stdout %q, stderr %q", status, stdout.String(), stderr.String())
	}
}
