package compile

import (
	"strings"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

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
		switch s := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *ast.While:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *ast.If:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *ast.With:
			if findAnnotations(s.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnnotations(s.Body) {
				return true
			}
		case *ast.Try:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.(*ast.ExceptHandler).Body) {
					return true
				}
			}
		case *ast.TryStar:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.(*ast.ExceptHandler).Body) {
					return true
				}
			}
		}
	}
	return false
}

func (c *compiler) stmts(list []ast.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

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
		c.with(s, 0)
	case *ast.AsyncWith:
		c.asyncWith(s, 0)
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

// ---- simple statements ----

func (c *compiler) returnStmt(s *ast.Return) {
	if c.u.scope.kind != functionScope {
		c.fail(s.Pos, "'return' outside function")
	}
	if s.Value != nil && c.u.scope.coroutine && c.u.scope.generator {
		c.fail(s.Pos, "'return' with value in async generator")
	}
	_, isConst := s.Value.(*ast.Constant)
	preserve := s.Value != nil && !isConst
	if preserve {
		c.expr(s.Value)
	}
	c.u.pos = s.Pos
	c.unwindAll(preserve, s.Pos)
	if s.Value == nil {
		c.loadConst(nil)
	} else if !preserve {
		c.constant(s.Value.(*ast.Constant))
	}
	c.emitOp(code.RETURN_VALUE)
}

func (c *compiler) breakStmt(s *ast.Break) {
	loop := c.unwindToLoop(s.Pos, "'break' outside loop")
	c.u.pos = s.Pos
	saved := c.u.handler
	c.unwindBlock(loop, false)
	c.emitJump(code.JUMP, loop.exit)
	c.u.handler = saved
}

func (c *compiler) continueStmt(s *ast.Continue) {
	loop := c.unwindToLoop(s.Pos, "'continue' not properly in loop")
	c.u.pos = s.Pos
	c.emitJump(code.JUMP_BACKWARD, loop.start)
}

// unwindToLoop emits the cleanup of the blocks inside the innermost loop and returns the loop
// (failing with msg if there is none).
func (c *compiler) unwindToLoop(p ast.Pos, msg string) *fblock {
	fbs := c.u.fblocks
	i := len(fbs) - 1
	for ; i >= 0; i-- {
		if fbs[i].kind == fbWhile || fbs[i].kind == fbFor {
			break
		}
		if fbs[i].kind == fbExceptionGroupHandler {
			c.fail(p, "'break', 'continue' and 'return' cannot appear in an except* block")
		}
	}
	if i < 0 {
		c.fail(p, msg)
	}
	loop := fbs[i]
	saved := c.u.handler
	c.unwindRange(i+1, false, p)
	c.u.handler = saved
	return &loop
}

// unwindAll emits the cleanup of every block (for return).
func (c *compiler) unwindAll(preserve bool, p ast.Pos) {
	saved := c.u.handler
	c.unwindRange(0, preserve, p)
	c.u.handler = saved
}

// unwindRange unwinds the blocks fblocks[from:] innermost first; while a block's cleanup is
// emitted, the block stack holds only the blocks outside it.
func (c *compiler) unwindRange(from int, preserve bool, p ast.Pos) {
	fbs := c.u.fblocks
	for i := len(fbs) - 1; i >= from; i-- {
		if fbs[i].kind == fbExceptionGroupHandler {
			c.fail(p, "'break', 'continue' and 'return' cannot appear in an except* block")
		}
		c.u.fblocks = fbs[:i:i] // a finally body compiled here must not overwrite fbs
		fb := fbs[i]
		c.unwindBlock(&fb, preserve)
		c.u.pos = p
	}
	c.u.fblocks = fbs
}

// unwindBlock emits the code leaving one block early (CPython's compiler_unwind_fblock).
func (c *compiler) unwindBlock(fb *fblock, preserve bool) {
	switch fb.kind {
	case fbWhile, fbExceptionGroupHandler:
	case fbFor:
		if preserve {
			c.emit(code.SWAP, 2)
		}
		c.emitOp(code.POP_TOP)
	case fbTryExcept:
		c.u.handler = fb.prev
	case fbFinallyTry:
		c.u.handler = fb.prev
		if preserve {
			c.pushFblock(fblock{kind: fbPopValue})
		}
		c.stmts(fb.finalbody)
		if preserve {
			c.popFblock()
		}
	case fbFinallyEnd:
		if preserve {
			c.emit(code.SWAP, 2)
		}
		c.emitOp(code.POP_TOP)
		if preserve {
			c.emit(code.SWAP, 2)
		}
		c.u.handler = fb.prev
		c.emitOp(code.POP_EXCEPT)
	case fbWith, fbAsyncWith:
		c.u.handler = fb.prev
		c.u.pos = fb.pos
		if preserve {
			c.emit(code.SWAP, 2)
		}
		c.callExit()
		if fb.kind == fbAsyncWith {
			c.emit(code.GET_AWAITABLE, code.AwaitAexit)
			c.loadConst(nil)
			c.delegate()
		}
		c.emitOp(code.POP_TOP)
	case fbHandlerCleanup:
		if preserve {
			c.emit(code.SWAP, 2)
		}
		c.u.handler = fb.prev
		c.emitOp(code.POP_EXCEPT)
		if fb.name != "" {
			c.loadConst(nil)
			c.storeName(fb.name)
			c.deleteName(fb.name)
		}
	case fbPopValue:
		if preserve {
			c.emit(code.SWAP, 2)
		}
		c.emitOp(code.POP_TOP)
	}
}

// callExit calls the __exit__ found on top of the stack with three Nones: exit → result.
func (c *compiler) callExit() {
	c.loadConst(nil)
	c.loadConst(nil)
	c.loadConst(nil)
	c.emit(code.CALL, 3)
}

func (c *compiler) assert(s *ast.Assert) {
	end := c.newLabel()
	c.jumpIf(s.Test, end, true)
	c.u.pos = s.Test.Position() // CPython 3.11 raises at the test's position
	c.emitOp(code.LOAD_ASSERTION_ERROR)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.emit(code.CALL, 1)
	}
	c.emit(code.RAISE_VARARGS, 1)
	c.placeLabel(end)
}

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

