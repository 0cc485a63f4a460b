package main

import (
	"bytes"
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
