package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.aio": "", "a.out": "",
		"b.aio":     "", // no .out: not a test when found by directory search
		"sub/c.aio": "", "sub/c.out": "", "sub/c.err": "",
		"sub/deep/d.aio": "", "sub/deep/d.out": "",
		".hidden/e.aio": "", ".hidden/e.out": "",
		"testdata/f.aio": "", "testdata/f.out": "",
		"notes.txt": "",
	})
	tests, err := discover([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tt := range tests {
		rel, _ := filepath.Rel(dir, tt.Path)
		got = append(got, rel)
	}
	want := []string{"a.aio", "sub/c.aio", "sub/deep/d.aio", "testdata/f.aio"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discover(dir) = %v, want %v", got, want)
	}

	// Files are taken as given (with or without .aio), duplicates dropped.
	tests, err = discover([]string{filepath.Join(dir, "b.aio"), filepath.Join(dir, "a"), filepath.Join(dir, "a.aio")})
	if err != nil {
		t.Fatal(err)
	}
	if len(tests) != 2 || tests[0].Name != filepath.Join(dir, "b") || tests[1].outPath() != filepath.Join(dir, "a.out") {
		t.Errorf("discover(files) = %+v", tests)
	}

	if _, err := discover([]string{filepath.Join(dir, "missing")}); err == nil {
		t.Errorf("discover(missing) succeeded")
	}
}

func TestParseDirectives(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want directives
	}{
		{"# origin: somewhere\n# expect: unordered\nprint(1)\n", directives{Unordered: true}},
		{"# expect: unordered\nprint(1)\n", directives{Unordered: true}},
		{"# origin\n#expect:exit-only\n# expect: normalize-uuid  \n# needs: postgres\n",
			directives{ExitOnly: true, NormalizeUUID: true, Needs: []string{"postgres"}}},
		{"# origin\n# expect: timeout\n# reference: none\n", directives{Timeout: true, ReferenceNone: true}},
		{"# origin\n\n# expect: unordered\n", directives{}}, // a blank line ends the directives
		{"# origin\nx = 1\n# expect: unordered\n", directives{}},
		{"# origin\n# reference: hand-written\n", directives{}},
		{"", directives{}},
	} {
		if got := parseDirectives(tc.src); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseDirectives(%q) = %+v, want %+v", tc.src, got, tc.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		in    string
		uuids bool
		want  string
	}{
		{"<coroutine object f at 0x7f3a2b1c9d40>", false, "<coroutine object f at 0x?>"},
		{"0xABC and 0x1", false, "0x? and 0x?"},
		{"no address", false, "no address"},
		{"id 123e4567-e89b-12d3-a456-426614174000 done", true, "id <uuid> done"},
		{"id 123e4567-e89b-12d3-a456-426614174000 done", false, "id 123e4567-e89b-12d3-a456-426614174000 done"},
	} {
		if got := normalize(tc.in, tc.uuids); got != tc.want {
			t.Errorf("normalize(%q, %v) = %q, want %q", tc.in, tc.uuids, got, tc.want)
		}
	}
}