func (c *compiler) importFrom(s *ast.ImportFrom) {
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

func (c *compiler) augAssign(s *ast.AugAssign) {
	op := binaryOp(s.Op) + code.BinInplaceAdd
	switch t := s.Target.(type) {
	case *ast.Name:
		c.u.pos = t.Pos
		c.loadName(t.Id)
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
		c.fail(s.Target.Position(), "'"+exprName(s.Target)+"' is an illegal expression for augmented assignment")
	}
}

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
			c.expr(s.Annotation)
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
	if atTop {
		c.expr(s.Annotation)
		c.emitOp(code.POP_TOP)
	}
}

// ---- control flow ----

func (c *compiler) ifStmt(s *ast.If) {
	end := c.newLabel()
	if len(s.Orelse) == 0 {
		c.jumpIf(s.Test, end, false)
		c.stmts(s.Body)
	} else {
		next := c.newLabel()
		c.jumpIf(s.Test, next, false)
		c.stmts(s.Body)
		c.u.pos = s.Pos
		c.emitJump(code.JUMP, end)
		c.placeLabel(next)
		c.stmts(s.Orelse)
	}
	c.placeLabel(end)
}

func (c *compiler) whileStmt(s *ast.While) {
	start, exit, brk := c.newLabel(), c.newLabel(), c.newLabel()
	c.placeLabel(start)
	if !isConstTrue(s.Test) {
		c.jumpIf(s.Test, exit, false)
	}
	c.pushFblock(fblock{kind: fbWhile, start: start, exit: brk})
	c.stmts(s.Body)
	c.popFblock()
	c.u.pos = s.Pos
	c.emitJump(code.JUMP_BACKWARD, start)
	c.placeLabel(exit)
	c.stmts(s.Orelse)
	c.placeLabel(brk)
}

func isConstTrue(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	switch v := k.Value.(type) {
	case bool:
		return v
	case int64:
		return v != 0
	case string:
		return v != ""
	}
	return false
}

func (c *compiler) forStmt(s *ast.For) {
	start, cleanup, brk := c.newLabel(), c.newLabel(), c.newLabel()
	c.iterExpr(s.Iter)
	c.u.pos = s.Pos
	c.emitOp(code.GET_ITER)
	c.placeLabel(start)
	c.emitJump(code.FOR_ITER, cleanup)
	c.pushFblock(fblock{kind: fbFor, start: start, exit: brk})
	c.store(s.Target)
	c.stmts(s.Body)
	c.popFblock()
	c.u.pos = s.Pos
	c.emitJump(code.JUMP_BACKWARD, start)
	c.placeLabel(cleanup)
	c.stmts(s.Orelse)
	c.placeLabel(brk)
}

