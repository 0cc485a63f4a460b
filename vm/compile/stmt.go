package compile

import (
	"strings"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// compileModule compiles the module body into the module code object.
func (c *compiler) compileModule(body []ast.Stmt) *code.Code {
	s := c.st.top
	c.enterUnit(unitModule, s, "<module>", 1)
	if findAnnotations(body) {
		c.emitOp(code.SETUP_ANNOTATIONS)
	}
	// A module docstring is stored as __doc__.
	if len(body) > 0 && !c.opts.Interactive {
		if doc, ok := docstring(body); ok {
			c.setPos(body[0].Position())
			c.loadConst(doc)
			c.storeName("__doc__")
			body = body[1:]
		}
	}
	for _, st := range body {
		c.stmt(st)
	}
	c.u.pos = ast.Pos{}
	c.loadConst(nil)
	c.emitOp(code.RETURN_VALUE)
	flags := code.FlagModule
	if c.opts.TopLevelAwait && s.coroutine && !s.generator {
		flags |= code.FlagCoroutine
	}
	co := c.assemble(flags)
	c.exitUnit()
	return co
}

// compileExpression compiles an expression into code that returns its value.
func (c *compiler) compileExpression(e ast.Expr) *code.Code {
	c.enterUnit(unitModule, c.st.top, "<module>", 1)
	c.expr(e)
	c.emitOp(code.RETURN_VALUE)
	co := c.assemble(code.FlagModule)
	c.exitUnit()
	return co
}

// docstring returns the docstring of a body: its first statement when that is a string constant.
func docstring(body []ast.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*ast.ExprStmt); ok {
		if k, ok := es.Value.(*ast.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}

// findAnnotations reports whether a module or class body has annotated assignments (outside
// nested functions and classes), which needs SETUP_ANNOTATIONS.
func findAnnotations(body []ast.Stmt) bool {
	for _, s := range body {
		if _, ok := s.(*ast.AnnAssign); ok || anyBlock(s, findAnnotations) {
			return true
		}
	}
	return false
}

// anyBlock reports whether f holds for one of the statement lists of the compound
// statement s: the bodies, else and finally blocks and except clauses of if, for, while,
// with and try (not of def and class, whose bodies are scopes of their own).
func anyBlock(s ast.Stmt, f func([]ast.Stmt) bool) bool {
	switch s := s.(type) {
	case *ast.For:
		return f(s.Body) || f(s.Orelse)
	case *ast.AsyncFor:
		return f(s.Body) || f(s.Orelse)
	case *ast.While:
		return f(s.Body) || f(s.Orelse)
	case *ast.If:
		return f(s.Body) || f(s.Orelse)
	case *ast.With:
		return f(s.Body)
	case *ast.AsyncWith:
		return f(s.Body)
	case *ast.Try:
		return anyTryBlock(s.Body, s.Orelse, s.Finalbody, s.Handlers, f)
	case *ast.TryStar:
		return anyTryBlock(s.Body, s.Orelse, s.Finalbody, s.Handlers, f)
	}
	return false
}

// anyTryBlock is anyBlock for the parts of a try or try/except* statement.
func anyTryBlock(body, orelse, finalbody []ast.Stmt, handlers []ast.ExceptHandlerNode, f func([]ast.Stmt) bool) bool {
	if f(body) || f(orelse) || f(finalbody) {
		return true
	}
	for _, h := range handlers {
		if f(h.(*ast.ExceptHandler).Body) {
			return true
		}
	}
	return false
}

// stmts compiles a statement list.
func (c *compiler) stmts(list []ast.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

// stmt compiles one statement.
func (c *compiler) stmt(s ast.Stmt) {
	c.u.pos = s.Position()
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *ast.AsyncFunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.delete(t)
		}
	case *ast.Assign:
		if c.swapAssign(s) {
			return
		}
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(code.COPY, 1)
			}
			c.store(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.AsyncFor:
		c.asyncFor(s)
	case *ast.While:
		c.whileStmt(s)
	case *ast.If:
		c.ifStmt(s)
	case *ast.With:
		c.with(s)
	case *ast.AsyncWith:
		c.asyncWith(s)
	case *ast.Raise:
		n := uint32(0)
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.emit(code.RAISE_VARARGS, n)
	case *ast.Try:
		c.try(s)
	case *ast.TryStar:
		c.tryStar(s)
	case *ast.Assert:
		c.assert(s)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal, *ast.Pass:
	case *ast.ExprStmt:
		c.exprStmt(s)
	case *ast.Break:
		c.breakStmt(s)
	case *ast.Continue:
		c.continueStmt(s)
	default:
		panic("compile: unknown statement")
	}
}

// exprStmt compiles an expression statement (printed in interactive mode).
func (c *compiler) exprStmt(s *ast.ExprStmt) {
	if c.opts.Interactive && c.u.kind == unitModule && len(c.units) == 0 {
		c.expr(s.Value)
		c.emitOp(code.PRINT_EXPR)
		return
	}
	if k, ok := s.Value.(*ast.Constant); ok {
		_ = k // a constant statement (docstring-like) has no effect
		return
	}
	c.expr(s.Value)
	c.emitOp(code.POP_TOP)
}

// assert compiles assert (never optimized away).
func (c *compiler) assert(s *ast.Assert) {
	if t, ok := s.Test.(*ast.Tuple); ok && len(t.Elts) > 0 {
		c.warn(s.Pos, "assertion is always true, perhaps remove parentheses?")
	}
	end := c.newLabel()
	c.jumpIf(s.Test, end, true)
	c.emitOp(code.LOAD_ASSERTION_ERROR)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.emit(code.CALL, 1)
	}
	c.emit(code.RAISE_VARARGS, 1)
	c.placeLabel(end)
}

