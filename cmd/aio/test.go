package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"time"
)

// testOptions configure `aio test`.
type testOptions struct {
	cmd         []string      // the command a test's absolute path is appended to
	jobs        int           // tests run at once
	timeout     time.Duration // per test
	hangTimeout time.Duration // for `# expect: timeout` tests
	verbose     bool          // also list passing and skipped tests
}

// testResult is the outcome of one golden test.
type testResult struct {
	status  string // "pass", "fail" or "skip"
	message string
	diff    string
}

const testUsage = `usage: aio test [-j N] [-v] [-run REGEXP] [--timeout SECONDS] [--cmd COMMAND] [PATH ...]

Runs every NAME.aio that has a NAME.out beside it (directories are searched recursively;
the default is the current directory) with "aio run --clock=virtual", each in a fresh
temporary directory, and compares its stdout with NAME.out (0x… addresses normalised).
When NAME.err exists the run must fail and the last line of its stderr must equal it.
Directives after the first line: # expect: unordered | exit-only | normalize-uuid | timeout,
# needs: postgres | http-fixture, # reference: none.
Prints a diff for each failure and ends with "N passed, N failed". Exit status 1 on failure.
`

// cmdTest implements `aio test`.
func cmdTest(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("aio test", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, testUsage) }
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "tests run at once")
	timeout := fs.Float64("timeout", 20, "seconds per test")
	hang := fs.Float64("hang-timeout", 5, "seconds after which an 'expect: timeout' test is stopped")
	command := fs.String("cmd", "", "command to run a test (default: this aio with run --clock=virtual)")
	verbose := fs.Bool("v", false, "list passing and skipped tests too")
	run := fs.String("run", "", "only the tests whose path matches this regular expression")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	opts := testOptions{
		jobs:        max(*jobs, 1),
		timeout:     time.Duration(*timeout * float64(time.Second)),
		hangTimeout: time.Duration(*hang * float64(time.Second)),
		verbose:     *verbose,
	}
	if *command != "" {
		opts.cmd = absWords(strings.Fields(*command))
	} else {
		self, err := os.Executable()
		if err != nil {
			fmt.Fprintf(stderr, "aio test: cannot find the aio executable: %v\n", err)
			return 1
		}
		opts.cmd = []string{self, "run", "--clock=virtual"}
	}
	tests, err := discover(fs.Args())
	if err != nil {
		fmt.Fprintf(stderr, "aio test: %v\n", err)
		return 2
	}
	if *run != "" {
		re, err := regexp.Compile(*run)
		if err != nil {
			fmt.Fprintf(stderr, "aio test: -run: %v\n", err)
			return 2
		}
		kept := tests[:0]
		for _, t := range tests {
			if re.MatchString(t.Name) {
				kept = append(kept, t)
			}
		}
		tests = kept
	}
	return runTests(tests, opts, stdout)
}

// absWords makes absolute every word of a command that names an existing file by a relative
// path containing a slash (tests run in a temporary directory), as golden does.
func absWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		if strings.Contains(w, "/") && !strings.HasPrefix(w, "-") && !filepath.IsAbs(w) {
			if _, err := os.Stat(w); err == nil {
				if abs, err := filepath.Abs(w); err == nil {
					out[i] = abs
				}
			}
		}
	}
	return out
}

// runTests runs tests with opts.jobs workers, prints each failure (with its diff) in the
// order of tests, then the summary line; it returns the exit status.
func runTests(tests []goldenTest, opts testOptions, w io.Writer) int {
	results := make([]chan testResult, len(tests))
	for i := range results {
		results[i] = make(chan testResult, 1)
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(opts.jobs, max(len(tests), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results[i] <- runTest(tests[i], opts)
			}
		}()
	}
	go func() {
		for i := range tests {
			work <- i
		}
		close(work)
	}()
	var passed, failed, skipped int
	for i, t := range tests {
		r := <-results[i]
		switch r.status {
		case "pass":
			passed++
			if opts.verbose {
				fmt.Fprintf(w, "ok   %s\n", t.Name)
			}
		case "skip":
			skipped++
			if opts.verbose {
				fmt.Fprintf(w, "skip %s: %s\n", t.Name, r.message)
			}
		default:
			failed++
			fmt.Fprintf(w, "FAIL %s: %s\n", t.Name, r.message)
			io.WriteString(w, r.diff)
		}
	}
	wg.Wait()
	summary := fmt.Sprintf("%d passed, %d failed", passed, failed)
	if skipped > 0 {
		summary += fmt.Sprintf(", %d skipped", skipped)
	}
	fmt.Fprintln(w, summary)
	if failed > 0 {
		return 1
	}
	return 0
}

