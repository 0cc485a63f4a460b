package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib"
	"github.com/aiolang/aio/vm"
)

// cmdRun implements `aio run` (and `aio FILE`, `aio -c CODE`): it runs a program and
// returns its exit status.
func cmdRun(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, ok := parseRunArgs(args, stderr)
	if !ok {
		return 2
	}
	switch {
	case opts.hasCode:
		return runSource(opts, "<string>", opts.code, stdin, stdout, stderr)
	case opts.file == "":
		return cmdREPL(opts, stdin, stdout, stderr)
	case opts.file == "-":
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "aio: cannot read standard input: %v\n", err)
			return 1
		}
		return runSource(opts, "<stdin>", string(src), strings.NewReader(""), stdout, stderr)
	}
	src, status := readProgram(opts.file, stderr)
	if status != 0 {
		return status
	}
	return runSource(opts, opts.file, src, stdin, stdout, stderr)
}

// readProgram reads a program file, printing CPython's message when it cannot be opened
// ("can't open file '/abs/x.aio': [Errno 2] No such file or directory", status 2).
func readProgram(path string, stderr io.Writer) (string, int) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		fmt.Fprintf(stderr, "aio: can't find '__main__' module in '%s'\n", path)
		return "", 1
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "aio: can't open file '%s': %s\n", abs, errnoString(err))
		return "", 2
	}
	return string(src), 0
}

// errnoString formats an OS error as CPython does: "[Errno 2] No such file or directory".
func errnoString(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// newInterpreter makes an interpreter with the standard library for opts.
func newInterpreter(opts runOptions, stdin io.Reader, stdout, stderr io.Writer) *vm.Interpreter {
	return vm.New(vm.Options{
		Stdout:       stdout,
		Stderr:       stderr,
		Stdin:        stdin,
		Argv:         opts.argv,
		VirtualClock: opts.virtualClock,
		Modules:      stdlib.Modules(),
	})
}

// runSource runs a program's source as __main__ and returns its exit status.
func runSource(opts runOptions, filename, src string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := newOutput(stdout)
	defer flushOutput(out)
	interp := newInterpreter(opts, stdin, out, stderr)
	if filename != "<string>" && filename != "<stdin>" {
		// Like CPython, the script's code (tracebacks, __file__) names it by its absolute
		// path; sys.argv[0] keeps the path as given.
		if abs, err := filepath.Abs(filename); err == nil {
			filename = abs
			interp.Interp().Path = append([]string{filepath.Dir(abs)}, interp.Interp().Path...)
		}
	} else {
		interp.Interp().Path = append([]string{""}, interp.Interp().Path...)
	}
	status := interp.RunString(filename, src)
	runAtexit(interp)
	// what CPython's last garbage collection reports (pending tasks, unretrieved
	// exceptions), once it restored the standard streams
	restoreStdStreams(interp)
	runtime.FinalizeAsync(interp.Thread())
	return status
}

// restoreStdStreams sets sys.stdin, sys.stdout and sys.stderr back to sys.__stdin__,
// sys.__stdout__ and sys.__stderr__ (if the program imported sys), as CPython's
// finalization does before the last collection.
func restoreStdStreams(interp *vm.Interpreter) {
	m, ok := interp.Interp().Modules.GetStr("sys")
	if !ok {
		return
	}
	th := interp.Thread()
	for _, name := range []string{"stdin", "stdout", "stderr"} {
		if v, err := runtime.GetAttr(th, m, "__"+name+"__"); err == nil {
			_ = runtime.SetAttr(th, m, name, v)
		}
	}
}

// runAtexit runs the functions registered with atexit (if the program imported it).
func runAtexit(interp *vm.Interpreter) {
	in := interp.Interp()
	m, ok := in.Modules.GetStr("atexit")
	if !ok {
		return
	}
	th := interp.Thread()
	fn, err := runtime.GetAttr(th, m, "_run_exitfuncs")
	if err != nil {
		return
	}
	if _, err := runtime.Call(th, fn, nil, nil); err != nil {
		interp.ReportError(err)
	}
}
