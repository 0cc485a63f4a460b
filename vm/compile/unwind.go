package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// returnStmt compiles return, running the finally blocks and exits it leaves.
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

// breakStmt compiles break.
func (c *compiler) breakStmt(s *ast.Break) {
	loop := c.unwindToLoop(s.Pos, "'break' outside loop")
	c.u.pos = s.Pos
	saved := c.u.handler
	c.unwindBlock(loop, false)
	c.emitJump(code.JUMP, loop.exit)
	c.u.handler = saved
}

// continueStmt compiles continue.
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
			c.await(code.AwaitAexit)
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
