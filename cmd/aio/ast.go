package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/parser"
)

// cmdAST implements `aio ast FILE`: it prints the file's syntax tree as CPython's
// ast.dump prints it, or the syntax error as CPython displays it (exit status 1).
func cmdAST(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: aio ast FILE")
		return 2
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		fmt.Fprintf(stderr, "aio: can't open file '%s': %v\n", args[0], err)
		return 2
	}
	mod, err := parser.ParseFile(args[0], src)
	if err != nil {
		var se *ast.SyntaxError
		if errors.As(err, &se) {
			io.WriteString(stderr, se.Format())
		} else {
			fmt.Fprintln(stderr, err)
		}
		return 1
	}
	io.WriteString(stdout, ast.Dump(mod))
	io.WriteString(stdout, "\n")
	return 0
}
