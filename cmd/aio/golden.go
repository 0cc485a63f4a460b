package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// This file holds the pure parts of `aio test`: finding golden tests, reading their
// directives, and normalising and comparing their output. They follow the rules of
// ../shared/tools/golden, so a test passes under `aio test` exactly when it passes there.

// goldenTest is one NAME.aio program with the expectations that sit beside it.
type goldenTest struct {
	Path string // the .aio file
	Name string // Path without its .aio suffix, as given (relative paths stay relative)
}

// outPath is the expected-stdout file of t.
func (t goldenTest) outPath() string { return t.Name + ".out" }

// errPath is the expected-stderr file of t (its last non-empty line is compared).
func (t goldenTest) errPath() string { return t.Name + ".err" }

// discover returns the golden tests under paths, in a stable order: a directory contributes
// every NAME.aio below it (recursively) that has a NAME.out beside it; a file argument (with
// or without its .aio suffix) is taken as given, with or without its .out, so that a missing
// expectation is reported rather than silently skipped. With no paths, the current directory
// is searched.
func discover(paths []string) ([]goldenTest, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	var tests []goldenTest
	seen := map[string]bool{}
	add := func(path string) {
		clean := filepath.Clean(path)
		if seen[clean] {
			return
		}
		seen[clean] = true
		tests = append(tests, goldenTest{Path: clean, Name: strings.TrimSuffix(clean, ".aio")})
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil && !strings.HasSuffix(p, ".aio") {
			if info2, err2 := os.Stat(p + ".aio"); err2 == nil && !info2.IsDir() {
				add(p + ".aio")
				continue
			}
		}
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				name := d.Name()
				if path != p && strings.HasPrefix(name, ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(path, ".aio") {
				if _, err := os.Stat(strings.TrimSuffix(path, ".aio") + ".out"); err == nil {
					found = append(found, path)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return tests, nil
}

// directives are the `# expect:`, `# needs:` and `# reference:` comment lines of a test.
type directives struct {
	Unordered     bool // stdout lines are compared as a sorted multiset
	ExitOnly      bool // only the exit status is compared
	NormalizeUUID bool // UUIDs in stdout become <uuid>
	Timeout       bool // the program never ends by itself: stop it and compare what it printed
	Needs         []string
	ReferenceNone bool // no reference output could be made: skip
}

var directiveRE = regexp.MustCompile(`^#\s*(expect|needs|reference)\s*:\s*(\S.*?)\s*$`)

// parseDirectives reads the directive lines of src. Like golden, it reads the comment lines
// that follow the first line (a sample's origin line) and stops at the first line that is
// not a directive; unlike golden, a directive on the first line itself counts too, so the
// project's own tests may start with one.
func parseDirectives(src string) directives {
	var d directives
	lines := strings.Split(src, "\n")
	for i, line := range lines {
		m := directiveRE.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			if i == 0 {
				continue
			}
			break
		}
		switch kind, value := m[1], m[2]; kind {
		case "expect":
			switch value {
			case "unordered":
				d.Unordered = true
			case "exit-only":
				d.ExitOnly = true
			case "normalize-uuid":
				d.NormalizeUUID = true
			case "timeout":
				d.Timeout = true
			}
		case "needs":
			d.Needs = append(d.Needs, value)
		case "reference":
			if value == "none" {
				d.ReferenceNone = true
			}
		}
	}
	return d
}

var (
	addrRE = regexp.MustCompile(`0x[0-9a-fA-F]+`)
	uuidRE = regexp.MustCompile(`\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b`)
)

// normalize replaces every hexadecimal address (0x…) by 0x? and, when uuids is set, every
// UUID by <uuid>, so that outputs that differ only there compare equal.
func normalize(text string, uuids bool) string {
	if strings.Contains(text, "0x") {
		text = addrRE.ReplaceAllString(text, "0x?")
	}
	if uuids {
		text = uuidRE.ReplaceAllString(text, "<uuid>")
	}
	return text
}

// lastLine is the last non-empty line of text, without trailing white space.
func lastLine(text string) string {
	lines := strings.Split(text, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return strings.TrimRight(lines[i], " \t\r")
		}
	}
	return ""
}

// sortedLines returns the lines of text sorted, joined again with a final newline.
func sortedLines(text string) string {
	lines := splitLines(text)
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\n")
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}

// compareStdout compares a test's stdout with its expectation under d's rules. It returns
// whether they match and, when they do not, a unified diff from want to got.
func compareStdout(name, want, got string, d directives) (bool, string) {
	want, got = normalize(want, d.NormalizeUUID), normalize(got, d.NormalizeUUID)
	if d.Unordered {
		want, got = sortedLines(want), sortedLines(got)
	}
	if want == got {
		return true, ""
	}
	return false, unifiedDiff(name+".out", "stdout", want, got)
}