func (c *compiler) asyncFor(s *ast.AsyncFor) {
	if c.topLevelAwait() {
		c.u.scope.coroutine = true
	} else if c.u.kind != unitAsyncFunction {
		c.fail(s.Pos, "'async for' outside async function")
	}
	start, except, brk := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.u.pos = s.Pos
	c.emitOp(code.GET_AITER)
	c.placeLabel(start)
	c.pushFblock(fblock{kind: fbFor, start: start, exit: brk})
	prev := c.setup(except, 0)
	c.emitOp(code.GET_ANEXT)
	c.loadConst(nil)
	c.delegate()
	c.popBlock(prev)
	c.store(s.Target)
	c.stmts(s.Body)
	c.popFblock()
	c.u.pos = s.Pos
	c.emitJump(code.JUMP_BACKWARD, start)
	c.placeLabel(except)
	c.emitOp(code.END_ASYNC_FOR)
	c.stmts(s.Orelse)
	c.placeLabel(brk)
}

// topLevelAwait reports whether await is allowed here because of Options.TopLevelAwait.
func (c *compiler) topLevelAwait() bool {
	return c.opts.TopLevelAwait && c.u.scope.kind == moduleScope
}

// ---- with ----

func (c *compiler) with(s *ast.With, item int) {
	it := s.Items[item]
	exc, end := c.newLabel(), c.newLabel()
	c.expr(it.ContextExpr)
	c.u.pos = s.Pos
	c.emitOp(code.BEFORE_WITH)
	prev := c.setup(exc, -1)
	c.pushFblock(fblock{kind: fbWith, pos: s.Pos})
	c.u.fblocks[len(c.u.fblocks)-1].prev = prev
	if it.OptionalVars != nil {
		c.store(it.OptionalVars)
	} else {
		c.emitOp(code.POP_TOP)
	}
	if item+1 < len(s.Items) {
		c.with(s, item+1)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock()
	c.popBlock(prev)
	c.u.pos = s.Pos
	c.callExit()
	c.emitOp(code.POP_TOP)
	c.emitJump(code.JUMP, end)
	c.placeLabel(exc)
	c.withExceptFinish(prev, false)
	c.placeLabel(end)
}

// withExceptFinish emits the handler of a with block: exit, exc on the stack.
func (c *compiler) withExceptFinish(outer *handler, async bool) {
	cleanup, suppress := c.newLabel(), c.newLabel()
	c.setup(cleanup, 0)
	c.emitOp(code.PUSH_EXC_INFO)
	c.emitOp(code.WITH_EXCEPT_START)
	if async {
		c.emit(code.GET_AWAITABLE, code.AwaitAexit)
		c.loadConst(nil)
		c.delegate()
	}
	c.emitJump(code.POP_JUMP_IF_TRUE, suppress)
	c.emit(code.RERAISE, 0)
	c.placeLabel(suppress)
	c.emitOp(code.POP_TOP)
	c.popBlock(outer)
	c.emitOp(code.POP_EXCEPT)
	c.emitOp(code.POP_TOP)
	end := c.newLabel()
	c.emitJump(code.JUMP, end)
	c.placeLabel(cleanup)
	c.exceptCleanup()
	c.placeLabel(end)
}

// exceptCleanup emits the handler that restores the previous exception and re-raises:
// prev, exc → .
func (c *compiler) exceptCleanup() {
	c.emit(code.SWAP, 2)
	c.emitOp(code.POP_EXCEPT)
	c.emit(code.RERAISE, 0)
}

func (c *compiler) asyncWith(s *ast.AsyncWith, item int) {
	if c.topLevelAwait() {
		c.u.scope.coroutine = true
	} else if c.u.kind != unitAsyncFunction {
		c.fail(s.Pos, "'async with' outside async function")
	}
	it := s.Items[item]
	exc, end := c.newLabel(), c.newLabel()
	c.expr(it.ContextExpr)
	c.u.pos = s.Pos
	c.emitOp(code.BEFORE_ASYNC_WITH)
	c.emit(code.GET_AWAITABLE, code.AwaitAenter)
	c.loadConst(nil)
	c.delegate()
	prev := c.setup(exc, -1)
	c.pushFblock(fblock{kind: fbAsyncWith, pos: s.Pos})
	c.u.fblocks[len(c.u.fblocks)-1].prev = prev
	if it.OptionalVars != nil {
		c.store(it.OptionalVars)
	} else {
		c.emitOp(code.POP_TOP)
	}
	if item+1 < len(s.Items) {
		c.asyncWith(s, item+1)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock()
	c.popBlock(prev)
	c.u.pos = s.Pos
	c.callExit()
	c.emit(code.GET_AWAITABLE, code.AwaitAexit)
	c.loadConst(nil)
	c.delegate()
	c.emitOp(code.POP_TOP)
	c.emitJump(code.JUMP, end)
	c.placeLabel(exc)
	c.withExceptFinish(prev, true)
	c.placeLabel(end)
}

// delegate emits the SEND loop of yield from / await: receiver, value → result.
func (c *compiler) delegate() {
	send, exit := c.newLabel(), c.newLabel()
	c.placeLabel(send)
	c.emitJump(code.SEND, exit)
	c.emitJump(code.YIELD_VALUE, exit)
	c.emitJump(code.JUMP_BACKWARD, send)
	c.placeLabel(exit)
}

// ---- try ----

func (c *compiler) try(s *ast.Try) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(s.Pos, func() {
			if len(s.Handlers) > 0 {
				c.tryExcept(s.Pos, s.Body, s.Handlers, s.Orelse)
			} else {
				c.stmts(s.Body)
			}
		}, s.Finalbody)
		return
	}
	c.tryExcept(s.Pos, s.Body, s.Handlers, s.Orelse)
}

