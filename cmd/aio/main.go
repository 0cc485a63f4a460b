// Command aio runs aio programs: a Python-flavoured scripting language whose heart is
// async/await.
//
// Usage:
//
//	aio                                      interactive prompt (REPL)
//	aio [--clock=virtual|real] FILE [ARG…]   run a program (same as aio run)
//	aio [--clock=virtual|real] -c CODE [ARG…]  run CODE
//	aio run [--clock=virtual|real] FILE [ARG…]
//	aio ast FILE                             print the syntax tree like CPython's ast.dump
//	aio dis FILE                             print the bytecode like python3 -m dis
//	aio test [-j N] [-v] [-run RE] [PATH…]   run golden tests (NAME.aio + NAME.out)
//	aio version                              print the version
//
// Exit statuses follow python3: the program's status (1 after an uncaught exception,
// sys.exit's code), and 2 for a usage error or a file that cannot be opened.
//
// With AIO_CPUPROFILE=FILE in the environment, aio writes a CPU profile of the whole run
// to FILE (bench/pgo merges such profiles into default.pgo, the profile the Go toolchain
// uses to optimise this command).
package main

import (
	"fmt"
	"io"
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
)

// version is aio's version, printed by `aio version`.
const version = "0.1.0"

// pythonVersion is the CPython version whose behaviour aio follows.
const pythonVersion = "3.11"

const usage = `usage: aio [--clock=virtual|real] [-c CODE | FILE | -] [ARG ...]
       aio run [--clock=virtual|real] [-c CODE | FILE | -] [ARG ...]
       aio ast FILE
       aio dis FILE
       aio test [-j N] [-v] [-run REGEXP] [--timeout SECONDS] [PATH ...]
       aio version

With no arguments, aio starts an interactive prompt.
  --clock=real     time passes as usual (the default)
  --clock=virtual  nothing really waits: time jumps to the next timer (as ../shared/tools/pyref)
  -c CODE          run CODE; sys.argv is ['-c', ARG ...]
  -                read the program from standard input
`

func main() {
	setGCPolicy()
	stop := startCPUProfile(os.Getenv("AIO_CPUPROFILE"))
	status := aioMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(status)
}

// startCPUProfile starts a CPU profile written to path (nothing when path is empty) and
// returns the function that stops it.
func startCPUProfile(path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "aio: AIO_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// aioMain dispatches the command line args and returns the exit status.
func aioMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return cmdREPL(runOptions{}, stdin, stdout, stderr)
	}
	switch args[0] {
	case "run":
		return cmdRun(args[1:], stdin, stdout, stderr)
	case "ast":
		return cmdAST(args[1:], stdout, stderr)
	case "dis":
		return cmdDis(args[1:], stdout, stderr)
	case "test":
		return cmdTest(args[1:], stdout, stderr)
	case "version", "--version", "-V":
		fmt.Fprintf(stdout, "aio %s (Python %s semantics)\n", version, pythonVersion)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	return cmdRun(args, stdin, stdout, stderr)
}

// runOptions are the options shared by `aio run`, `aio -c` and the REPL.
type runOptions struct {
	virtualClock bool
	code         string // -c CODE
	hasCode      bool
	file         string // the program's path, "-" for standard input
	argv         []string
}

// usageError prints msg and the usage line as python3 does, and returns status 2.
func usageError(stderr io.Writer, msg string) int {
	fmt.Fprintln(stderr, msg)
	fmt.Fprint(stderr, "usage: aio [--clock=virtual|real] [-c CODE | FILE | -] [ARG ...]\n")
	fmt.Fprint(stderr, "Try `aio -h' for more information.\n")
	return 2
}

// parseRunArgs reads the options before the program (--clock, -c) and the program's
// arguments. ok is false after a usage error (already printed).
func parseRunArgs(args []string, stderr io.Writer) (opts runOptions, ok bool) {
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "--clock" || strings.HasPrefix(a, "--clock="):
			v, found := strings.CutPrefix(a, "--clock=")
			if !found {
				if len(args) < 2 {
					usageError(stderr, "Argument expected for the --clock option")
					return opts, false
				}
				v, args = args[1], args[1:]
			}
			switch v {
			case "virtual":
				opts.virtualClock = true
			case "real":
				opts.virtualClock = false
			default:
				usageError(stderr, fmt.Sprintf("unknown clock %q (want virtual or real)", v))
				return opts, false
			}
			args = args[1:]
		case a == "-c" || (strings.HasPrefix(a, "-c") && a != "-c" && !strings.HasPrefix(a, "--")):
			code, found := strings.CutPrefix(a, "-c")
			args = args[1:]
			if code == "" || !found {
				if len(args) == 0 {
					usageError(stderr, "Argument expected for the -c option")
					return opts, false
				}
				code, args = args[0], args[1:]
			}
			opts.code, opts.hasCode = code, true
			opts.argv = append([]string{"-c"}, args...)
			return opts, true
		case a == "--":
			args = args[1:]
			if len(args) > 0 {
				opts.file, opts.argv = args[0], args
			}
			return opts, true
		case a == "-":
			opts.file, opts.argv = "-", args
			return opts, true
		case strings.HasPrefix(a, "-"):
			usageError(stderr, "unknown option "+a)
			return opts, false
		default:
			opts.file, opts.argv = a, args
			return opts, true
		}
	}
	return opts, true
}

// GC policy. aio programs allocate many small short-lived objects, so collecting rarely
// saves CPU time. The collector starts at gcPercentMin; after every collection the
// percentage is recomputed from the live heap so that the next heap target stays near
// gcHeapBudget, between gcPercentMin and gcPercentMax. Programs whose live heap stays
// small run at 1000 (heap growth 11x: about 10% less CPU time than 400 on bench/methods
// and bench/exceptions); programs with a large or growing live heap collect as often as
// they did at GOGC=400 and their peak memory does not grow (bench/async_gather). (A soft
// memory limit instead made the scavenger return memory all the time: more system time
// and a higher peak on bench/dicts.) GOGC from the environment turns the policy off;
// GOMEMLIMIT is honoured by the Go runtime either way.
const (
	gcPercentMax = 1000
	gcPercentMin = 400
	gcHeapBudget = 64 << 20
)

func setGCPolicy() {
	if os.Getenv("GOGC") != "" {
		return
	}
	t := &gcTuner{percent: gcPercentMin, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	debug.SetGCPercent(t.percent)
	t.arm()
}

// gcTuner sets the GC percentage from the live heap after each collection. A finalizer
// on an unreachable sentinel runs once per cycle and re-arms itself.
type gcTuner struct {
	percent int
	sample  []metrics.Sample
}

type gcSentinel struct{ t *gcTuner }

func (t *gcTuner) arm() {
	goruntime.SetFinalizer(&gcSentinel{t: t}, func(s *gcSentinel) { s.t.tune() })
}

func (t *gcTuner) tune() {
	metrics.Read(t.sample)
	p := gcPercentMax
	if v := t.sample[0].Value; v.Kind() == metrics.KindUint64 {
		if live := v.Uint64(); live > 0 && live*uint64(1+gcPercentMax/100) > gcHeapBudget {
			p = max(gcPercentMin, int(gcHeapBudget/live)*100-100)
		}
	}
	if p != t.percent {
		t.percent = p
		debug.SetGCPercent(p)
	}
	t.arm()
}
