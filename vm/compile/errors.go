package compile

import (
	"strings"
	"unicode/utf8"

	"github.com/aiolang/aio/ast"
)

// errorReporter builds SyntaxErrors with CPython's positions: 1-based line, 1-based column in
// characters, and (when the source is known) the text of the line.
type errorReporter struct {
	filename string
	lines    []string // source lines, if known
}

// newErrorReporter returns a reporter for errors in filename, quoting lines of src if given.
func newErrorReporter(filename string, src []byte) *errorReporter {
	r := &errorReporter{filename: filename}
	if src != nil {
		r.lines = strings.SplitAfter(string(src), "\n")
	}
	return r
}

// errorAt returns a SyntaxError for msg located at the node's span.
func (r *errorReporter) errorAt(p ast.Pos, msg string) *ast.SyntaxError {
	e := &ast.SyntaxError{Kind: "SyntaxError", Msg: msg, Filename: r.filename, Line: p.Lineno}
	e.Col = r.charCol(p.Lineno, p.ColOffset) + 1
	if p.EndLineno > 0 {
		e.EndLine = p.EndLineno
		e.EndCol = r.charCol(p.EndLineno, p.EndColOffset) + 1
	}
	if p.Lineno >= 1 && p.Lineno <= len(r.lines) {
		e.Text = strings.TrimRight(r.lines[p.Lineno-1], "\r\n")
		if e.EndLine > e.Line {
			// CPython underlines a span that continues on later lines up to the end of
			// its first line; so does a span ending there.
			e.EndLine = e.Line
			e.EndCol = utf8.RuneCountInString(e.Text) + 1
		}
	}
	return e
}

// charCol converts a UTF-8 byte offset within a line into a character offset.
func (r *errorReporter) charCol(line, byteCol int) int {
	if line < 1 || line > len(r.lines) {
		return byteCol
	}
	s := r.lines[line-1]
	if byteCol > len(s) {
		return byteCol
	}
	return utf8.RuneCountInString(s[:byteCol])
}

// syntaxError is the panic value used to abort compilation at the first error; it never
// escapes the package (compile.Module and compile.Expression recover it).
type syntaxError struct{ err *ast.SyntaxError }
