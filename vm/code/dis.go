package code

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/aiolang/aio/internal/pyrepr"
)

// Disassemble writes a listing of c and, after it, of every code object nested in its
// constants, in the style of `python3 -m dis`: one instruction a line with the source line
// number where a new line starts, ">>" before jump targets, the argument and its meaning.
// If src (the source lines; src[0] is line 1) is given, each new line also shows its text.
func Disassemble(w io.Writer, c *Code, src []string) error {
	d := disassembler{w: w, src: src}
	d.code(c, true)
	return d.err
}

type disassembler struct {
	w   io.Writer
	src []string
	err error
}

// printf writes to the output unless an earlier write failed.
func (d *disassembler) printf(format string, args ...any) {
	if d.err == nil {
		_, d.err = fmt.Fprintf(d.w, format, args...)
	}
}

// code writes the listing of c (under a "Disassembly of" heading unless top), then those of
// the code objects among its constants.
func (d *disassembler) code(c *Code, top bool) {
	if !top {
		d.printf("\nDisassembly of %s:\n", CodeRepr(c))
	}
	targets := map[int]bool{}
	for _, in := range c.Code {
		if IsJump(in.Op()) {
			targets[int(in.Arg())] = true
		}
	}
	for _, e := range c.ExceptTable {
		targets[int(e.Handler)] = true
	}
	lastLine := int32(-1)
	for pc, in := range c.Code {
		pos := c.Position(pc)
		lineCol := ""
		if pos.Line != lastLine {
			if pc > 0 {
				d.printf("\n")
			}
			lastLine = pos.Line
			if pos.Line > 0 {
				lineCol = strconv.Itoa(int(pos.Line))
				if d.src != nil && int(pos.Line) <= len(d.src) {
					d.printf("%4s   # %s\n", "", strings.TrimSpace(d.src[pos.Line-1]))
				}
			} else {
				lineCol = "--"
			}
		}
		mark := "  "
		if targets[pc] {
			mark = ">>"
		}
		op := in.Op()
		line := fmt.Sprintf("%3s     %s %5d %s", lineCol, mark, pc, op)
		if hasArg(op) {
			line = fmt.Sprintf("%-33s %4d", line, in.Arg())
			if m := d.meaning(c, in); m != "" {
				line += " (" + m + ")"
			}
		}
		d.printf("%s\n", line)
	}
	if len(c.ExceptTable) > 0 {
		d.printf("ExceptionTable:\n")
		for _, e := range c.ExceptTable {
			lasti := ""
			if e.Lasti {
				lasti = " lasti"
			}
			d.printf("  %d to %d -> %d [%d]%s\n", e.Start, e.End-1, e.Handler, e.Depth, lasti)
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			d.code(sub, false)
		}
	}
}

// hasArg reports whether the listing shows the argument of op (CPython's opcodes without
// one have none to show).
func hasArg(op Opcode) bool {
	switch op {
	case NOP, POP_TOP, PUSH_NULL, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR,
		UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_INVERT, UNARY_NOT, GET_ITER, LIST_TO_TUPLE,
		RETURN_VALUE, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, PUSH_EXC_INFO, POP_EXCEPT,
		CHECK_EXC_MATCH, CHECK_EG_MATCH, PREP_RERAISE_STAR, BEFORE_WITH, WITH_EXCEPT_START,
		GET_YIELD_FROM_ITER, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH,
		IMPORT_STAR, SETUP_ANNOTATIONS, PRINT_EXPR:
		return false
	}
	return true
}

// meaning returns what the argument of in stands for (a constant, a name, an operator, a
// jump target), or "".
func (d *disassembler) meaning(c *Code, in Instr) string {
	arg := int(in.Arg())
	name := func(list []string, i int) string {
		if i < len(list) {
			return list[i]
		}
		return "?"
	}
	switch op := in.Op(); op {
	case LOAD_CONST:
		if arg < len(c.Consts) {
			return ConstRepr(c.Consts[arg])
		}
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		return name(c.VarNames, arg)
	case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		return name(c.Names, arg)
	case LOAD_SUPER_ATTR:
		return name(c.Names, arg>>1)
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		if arg < len(c.CellVars) {
			return c.CellVars[arg]
		}
		return name(c.FreeVars, arg-len(c.CellVars))
	case BINARY_OP:
		return BinaryOp(arg).String()
	case COMPARE_OP:
		return CompareOp(arg).String()
	case FORMAT_VALUE:
		s := [...]string{"", "str", "repr", "ascii"}[arg&FormatConvMask]
		if arg&FormatHasSpec != 0 {
			if s != "" {
				s += ", "
			}
			s += "with format"
		}
		return s
	case YIELD_VALUE:
		if arg != 0 {
			return fmt.Sprintf("delegation, exit to %d", arg)
		}
	case UNPACK_EX:
		return fmt.Sprintf("%d before, %d after", arg&0xff, arg>>8)
	default:
		if IsJump(op) {
			return fmt.Sprintf("to %d", arg)
		}
	}
	return ""
}

// CodeRepr returns `<code object NAME, file "FILE", line N>`.
func CodeRepr(c *Code) string {
	return fmt.Sprintf("<code object %s, file %q, line %d>", c.Name, c.Filename, c.FirstLine)
}

// ConstRepr returns Python's repr of a constant as CPython writes it (scalars through
// internal/pyrepr, tuples element by element, code objects as CodeRepr).
func ConstRepr(v any) string {
	if s, ok := pyrepr.Scalar(v); ok {
		return s
	}
	switch v := v.(type) {
	case Ellipsis:
		return "Ellipsis"
	case Tuple:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = ConstRepr(e)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Code:
		return CodeRepr(v)
	}
	return fmt.Sprintf("%v", v)
}
