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

// tryExcept compiles try/except/else.
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