func TestLastLine(t *testing.T) {
	for in, want := range map[string]string{
		"Traceback:\n  x\nValueError: boom\n\n": "ValueError: boom",
		"one  \r\n":                             "one",
		"":                                      "",
		"\n \n":                                 "",
	} {
		if got := lastLine(in); got != want {
			t.Errorf("lastLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCompareStdout(t *testing.T) {
	if ok, _ := compareStdout("x", "a at 0x1\n", "a at 0xdeadbeef\n", directives{}); !ok {
		t.Errorf("addresses not normalised")
	}
	if ok, _ := compareStdout("x", "a\nb\n", "b\na\n", directives{Unordered: true}); !ok {
		t.Errorf("unordered lines compared in order")
	}
	if ok, _ := compareStdout("x", "a\nb\n", "b\na", directives{Unordered: true}); !ok {
		t.Errorf("unordered: a missing final newline matters")
	}
	if ok, _ := compareStdout("x", "a\nb\n", "a\na\n", directives{Unordered: true}); ok {
		t.Errorf("unordered: multiset difference not seen")
	}
	ok, diff := compareStdout("x", "a\nb\n", "b\na\n", directives{})
	if ok || !strings.HasPrefix(diff, "--- x.out\n+++ stdout\n") {
		t.Errorf("compareStdout in order = %v, %q", ok, diff)
	}
}

func TestUnifiedDiff(t *testing.T) {
	lines := func(n int, change map[int]string) string {
		var sb strings.Builder
		for i := 1; i <= n; i++ {
			if s, ok := change[i]; ok {
				if s != "" {
					sb.WriteString(s + "\n")
				}
				continue
			}
			sb.WriteString("line" + string(rune('0'+i/10)) + string(rune('0'+i%10)) + "\n")
		}
		return sb.String()
	}
	for _, tc := range []struct {
		name      string
		want, got string
		diff      string
	}{
		{"equal", "a\n", "a\n", ""},
		{"change", "a\nb\nc\n", "a\nB\nc\n", "--- w\n+++ g\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"},
		{"append", "a\n", "a\nb\n", "--- w\n+++ g\n@@ -1 +1,2 @@\n a\n+b\n"},
		{"from empty", "", "a\n", "--- w\n+++ g\n@@ -0,0 +1 @@\n+a\n"},
		{"to empty", "a\nb\n", "", "--- w\n+++ g\n@@ -1,2 +0,0 @@\n-a\n-b\n"},
		{"no newline", "a\n", "a", "--- w\n+++ g\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n"},
		{"two hunks", lines(20, nil), lines(20, map[int]string{2: "X", 19: ""}),
			"--- w\n+++ g\n@@ -1,5 +1,5 @@\n line01\n-line02\n+X\n line03\n line04\n line05\n" +
				"@@ -16,5 +16,4 @@\n line16\n line17\n line18\n-line19\n line20\n"},
		{"merged hunks", lines(12, nil), lines(12, map[int]string{2: "X", 8: "Y"}),
			"--- w\n+++ g\n@@ -1,11 +1,11 @@\n line01\n-line02\n+X\n line03\n line04\n line05\n line06\n line07\n-line08\n+Y\n line09\n line10\n line11\n"},
	} {
		if got := unifiedDiff("w", "g", tc.want, tc.got); got != tc.diff {
			t.Errorf("%s: unifiedDiff =\n%s\nwant\n%s", tc.name, got, tc.diff)
		}
	}
}

func TestJudge(t *testing.T) {
	tt := goldenTest{Path: "t.aio", Name: "t"}
	for _, tc := range []struct {
		name    string
		d       directives
		run     runOutcome
		wantOut string
		wantErr string
		hasErr  bool
		status  string
		message string
	}{
		{"pass", directives{}, runOutcome{stdout: "hi\n"}, "hi\n", "", false, "pass", ""},
		{"exit status", directives{}, runOutcome{exit: 1, stdout: "hi\n", stderr: "Traceback\nValueError: x\n"}, "hi\n", "", false,
			"fail", "exit status 1: ValueError: x"},
		{"error pass", directives{}, runOutcome{exit: 1, stderr: "Traceback\nValueError: at 0x12\n"}, "", "ValueError: at 0x34", true, "pass", ""},
		{"error exit 0", directives{}, runOutcome{stderr: "ValueError: x\n"}, "", "ValueError: x", true, "fail", "exited 0, expected a failure"},
		{"error line", directives{}, runOutcome{exit: 1, stderr: "KeyError: 1\n"}, "", "ValueError: x", true,
			"fail", `last stderr line "KeyError: 1", expected "ValueError: x"`},
		{"exit-only", directives{ExitOnly: true}, runOutcome{exit: 1, stdout: "other", stderr: "KeyError: 1\n"}, "x", "ValueError: x", true, "pass", ""},
		{"timeout", directives{}, runOutcome{timedOut: true}, "", "", false, "fail", "timed out after 1s"},
		{"expected hang", directives{Timeout: true}, runOutcome{timedOut: true, stdout: "a\n"}, "a\n", "", false, "pass", ""},
		{"hang ended", directives{Timeout: true}, runOutcome{stdout: "a\n"}, "a\n", "", false,
			"fail", "expected it to run until stopped, but it exited with status 0"},
		{"stdout", directives{}, runOutcome{stdout: "b\n"}, "a\n", "", false, "fail", "stdout differs"},
		{"unordered", directives{Unordered: true}, runOutcome{stdout: "b\n"}, "a\n", "", false, "fail", "stdout differs (as sorted lines)"},
	} {
		r := judge(tt, tc.d, tc.run, tc.wantOut, tc.wantErr, tc.hasErr, time.Second)
		if r.status != tc.status || r.message != tc.message {
			t.Errorf("%s: judge = %s %q, want %s %q", tc.name, r.status, r.message, tc.status, tc.message)
		}
	}
}