func (c *compiler) tryFinally(p ast.Pos, body func(), finalbody []ast.Stmt) {
	exc, end := c.newLabel(), c.newLabel()
	prev := c.setup(exc, 0)
	c.pushFblock(fblock{kind: fbFinallyTry, finalbody: finalbody})
	c.u.fblocks[len(c.u.fblocks)-1].prev = prev
	body()
	c.popFblock()
	c.popBlock(prev)
	c.stmts(finalbody)
	c.u.pos = p
	c.emitJump(code.JUMP, end)

	// The finally body run for an exception: exc on the stack.
	c.placeLabel(exc)
	cleanup := c.newLabel()
	c.u.pos = ast.Pos{}
	c.setup(cleanup, 0)
	c.emitOp(code.PUSH_EXC_INFO)
	c.pushFblock(fblock{kind: fbFinallyEnd})
	c.u.fblocks[len(c.u.fblocks)-1].prev = prev
	c.stmts(finalbody)
	c.popFblock()
	c.u.pos = ast.Pos{}
	c.emit(code.RERAISE, 0)
	c.popBlock(prev)
	c.placeLabel(cleanup)
	c.exceptCleanup()
	c.placeLabel(end)
}

func (c *compiler) tryExcept(p ast.Pos, body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse []ast.Stmt) {
	except, end := c.newLabel(), c.newLabel()
	prev := c.setup(except, 0)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.u.fblocks[len(c.u.fblocks)-1].prev = prev
	c.stmts(body)
	c.popFblock()
	c.popBlock(prev)
	c.stmts(orelse)
	c.u.pos = p
	c.emitJump(code.JUMP, end)

	// exc on the stack.
	c.placeLabel(except)
	cleanup := c.newLabel()
	c.u.pos = ast.Pos{}
	c.setup(cleanup, 0)
	c.emitOp(code.PUSH_EXC_INFO)
	inCleanup := c.u.handler
	for i, hn := range handlers {
		h := hn.(*ast.ExceptHandler)
		c.u.pos = h.Pos
		if h.Type == nil && i < len(handlers)-1 {
			c.fail(h.Pos, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.u.pos = h.Pos
			c.emitOp(code.CHECK_EXC_MATCH)
			c.emitJump(code.POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.storeName(h.Name)
			nameCleanup := c.newLabel()
			c.setup(nameCleanup, 0)
			c.pushFblock(fblock{kind: fbHandlerCleanup, name: h.Name})
			c.u.fblocks[len(c.u.fblocks)-1].prev = prev
			c.stmts(h.Body)
			c.popFblock()
			c.popBlock(inCleanup)
			c.u.pos = ast.Pos{}
			c.popBlock(prev)
			c.emitOp(code.POP_EXCEPT)
			c.loadConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
			c.emitJump(code.JUMP, end)
			// An exception in the handler body: prev, exc2.
			c.u.handler = inCleanup
			c.placeLabel(nameCleanup)
			c.loadConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
			c.emit(code.RERAISE, 0)
		} else {
			c.emitOp(code.POP_TOP)
			c.pushFblock(fblock{kind: fbHandlerCleanup})
			c.u.fblocks[len(c.u.fblocks)-1].prev = prev
			c.stmts(h.Body)
			c.popFblock()
			c.u.pos = ast.Pos{}
			c.popBlock(prev)
			c.emitOp(code.POP_EXCEPT)
			c.emitJump(code.JUMP, end)
			c.u.handler = inCleanup
		}
		c.placeLabel(next)
	}
	// No handler matched: re-raise (prev, exc on the stack).
	c.u.pos = ast.Pos{}
	c.emit(code.RERAISE, 0)
	c.popBlock(prev)
	c.placeLabel(cleanup)
	c.exceptCleanup()
	c.placeLabel(end)
}

func (c *compiler) tryStar(s *ast.TryStar) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(s.Pos, func() { c.tryStarExcept(s) }, s.Finalbody)
		return
	}
	c.tryStarExcept(s)
}

