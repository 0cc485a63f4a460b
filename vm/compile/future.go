package compile

import (
	"github.com/aiolang/aio/ast"
)

// futureFeatures are the `from __future__ import …` features of CPython 3.11; all but
// annotations (PEP 563) are no-ops.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// future holds what a module's future statements enable.
type future struct {
	annotations bool // annotations are stored as strings, not evaluated
	lastLine    int  // line of the last valid future statement (0: none)
}

// parseFuture reads the future statements at the start of a module body (after its
// docstring) and checks their features, as CPython's future.c does.
func parseFuture(er *errorReporter, body []ast.Stmt) future {
	var f future
	for i, s := range body {
		if i == 0 {
			if _, ok := docstring(body); ok {
				continue
			}
		}
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		for _, a := range imp.Names {
			switch {
			case a.Name == "braces":
				panic(syntaxError{er.errorAt(pointPos(imp.Pos), "not a chance")})
			case a.Name == "annotations":
				f.annotations = true
			case !futureFeatures[a.Name]:
				panic(syntaxError{er.errorAt(pointPos(imp.Pos), "future feature "+a.Name+" is not defined")})
			}
		}
		f.lastLine = imp.Lineno
	}
	return f
}

// pointPos drops the end of a position (for errors CPython locates at one point).
func pointPos(p ast.Pos) ast.Pos {
	p.EndLineno, p.EndColOffset = 0, 0
	return p
}

// checkLateFuture rejects a future statement after the module's first statements.
func (c *compiler) checkLateFuture(s *ast.ImportFrom) {
	if s.Module == "__future__" && s.Level == 0 && s.Lineno > c.future.lastLine {
		c.fail(s.Pos, "from __future__ imports must occur at the beginning of the file")
	}
}

// checkAnnotation rejects what CPython forbids in an annotation that is kept as a string.
func (st *symtable) checkAnnotation(e ast.Expr) {
	ast.Walk(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Yield, *ast.YieldFrom:
			st.fail(n.Position(), "'yield expression' can not be used within an annotation")
		case *ast.Await:
			st.fail(n.Position(), "'await expression' can not be used within an annotation")
		case *ast.NamedExpr:
			st.fail(n.Position(), "'named expression' can not be used within an annotation")
		}
		return true
	})
}
