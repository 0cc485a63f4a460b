package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// try compiles try/except/else/finally.
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

// tryFinally compiles body (a closure emitting the protected code) with a finally block,
// run inline on the normal path and from a handler for exceptions.
func (c *compiler) tryFinally(p ast.Pos, body func(), finalbody []ast.Stmt) {
	end := c.newLabel()
	prev, cleanup := c.tryBody(p, fblock{kind: fbFinallyTry, finalbody: finalbody}, body, finalbody, end)
	// The finally body run for an exception: prev, exc on the stack.
	c.pushFblockOutside(fblock{kind: fbFinallyEnd}, prev)
	c.stmts(finalbody)
	c.popFblock()
	c.tryHandlerEnd(prev, cleanup, end)
}

// tryBody compiles the protected part of a try statement and starts its handler. The
// body (a closure emitting it) runs inside fb under a handler at a new label; on the normal
// path orelse follows and a jump to end. The handler, entered with exc on the stack, sets
// up a cleanup handler and pushes the exception info: prev, exc. tryBody returns the
// handler active outside the statement and the cleanup label (placed by the caller).
func (c *compiler) tryBody(p ast.Pos, fb fblock, body func(), orelse []ast.Stmt, end int) (prev *handler, cleanup int) {
	exc := c.newLabel()
	prev = c.setup(exc, 0)
	c.pushFblockOutside(fb, prev)
	body()
	c.popFblock()
	c.popBlock(prev)
	c.stmts(orelse)
	c.u.pos = p
	c.emitJump(code.JUMP, end)

	c.placeLabel(exc)
	cleanup = c.newLabel()
	c.u.pos = ast.Pos{}
	c.setup(cleanup, 0)
	c.emitOp(code.PUSH_EXC_INFO)
	return prev, cleanup
}

// tryHandlerEnd ends the handler tryBody started: the exception (prev, exc on the stack)
// is re-raised; then come the cleanup handler and the end of the statement.
func (c *compiler) tryHandlerEnd(prev *handler, cleanup, end int) {
	c.u.pos = ast.Pos{}
	c.emit(code.RERAISE, 0)
	c.popBlock(prev)
	c.placeLabel(cleanup)
	c.exceptCleanup()
	c.placeLabel(end)
}

// unbindHandlerName emits `name = None; del name`, which ends an except clause that
// bound the exception to name.
func (c *compiler) unbindHandlerName(name string) {
	c.loadConst(nil)
	c.storeName(name)
	c.deleteName(name)
}

// tryExcept compiles try/except/else.
func (c *compiler) tryExcept(p ast.Pos, body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse []ast.Stmt) {
	end := c.newLabel()
	prev, cleanup := c.tryBody(p, fblock{kind: fbTryExcept}, func() { c.stmts(body) }, orelse, end)
	// prev, exc on the stack.
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
			c.pushFblockOutside(fblock{kind: fbHandlerCleanup, name: h.Name}, prev)
			c.stmts(h.Body)
			c.popFblock()
			c.popBlock(inCleanup)
			c.u.pos = ast.Pos{}
			c.popBlock(prev)
			c.emitOp(code.POP_EXCEPT)
			c.unbindHandlerName(h.Name)
			c.emitJump(code.JUMP, end)
			// An exception in the handler body: prev, exc2.
			c.u.handler = inCleanup
			c.placeLabel(nameCleanup)
			c.unbindHandlerName(h.Name)
			c.emit(code.RERAISE, 0)
		} else {
			c.emitOp(code.POP_TOP)
			c.pushFblockOutside(fblock{kind: fbHandlerCleanup}, prev)
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
	c.tryHandlerEnd(prev, cleanup, end)
}

// tryStar compiles try/except*/else/finally.
func (c *compiler) tryStar(s *ast.TryStar) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(s.Pos, func() { c.tryStarExcept(s) }, s.Finalbody)
		return
	}
	c.tryStarExcept(s)
}

// tryStarExcept compiles the except* clauses: each matches part of the exception group;
// what they raise and what is left unmatched is re-raised by PREP_RERAISE_STAR.
func (c *compiler) tryStarExcept(s *ast.TryStar) {
	end := c.newLabel()
	prev, cleanup := c.tryBody(s.Pos, fblock{kind: fbTryExcept}, func() { c.stmts(s.Body) }, s.Orelse, end)
	reraiseStar := c.newLabel()
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
			c.unbindHandlerName(h.Name)
		}
		c.emitJump(code.JUMP, next)
		// The handler raised: prev, orig, list, rest, exc2.
		c.placeLabel(withError)
		if h.Name != "" {
			c.unbindHandlerName(h.Name)
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
