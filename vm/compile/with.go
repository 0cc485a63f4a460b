package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// with compiles a with statement, one context manager (item) at a time.
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

// asyncWith compiles async with: __aenter__ and __aexit__ awaited.
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
