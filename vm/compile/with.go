package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// with compiles a with statement.
func (c *compiler) with(s *ast.With) {
	c.withItem(s.Items, s.Body, s.Pos, false)
}

// asyncWith compiles async with: __aenter__ and __aexit__ awaited.
func (c *compiler) asyncWith(s *ast.AsyncWith) {
	c.requireAsync(s.Pos, "async with")
	c.withItem(s.Items, s.Body, s.Pos, true)
}

// withItem compiles the first context manager of items around the rest of them and body,
// awaiting __aenter__ and __aexit__ if async.
func (c *compiler) withItem(items []*ast.WithItem, body []ast.Stmt, pos ast.Pos, async bool) {
	it := items[0]
	exc, end := c.newLabel(), c.newLabel()
	c.expr(it.ContextExpr)
	c.u.pos = pos
	kind := fbWith
	if async {
		kind = fbAsyncWith
		c.emitOp(code.BEFORE_ASYNC_WITH)
		c.await(code.AwaitAenter)
	} else {
		c.emitOp(code.BEFORE_WITH)
	}
	prev := c.setup(exc, -1)
	c.pushFblockOutside(fblock{kind: kind, pos: pos}, prev)
	if it.OptionalVars != nil {
		c.store(it.OptionalVars)
	} else {
		c.emitOp(code.POP_TOP)
	}
	if len(items) > 1 {
		c.withItem(items[1:], body, pos, async)
	} else {
		c.stmts(body)
	}
	c.popFblock()
	c.popBlock(prev)
	c.u.pos = pos
	c.callExit()
	if async {
		c.await(code.AwaitAexit)
	}
	c.emitOp(code.POP_TOP)
	c.emitJump(code.JUMP, end)
	c.placeLabel(exc)
	c.withExceptFinish(prev, async)
	c.placeLabel(end)
}

// withExceptFinish emits the handler of a with block: exit, exc on the stack.
func (c *compiler) withExceptFinish(outer *handler, async bool) {
	cleanup, suppress := c.newLabel(), c.newLabel()
	c.setup(cleanup, 0)
	c.emitOp(code.PUSH_EXC_INFO)
	c.emitOp(code.WITH_EXCEPT_START)
	if async {
		c.await(code.AwaitAexit)
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

// await emits the await of the object on the stack (GET_AWAITABLE with kind, one of
// code.AwaitPlain, AwaitAenter and AwaitAexit, then the SEND loop): x → result.
func (c *compiler) await(kind uint32) {
	c.emit(code.GET_AWAITABLE, kind)
	c.loadConst(nil)
	c.delegate()
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