// importStmt compiles import a.b.c [as d].
func (c *compiler) importStmt(s *ast.Import) {
	for _, a := range s.Names {
		c.loadConst(int64(0))
		c.loadConst(nil)
		c.emit(code.IMPORT_NAME, c.u.addName(a.Name))
		if a.Asname != "" {
			parts := strings.Split(a.Name, ".")
			if len(parts) > 1 {
				for i, p := range parts[1:] {
					c.emit(code.IMPORT_FROM, c.u.addName(p))
					if i < len(parts)-2 {
						c.emit(code.SWAP, 2)
						c.emitOp(code.POP_TOP)
					}
				}
				c.storeName(a.Asname)
				c.emitOp(code.POP_TOP)
			} else {
				c.storeName(a.Asname)
			}
		} else {
			name := a.Name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				name = name[:i]
			}
			c.storeName(name)
		}
	}
}

// importFrom compiles from m import a [as b], … and from m import *.
func (c *compiler) importFrom(s *ast.ImportFrom) {
	c.checkLateFuture(s)
	names := make(code.Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	c.loadConst(int64(s.Level))
	c.loadConst(names)
	c.emit(code.IMPORT_NAME, c.u.addName(s.Module))
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.emitOp(code.IMPORT_STAR)
		return
	}
	for _, a := range s.Names {
		c.u.pos = a.Pos
		c.emit(code.IMPORT_FROM, c.u.addName(a.Name))
		name := a.Asname
		if name == "" {
			name = a.Name
		}
		c.storeName(name)
	}
	c.u.pos = s.Pos
	c.emitOp(code.POP_TOP)
}

// ---- assignments ----

// swapAssign compiles `a, b = x, y` (and three-element forms) without building a tuple, as
// CPython's optimizer does.
func (c *compiler) swapAssign(s *ast.Assign) bool {
	if len(s.Targets) != 1 {
		return false
	}
	var left, right []ast.Expr
	switch t := s.Targets[0].(type) {
	case *ast.Tuple:
		left = t.Elts
	case *ast.List:
		left = t.Elts
	default:
		return false
	}
	switch v := s.Value.(type) {
	case *ast.Tuple:
		if _, ok := constTuple(v.Elts); ok {
			return false
		}
		right = v.Elts
	case *ast.List:
		right = v.Elts
	default:
		return false
	}
	if len(left) != len(right) || len(left) < 2 || len(left) > 3 {
		return false
	}
	for _, e := range append(append([]ast.Expr(nil), left...), right...) {
		if _, ok := e.(*ast.Starred); ok {
			return false
		}
	}
	for _, e := range right {
		c.expr(e)
	}
	c.emit(code.SWAP, uint32(len(left)))
	for _, e := range left {
		c.store(e)
	}
	return true
}

// augAssign compiles augmented assignment to names, attributes and subscripts.
func (c *compiler) augAssign(s *ast.AugAssign) {
	op := binaryOp(s.Op) + code.BinInplaceAdd
	switch t := s.Target.(type) {
	case *ast.Name:
		c.u.pos = t.Pos
		start := len(c.u.instrs)
		c.loadName(t.Id)
		if len(c.u.instrs) == start+1 && c.u.instrs[start].op == code.LOAD_FAST {
			c.u.augLoads = append(c.u.augLoads, start)
		}
		c.expr(s.Value)
		c.u.pos = s.Pos
		c.emit(code.BINARY_OP, uint32(op))
		c.u.pos = t.Pos
		c.storeName(t.Id)
	case *ast.Attribute:
		old := c.setPos(t.Pos)
		c.expr(t.Value)
		c.emit(code.COPY, 1)
		c.emit(code.LOAD_ATTR, c.u.addName(c.mangle(t.Attr)))
		c.u.pos = old
		c.expr(s.Value)
		c.emit(code.BINARY_OP, uint32(op))
		c.u.pos = t.Pos
		c.emit(code.SWAP, 2)
		c.emit(code.STORE_ATTR, c.u.addName(c.mangle(t.Attr)))
	case *ast.Subscript:
		old := c.setPos(t.Pos)
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(code.COPY, 2)
		c.emit(code.COPY, 2)
		c.emitOp(code.BINARY_SUBSCR)
		c.u.pos = old
		c.expr(s.Value)
		c.emit(code.BINARY_OP, uint32(op))
		c.u.pos = t.Pos
		c.emit(code.SWAP, 3)
		c.emit(code.SWAP, 2)
		c.emitOp(code.STORE_SUBSCR)
	default:
		c.fail(s.Target.Position(), "'"+ast.ExprName(s.Target)+"' is an illegal expression for augmented assignment")
	}
}

// annAssign compiles an annotated assignment; module and class bodies record simple
// names' annotations in __annotations__.
func (c *compiler) annAssign(s *ast.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.store(s.Target)
	}
	atTop := c.u.kind == unitModule || c.u.kind == unitClass
	switch t := s.Target.(type) {
	case *ast.Name:
		if s.Simple != 0 && atTop {
			c.u.pos = s.Pos
			c.annotation(s.Annotation)
			c.loadName("__annotations__")
			c.loadConst(c.mangle(t.Id))
			c.emitOp(code.STORE_SUBSCR)
		}
		return
	case *ast.Attribute:
		if s.Value == nil {
			c.expr(t.Value)
			c.emitOp(code.POP_TOP)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.expr(t.Value)
			c.emitOp(code.POP_TOP)
			c.expr(t.Slice)
			c.emitOp(code.POP_TOP)
		}
	}
	if atTop && !c.future.annotations {
		c.expr(s.Annotation)
		c.emitOp(code.POP_TOP)
	}
}
