package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// compUnitNames holds the names of the code objects of comprehensions, by compKind.
var compUnitNames = [...]string{"", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"}

// comprehension compiles a comprehension as a nested function called with the iterator of
// its first iterable, evaluated in the enclosing scope; async ones are awaited.
func (c *compiler) comprehension(e ast.Expr, kind compKind, gens []*ast.Comprehension, elt, value ast.Expr) {
	s := c.st.scopes[e]
	p := e.Position()
	isAsync := s.coroutine
	if isAsync && kind != compGen && c.u.kind != unitAsyncFunction && c.u.kind != unitComprehension && !c.topLevelAwait() {
		c.fail(p, "asynchronous comprehension outside of an asynchronous function")
	}
	if isAsync && c.topLevelAwait() && kind != compGen {
		c.u.scope.coroutine = true
	}
	u := c.enterUnit(unitComprehension, s, compUnitNames[kind], p.Lineno)
	u.argcount = 1
	u.pos = p
	switch kind {
	case compList:
		c.emit(code.BUILD_LIST, 0)
	case compSet:
		c.emit(code.BUILD_SET, 0)
	case compDict:
		c.emit(code.BUILD_MAP, 0)
	}
	c.compGenerator(gens, 0, kind, elt, value, p)
	c.u.pos = p
	if kind == compGen {
		c.loadConst(nil)
	}
	c.emitOp(code.RETURN_VALUE)
	co := c.assemble(functionFlags(s) | code.FlagComprehension)
	c.exitUnit()

	c.makeFunction(co, 0)
	c.expr(gens[0].Iter)
	c.u.pos = p
	if gens[0].IsAsync != 0 {
		c.emitOp(code.GET_AITER)
	} else {
		c.emitOp(code.GET_ITER)
	}
	c.emit(code.CALL, 1)
	if isAsync && kind != compGen {
		c.await(code.AwaitPlain)
	}
}

// compGenerator emits the loop of generator i of a comprehension and, innermost, the element.
func (c *compiler) compGenerator(gens []*ast.Comprehension, i int, kind compKind, elt, value ast.Expr, p ast.Pos) {
	g := gens[i]
	if i == 0 {
		c.emit(code.LOAD_FAST, 0)
	} else {
		c.expr(g.Iter)
		c.u.pos = p
		if g.IsAsync != 0 {
			c.emitOp(code.GET_AITER)
		} else {
			c.emitOp(code.GET_ITER)
		}
	}
	start, cont, exit := c.newLabel(), c.newLabel(), c.newLabel()
	c.placeLabel(start)
	if g.IsAsync != 0 {
		prev := c.setup(exit, 0)
		c.emitOp(code.GET_ANEXT)
		c.loadConst(nil)
		c.delegate()
		c.popBlock(prev)
	} else {
		c.emitJump(code.FOR_ITER, exit)
	}
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, cont, false)
	}
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, kind, elt, value, p)
	} else {
		depth := uint32(len(gens) + 1)
		switch kind {
		case compGen:
			c.expr(elt)
			c.emit(code.YIELD_VALUE, 0)
			c.emitOp(code.POP_TOP)
		case compList:
			c.expr(elt)
			c.emit(code.LIST_APPEND, depth)
		case compSet:
			c.expr(elt)
			c.emit(code.SET_ADD, depth)
		case compDict:
			c.expr(elt)
			c.expr(value)
			c.emit(code.MAP_ADD, depth)
		}
	}
	c.placeLabel(cont)
	c.u.pos = p
	c.emitJump(code.JUMP_BACKWARD, start)
	c.placeLabel(exit)
	if g.IsAsync != 0 {
		c.emitOp(code.END_ASYNC_FOR)
	}
}
