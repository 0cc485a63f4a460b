package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/chzyer/readline"

	"github.com/aiolang/aio/lexer"
)

// cmdREPL runs the interactive prompt. When standard input is not a terminal, it is read
// as a program instead, as python3 does.
func cmdREPL(opts runOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	f, isFile := stdin.(*os.File)
	if !isFile || !readline.IsTerminal(int(f.Fd())) {
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "aio: cannot read standard input: %v\n", err)
			return 1
		}
		opts.argv = []string{""}
		return runSource(opts, "<stdin>", string(src), strings.NewReader(""), stdout, stderr)
	}
	cfg := &readline.Config{
		Prompt:            ">>> ",
		InterruptPrompt:   "^C",
		EOFPrompt:         "",
		HistorySearchFold: true,
		Stdin:             f,
		Stdout:            stdout,
		Stderr:            stderr,
	}
	if home, err := os.UserHomeDir(); err == nil {
		cfg.HistoryFile = filepath.Join(home, ".aio_history")
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "aio: %v\n", err)
		return 1
	}
	defer rl.Close()
	opts.argv = []string{""}
	interp := newInterpreter(opts, rl.Config.Stdin, rl.Stdout(), rl.Stderr())
	fmt.Fprintf(rl.Stdout(), "aio %s (Python %s language) on %s\nType Ctrl-D to exit.\n", version, pythonVersion, runtime.GOOS)
	return repl(rl, func(src string) int {
		if err := interp.Exec(src); err != nil {
			return interp.ReportError(err)
		}
		return -1
	}, rl.Stdout())
}

// lineReader is what the REPL loop needs of readline (a fake in tests).
type lineReader interface {
	Readline() (string, error)
	SetPrompt(string)
}

// repl reads statements (several lines while lexer.Incomplete says the input goes on)
// and hands each to exec, which returns an exit status to stop with (a SystemExit) or -1.
func repl(rl lineReader, exec func(src string) int, stdout io.Writer) int {
	// lines are joined without a final newline, as lexer.Incomplete expects: an empty last
	// line (a final "\n") is what ends a compound statement.
	var lines []string
	for {
		if len(lines) == 0 {
			rl.SetPrompt(">>> ")
		} else {
			rl.SetPrompt("... ")
		}
		line, err := rl.Readline()
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			fmt.Fprintln(stdout, "KeyboardInterrupt")
			lines = nil
			continue
		case err != nil: // io.EOF: Ctrl-D
			fmt.Fprintln(stdout)
			return 0
		}
		if len(lines) == 0 && strings.TrimSpace(line) == "" {
			continue
		}
		lines = append(lines, line)
		src := strings.Join(lines, "\n")
		if lexer.Incomplete(src) {
			continue
		}
		lines = nil
		if status := exec(src + "\n"); status >= 0 {
			return status
		}
	}
}
