package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// ifStmt compiles if/elif/else.
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

// whileStmt compiles a while loop as CPython 3.11 lays it out: the test before the body and
// again after it (a loop turn costs one test and one jump), continue jumping to the first
// test, break past the else. The back edge is always JUMP_BACKWARD.
func (c *compiler) whileStmt(s *ast.While) {
	start, body, exit, brk := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.placeLabel(start)
	c.jumpIf(s.Test, exit, false)
	c.placeLabel(body)
	c.pushFblock(fblock{kind: fbWhile, start: start, exit: brk})
	c.stmts(s.Body)
	c.popFblock()
	c.u.pos = s.Pos
	c.jumpIf(s.Test, exit, false)
	c.u.pos = s.Pos
	c.emitJump(code.JUMP_BACKWARD, body)
	c.placeLabel(exit)
	c.stmts(s.Orelse)
	c.placeLabel(brk)
}

// forStmt compiles a for loop over an iterator kept on the stack.
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

// asyncFor compiles async for: __anext__ awaited each turn, StopAsyncIteration ending the
// loop through the END_ASYNC_FOR handler.
func (c *compiler) asyncFor(s *ast.AsyncFor) {
	c.requireAsync(s.Pos, "async for")
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

// requireAsync checks that an async statement (stmt names it) stands in an async
// function, or at module level under Options.TopLevelAwait, which makes the module a
// coroutine.
func (c *compiler) requireAsync(p ast.Pos, stmt string) {
	if c.topLevelAwait() {
		c.u.scope.coroutine = true
	} else if c.u.kind != unitAsyncFunction {
		c.fail(p, "'"+stmt+"' outside async function")
	}
}

// topLevelAwait reports whether await is allowed here because of Options.TopLevelAwait.
func (c *compiler) topLevelAwait() bool {
	return c.opts.TopLevelAwait && c.u.scope.kind == moduleScope
}