func (c *compiler) tryStarExcept(s *ast.TryStar) {
	except, end := c.newLabel(), c.newLabel()
	prev := c.setup(except, 0)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.u.fblocks[len(c.u.fblocks)-1].prev = prev
	c.stmts(s.Body)
	c.popFblock()
	c.popBlock(prev)
	c.stmts(s.Orelse)
	c.u.pos = s.Pos
	c.emitJump(code.JUMP, end)

	// exc on the stack.
	c.placeLabel(except)
	cleanup, reraiseStar := c.newLabel(), c.newLabel()
	c.u.pos = ast.Pos{}
	c.setup(cleanup, 0)
	c.emitOp(code.PUSH_EXC_INFO)
	inCleanup := c.u.handler
	// prev, orig, raised_list, rest
	c.emit(code.COPY, 1)
	c.emit(code.BUILD_LIST, 0)
	c.emit(code.SWAP, 2)
	for _, hn := range s.Handlers {
		h := hn.(*ast.ExceptHandler)
		c.u.pos = h.Pos
		noMatch, next := c.newLabel(), c.newLabel()
		if h.Type == nil {
			c.fail(h.Pos, "expected one or more exception types")
		}
		c.expr(h.Type)
		c.u.pos = h.Pos
		c.emitOp(code.CHECK_EG_MATCH)
		c.emit(code.COPY, 1)
		c.emitJump(code.POP_JUMP_IF_NONE, noMatch)
		withError := c.newLabel()
		if h.Name != "" {
			c.storeName(h.Name)
		} else {
			c.emitOp(code.POP_TOP)
		}
		c.setup(withError, 0)
		c.pushFblock(fblock{kind: fbExceptionGroupHandler})
		c.stmts(h.Body)
		c.popFblock()
		c.popBlock(inCleanup)
		c.u.pos = ast.Pos{}
		if h.Name != "" {
			c.loadConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
		}
		c.emitJump(code.JUMP, next)
		// The handler raised: prev, orig, list, rest, exc2.
		c.placeLabel(withError)
		if h.Name != "" {
			c.loadConst(nil)
			c.storeName(h.Name)
			c.deleteName(h.Name)
		}
		c.emit(code.LIST_APPEND, 2)
		c.emitJump(code.JUMP, next)
		c.placeLabel(noMatch)
		c.emitOp(code.POP_TOP)
		c.placeLabel(next)
	}
	// prev, orig, list, rest
	c.u.pos = ast.Pos{}
	c.placeLabel(reraiseStar)
	c.emit(code.LIST_APPEND, 1)
	c.emitOp(code.PREP_RERAISE_STAR)
	c.emit(code.COPY, 1)
	reraise := c.newLabel()
	c.emitJump(code.POP_JUMP_IF_NOT_NONE, reraise)
	c.emitOp(code.POP_TOP)
	c.popBlock(prev)
	c.emitOp(code.POP_EXCEPT)
	c.emitJump(code.JUMP, end)
	c.placeLabel(reraise)
	c.emit(code.SWAP, 2)
	c.emitOp(code.POP_EXCEPT)
	c.emit(code.RERAISE, 0)
	c.placeLabel(cleanup)
	c.exceptCleanup()
	c.placeLabel(end)
}
