package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// functionFlags computes the code flags of a function-like scope.
func functionFlags(s *scope) code.Flags {
	f := code.FlagOptimized | code.FlagNewLocals
	if s.nested {
		f |= code.FlagNested
	}
	switch {
	case s.generator && s.coroutine:
		f |= code.FlagAsyncGenerator
	case s.generator:
		f |= code.FlagGenerator
	case s.coroutine:
		f |= code.FlagCoroutine
	}
	if s.varargs {
		f |= code.FlagVarargs
	}
	if s.varkw {
		f |= code.FlagVarKeywords
	}
	return f
}

// checkParams rejects a parameter named __debug__.
func (c *compiler) checkParams(args *ast.Arguments, p ast.Pos) {
	for _, list := range [][]*ast.Arg{args.Posonlyargs, args.Args, args.Kwonlyargs, {args.Vararg, args.Kwarg}} {
		for _, a := range list {
			if a != nil && a.Arg == "__debug__" {
				c.fail(p, "cannot assign to __debug__")
			}
		}
	}
}

// setArgCounts records the parameter counts of a function unit.
func (u *unit) setArgCounts(args *ast.Arguments) {
	u.posonly = len(args.Posonlyargs)
	u.argcount = len(args.Posonlyargs) + len(args.Args)
	u.kwonly = len(args.Kwonlyargs)
}

// defaults pushes the positional defaults tuple and the keyword-only defaults dict, returning
// the MAKE_FUNCTION flags for them.
func (c *compiler) defaults(args *ast.Arguments) uint32 {
	var flags uint32
	if len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.expr(d)
		}
		c.emit(code.BUILD_TUPLE, uint32(len(args.Defaults)))
		flags |= code.MakeFuncDefaults
	}
	var keys code.Tuple
	for i, a := range args.Kwonlyargs {
		if i < len(args.KwDefaults) && args.KwDefaults[i] != nil {
			c.expr(args.KwDefaults[i])
			keys = append(keys, c.mangle(a.Arg))
		}
	}
	if len(keys) > 0 {
		c.loadConst(keys)
		c.emit(code.BUILD_CONST_KEY_MAP, uint32(len(keys)))
		flags |= code.MakeFuncKwDefaults
	}
	return flags
}

// annotations pushes the dict of parameter and return annotations, if any (in CPython 3.11's
// order), returning the MAKE_FUNCTION flag.
func (c *compiler) annotations(args *ast.Arguments, returns ast.Expr) uint32 {
	var keys code.Tuple
	add := func(name string, ann ast.Expr) {
		if ann != nil {
			c.annotation(ann)
			keys = append(keys, c.mangle(name))
		}
	}
	for _, a := range args.Args {
		add(a.Arg, a.Annotation)
	}
	for _, a := range args.Posonlyargs {
		add(a.Arg, a.Annotation)
	}
	if args.Vararg != nil {
		add(args.Vararg.Arg, args.Vararg.Annotation)
	}
	for _, a := range args.Kwonlyargs {
		add(a.Arg, a.Annotation)
	}
	if args.Kwarg != nil {
		add(args.Kwarg.Arg, args.Kwarg.Annotation)
	}
	add("return", returns)
	if len(keys) == 0 {
		return 0
	}
	c.loadConst(keys)
	c.emit(code.BUILD_CONST_KEY_MAP, uint32(len(keys)))
	return code.MakeFuncAnnotations
}

// annotation pushes the value of an annotation: the annotation's source text under
// `from __future__ import annotations`, else its value.
func (c *compiler) annotation(e ast.Expr) {
	if c.future.annotations {
		old := c.setPos(e.Position())
		c.loadConst(unparse(e))
		c.u.pos = old
		return
	}
	c.expr(e)
}

// makeFunction emits the closure (if co has free variables), the code constant and
// MAKE_FUNCTION; the defaults and annotations (flags) are already on the stack.
func (c *compiler) makeFunction(co *code.Code, flags uint32) {
	if len(co.FreeVars) > 0 {
		for _, name := range co.FreeVars {
			i, ok := c.u.derefIndex[name]
			if !ok {
				panic("compile: closure variable " + name + " not found in " + c.u.name)
			}
			c.emit(code.LOAD_CLOSURE, uint32(i))
		}
		c.emit(code.BUILD_TUPLE, uint32(len(co.FreeVars)))
		flags |= code.MakeFuncClosure
	}
	c.loadConst(co)
	c.emit(code.MAKE_FUNCTION, flags)
}

