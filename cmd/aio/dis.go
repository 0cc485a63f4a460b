package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/code"
	"github.com/aiolang/aio/vm/compile"
)

// cmdDis implements `aio dis FILE`: it compiles the file and prints its bytecode, one
// instruction a line with the source line numbers, like `python3 -m dis`.
func cmdDis(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: aio dis FILE")
		return 2
	}
	src, status := readProgram(args[0], stderr)
	if status != 0 {
		return status
	}
	mod, err := parser.ParseFile(args[0], []byte(src))
	if err == nil {
		var c *code.Code
		c, err = compile.Module(mod, args[0], compile.Options{TopLevelAwait: true, Source: []byte(src)})
		if err == nil {
			if err := code.Disassemble(stdout, c, strings.Split(src, "\n")); err != nil {
				fmt.Fprintf(stderr, "aio dis: %v\n", err)
				return 1
			}
			return 0
		}
	}
	var se *ast.SyntaxError
	if errors.As(err, &se) {
		io.WriteString(stderr, se.Format())
	} else {
		fmt.Fprintln(stderr, err)
	}
	return 1
}