// runTest runs one golden test and judges it.
func runTest(t goldenTest, opts testOptions) testResult {
	src, err := os.ReadFile(t.Path)
	if err != nil {
		return testResult{status: "fail", message: err.Error()}
	}
	d := parseDirectives(string(src))
	if d.ReferenceNone {
		return testResult{status: "skip", message: "no reference output (reference: none)"}
	}
	for _, need := range d.Needs {
		switch need {
		case "postgres":
			if os.Getenv("AIO_PG") == "" {
				return testResult{status: "skip", message: "needs postgres (set AIO_PG)"}
			}
		default:
			return testResult{status: "skip", message: "needs " + need + " (use ../shared/tools/golden)"}
		}
	}
	wantOut, err := os.ReadFile(t.outPath())
	if err != nil {
		return testResult{status: "fail", message: "missing " + filepath.Base(t.outPath())}
	}
	wantErr, hasErr := "", false
	if b, err := os.ReadFile(t.errPath()); err == nil {
		wantErr, hasErr = lastLine(string(b)), true
	}
	abs, err := filepath.Abs(t.Path)
	if err != nil {
		return testResult{status: "fail", message: err.Error()}
	}
	limit := opts.timeout
	if d.Timeout {
		limit = opts.hangTimeout
	}
	run, err := runIsolated(append(opts.cmd[:len(opts.cmd):len(opts.cmd)], abs), limit)
	if err != nil {
		return testResult{status: "fail", message: err.Error()}
	}
	return judge(t, d, run, string(wantOut), wantErr, hasErr, limit)
}

// runOutcome is what a test's process did.
type runOutcome struct {
	exit     int  // exit status (meaningless when timedOut)
	timedOut bool // stopped by the time limit
	stdout   string
	stderr   string
}

// judge compares a run with the expectations of its test.
func judge(t goldenTest, d directives, run runOutcome, wantOut, wantErr string, hasErr bool, limit time.Duration) testResult {
	var problems []string
	switch {
	case d.Timeout:
		if !run.timedOut {
			problems = append(problems, fmt.Sprintf("expected it to run until stopped, but it exited with status %d", run.exit))
		}
	case run.timedOut:
		problems = append(problems, fmt.Sprintf("timed out after %v", limit))
	case hasErr:
		if run.exit == 0 {
			problems = append(problems, "exited 0, expected a failure")
		}
		if !d.ExitOnly {
			got, want := lastLine(normalize(run.stderr, false)), normalize(wantErr, false)
			if got != want {
				problems = append(problems, fmt.Sprintf("last stderr line %q, expected %q", got, want))
			}
		}
	case run.exit != 0:
		msg := lastLine(run.stderr)
		if len(msg) > 200 {
			msg = msg[:200]
		}
		problems = append(problems, fmt.Sprintf("exit status %d: %s", run.exit, msg))
	}
	diff := ""
	if !d.ExitOnly {
		same, dd := compareStdout(filepath.Base(t.Name), wantOut, run.stdout, d)
		if !same {
			msg := "stdout differs"
			if d.Unordered {
				msg += " (as sorted lines)"
			}
			problems = append(problems, msg)
			diff = dd
		}
	}
	if len(problems) > 0 {
		return testResult{status: "fail", message: strings.Join(problems, "; "), diff: diff}
	}
	return testResult{status: "pass"}
}

// runIsolated runs argv in a fresh temporary directory (removed afterwards) with stdin
// empty, stopping it (and its process group) after limit.
func runIsolated(argv []string, limit time.Duration) (runOutcome, error) {
	dir, err := os.MkdirTemp("", "aio-test-")
	if err != nil {
		return runOutcome{}, err
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONUNBUFFERED=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	isolateProcess(cmd)
	cmd.WaitDelay = 2 * time.Second
	err = cmd.Run()
	o := runOutcome{stdout: out.String(), stderr: errb.String()}
	if ctx.Err() != nil {
		o.timedOut = true
		return o, nil
	}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		o.exit = ee.ExitCode()
		if o.exit < 0 { // killed by a signal
			o.exit = 128 + 9
		}
	default:
		return o, fmt.Errorf("cannot run %s: %v", strings.Join(argv[:len(argv)-1], " "), err)
	}
	return o, nil
}