// functionDef compiles def and async def: decorators, defaults, annotations, the body as
// a nested code object, MAKE_FUNCTION and the decorator calls.
func (c *compiler) functionDef(node ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr, returns ast.Expr, async bool) {
	p := node.Position()
	firstLine := p.Lineno
	if len(decorators) > 0 {
		firstLine = decorators[0].Position().Lineno
	}
	for _, d := range decorators {
		c.expr(d)
	}
	c.u.pos = p
	c.checkParams(args, p)
	flags := c.defaults(args)
	flags |= c.annotations(args, returns)
	s := c.st.scopes[node]
	kind := unitFunction
	if async {
		kind = unitAsyncFunction
	}
	u := c.enterUnit(kind, s, name, firstLine)
	u.setArgCounts(args)
	if doc, ok := docstring(body); ok {
		u.doc = doc
		body = body[1:]
	}
	c.stmts(body)
	c.implicitReturn(body, p)
	co := c.assemble(functionFlags(s))
	c.exitUnit()
	c.u.pos = p
	c.makeFunction(co, flags)
	c.applyDecorators(decorators)
	c.u.pos = p
	c.storeName(name)
}

// implicitReturn ends a function body with `return None` unless it already ends in a return.
func (c *compiler) implicitReturn(body []ast.Stmt, def ast.Pos) {
	if n := len(body); n > 0 {
		if _, ok := body[n-1].(*ast.Return); ok {
			return
		}
		c.u.pos = lastLinePos(body[n-1])
	} else {
		c.u.pos = def
	}
	c.loadConst(nil)
	c.emitOp(code.RETURN_VALUE)
}

// lastLinePos is the position CPython gives the implicit return after a statement: the
// statement's own position for simple statements.
func lastLinePos(s ast.Stmt) ast.Pos {
	return s.Position()
}

// applyDecorators calls the decorators (loaded earlier) on the object on the stack,
// innermost first.
func (c *compiler) applyDecorators(decorators []ast.Expr) {
	for i := len(decorators) - 1; i >= 0; i-- {
		c.u.pos = decorators[i].Position()
		c.emit(code.CALL, 1)
	}
}

// lambda compiles a lambda expression.
func (c *compiler) lambda(e *ast.Lambda) {
	c.checkParams(e.Args, e.Pos)
	flags := c.defaults(e.Args)
	s := c.st.scopes[e]
	u := c.enterUnit(unitLambda, s, "<lambda>", e.Lineno)
	u.setArgCounts(e.Args)
	c.u.pos = e.Pos
	c.expr(e.Body)
	if s.generator {
		c.emitOp(code.POP_TOP)
		c.loadConst(nil)
	}
	c.emitOp(code.RETURN_VALUE)
	co := c.assemble(functionFlags(s))
	c.exitUnit()
	c.makeFunction(co, flags)
}

// classDef compiles a class statement: the body as a function run by __build_class__.
func (c *compiler) classDef(s *ast.ClassDef) {
	firstLine := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstLine = s.DecoratorList[0].Position().Lineno
	}
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	cs := c.st.scopes[s]
	c.enterUnit(unitClass, cs, s.Name, firstLine)
	c.u.pos = s.Pos
	c.loadName("__name__")
	c.storeName("__module__")
	c.loadConst(c.u.qualname)
	c.storeName("__qualname__")
	body := s.Body
	if findAnnotations(body) {
		c.emitOp(code.SETUP_ANNOTATIONS)
	}
	if doc, ok := docstring(body); ok {
		c.u.pos = body[0].Position()
		c.loadConst(doc)
		c.storeName("__doc__")
		body = body[1:]
	}
	c.stmts(body)
	c.u.pos = ast.Pos{}
	flags := code.FlagClassBody
	if cs.needsClassCell {
		flags |= code.FlagClassCell
		c.emit(code.LOAD_CLOSURE, uint32(c.u.derefIndex["__class__"]))
		c.emit(code.COPY, 1)
		c.storeName("__classcell__")
	} else {
		c.loadConst(nil)
	}
	c.emitOp(code.RETURN_VALUE)
	co := c.assemble(flags)
	c.exitUnit()

	c.u.pos = s.Pos
	c.emitOp(code.LOAD_BUILD_CLASS)
	c.makeFunction(co, 0)
	c.loadConst(s.Name)
	c.callArgs(2, s.Bases, s.Keywords, false, s.Pos)
	c.applyDecorators(s.DecoratorList)
	c.u.pos = s.Pos
	c.storeName(s.Name)
}
