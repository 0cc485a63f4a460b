package ast

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// SyntaxError is a compile-time error found by the lexer, the parser or the compiler, with the
// position CPython reports. Kind is the exception class: "SyntaxError", "IndentationError" or
// "TabError".
type SyntaxError struct {
	Kind     string
	Msg      string
	Filename string
	// Line and Col locate the error: 1-based line, 1-based column in characters (CPython's
	// SyntaxError.offset). EndLine and EndCol (exclusive, characters) mark the end of the
	// offending range when CPython underlines more than one character; zero when unknown.
	Line, Col, EndLine, EndCol int
	// Text is the source line of Line, without its line ending.
	Text string
	// AtEOF reports an error found only at the end of the input (a block that never came):
	// CPython shows the line without a caret then.
	AtEOF bool
}

// Error returns "Kind: Msg (filename, line N)" as CPython's str() of the exception would
// identify it.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Kind, e.Msg, e.Filename, e.Line)
}

// Format returns the error as CPython prints it when it is not caught:
//
//	  File "FILE", line N
//	    source line
//	        ^^^
//	SyntaxError: message
//
// The source line is shown without its indentation, and the caret line is shifted to match.
func (e *SyntaxError) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	if e.Text != "" {
		text := strings.TrimRight(e.Text, "\r\n")
		trimmed := strings.TrimLeft(text, " \t\f")
		removed := utf8.RuneCountInString(text) - utf8.RuneCountInString(trimmed)
		fmt.Fprintf(&b, "    %s\n", trimmed)
		// Like CPython, no caret when the error lies in the indentation (left of the shown
		// text) or at the end of the input.
		if start := e.Col - 1 - removed; e.Col > 0 && start >= 0 && !e.AtEOF {
			width := 1
			if e.EndLine == e.Line && e.EndCol > e.Col {
				width = e.EndCol - e.Col
			}
			if n := utf8.RuneCountInString(trimmed); start+width > n+1 {
				width = n + 1 - start
				if width < 1 {
					width = 1
				}
			}
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", start), strings.Repeat("^", width))
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}
