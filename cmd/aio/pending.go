package main

// TEMPORARY: stand-ins until the vm facade is committed.

import (
	"fmt"
	"io"
)

func cmdRun(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, ok := parseRunArgs(args, stderr)
	if !ok {
		return 2
	}
	_ = opts
	fmt.Fprintln(stderr, "aio: running programs is not implemented yet")
	return 1
}

func cmdREPL(opts runOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "aio: the REPL is not implemented yet")
	return 1
}

func cmdDis(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "aio: dis is not implemented yet")
	return 1
}
