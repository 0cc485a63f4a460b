package main

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// fakeAio stands in for `aio run`: it prints the lines of the program that start with "#> "
// on stdout, those that start with "#! " on stderr, and exits with status 1 if it printed to
// stderr; a program containing "#hang" sleeps.
const fakeAio = `f="$0"
grep -q '^#hang' "$f" && sleep 10
sed -n 's/^#> //p' "$f"
if grep -q '^#! ' "$f"; then sed -n 's/^#! //p' "$f" >&2; exit 1; fi
exit 0`

func TestRunTests(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"ok.aio": "#> hello at 0x1234\n", "ok.out": "hello at 0xffff\n",
		"bad.aio": "#> one\n#> two\n", "bad.out": "one\n2\n",
		"err.aio": "#> partial\n#! Traceback\n#! ValueError: boom\n", "err.out": "partial\n", "err.err": "ValueError: boom\n",
		"sub/un.aio": "# origin\n# expect: unordered\n#> b\n#> a\n", "sub/un.out": "a\nb\n",
		"sub/skip.aio": "# origin\n# reference: none\n", "sub/skip.out": "",
		"sub/hang.aio": "#hang\n", "sub/hang.out": "",
		"sub/hang2.aio": "# origin\n# expect: timeout\n#hang\n", "sub/hang2.out": "",
	})
	tests, err := discover([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	status := runTests(tests, testOptions{
		cmd:         []string{"sh", "-c", fakeAio},
		jobs:        4,
		timeout:     time.Second,
		hangTimeout: 500 * time.Millisecond,
	}, &out)
	got := out.String()
	if status != 1 {
		t.Errorf("status %d, want 1", status)
	}
	for _, want := range []string{
		"FAIL " + dir + "/bad: stdout differs\n--- bad.out\n+++ stdout\n@@ -1,2 +1,2 @@\n one\n-2\n+two\n",
		"FAIL " + dir + "/sub/hang: timed out after 1s\n",
		"\n4 passed, 2 failed, 1 skipped\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "/ok") || strings.Contains(got, "/err") || strings.Contains(got, "/un") {
		t.Errorf("a passing test was reported:\n%s", got)
	}
}

func TestParseRunArgs(t *testing.T) {
	var stderr bytes.Buffer
	for _, tc := range []struct {
		args []string
		want runOptions
		ok   bool
	}{
		{[]string{"f.aio", "a", "--clock=real"}, runOptions{file: "f.aio", argv: []string{"f.aio", "a", "--clock=real"}}, true},
		{[]string{"--clock=virtual", "f.aio"}, runOptions{virtualClock: true, file: "f.aio", argv: []string{"f.aio"}}, true},
		{[]string{"--clock", "virtual", "-c", "print(1)", "x"}, runOptions{virtualClock: true, code: "print(1)", hasCode: true, argv: []string{"-c", "x"}}, true},
		{[]string{"-cprint(1)"}, runOptions{code: "print(1)", hasCode: true, argv: []string{"-c"}}, true},
		{[]string{"-", "a"}, runOptions{file: "-", argv: []string{"-", "a"}}, true},
		{[]string{"--", "-f.aio"}, runOptions{file: "-f.aio", argv: []string{"-f.aio"}}, true},
		{[]string{}, runOptions{}, true},
		{[]string{"-c"}, runOptions{}, false},
		{[]string{"--clock=fast", "f.aio"}, runOptions{}, false},
		{[]string{"--bogus"}, runOptions{}, false},
	} {
		got, ok := parseRunArgs(tc.args, &stderr)
		if ok != tc.ok || (ok && !equalRunOptions(got, tc.want)) {
			t.Errorf("parseRunArgs(%q) = %+v, %v; want %+v, %v", tc.args, got, ok, tc.want, tc.ok)
		}
	}
}

func equalRunOptions(a, b runOptions) bool {
	return a.virtualClock == b.virtualClock && a.code == b.code && a.hasCode == b.hasCode &&
		a.file == b.file && strings.Join(a.argv, "\x00") == strings.Join(b.argv, "\x00") && len(a.argv) == len(b.argv)
}
