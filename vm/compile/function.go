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

// ---- calls ----

// call compiles a call expression.
func (c *compiler) call(e *ast.Call) {
	if c.zeroArgSuper(e) {
		return
	}
	if attr, ok := e.Func.(*ast.Attribute); ok && attr.Ctx == ast.Load && simpleArgs(e.Args, e.Keywords) && !c.importOriginated(attr.Value) {
		c.expr(attr.Value)
		mp := attrPos(attr)
		c.u.pos = mp
		c.emit(code.LOAD_METHOD, c.u.addName(c.mangle(attr.Attr)))
		c.u.pos = e.Pos
		c.callArgs(0, e.Args, e.Keywords, true, methodCallPos(e.Pos, attr))
		return
	}
	c.checkCaller(e.Func)
	c.expr(e.Func)
	c.callArgs(0, e.Args, e.Keywords, false, e.Pos)
}

// methodCallPos is the position CPython 3.11 gives the call of a method: the call's span,
// starting at the method name when the attribute ends on a later line than the call starts.
func methodCallPos(call ast.Pos, attr *ast.Attribute) ast.Pos {
	p := call
	if p.Lineno != attr.EndLineno {
		p.Lineno = attr.EndLineno
		if n := len(attr.Attr); n <= attr.EndColOffset {
			p.ColOffset = attr.EndColOffset - n
		}
		if p.EndLineno < p.Lineno {
			p.EndLineno = p.Lineno
		}
		if p.Lineno == p.EndLineno && p.EndColOffset < p.ColOffset {
			p.EndColOffset = p.ColOffset
		}
	}
	return p
}

// importOriginated reports whether e is a name bound by an import at module level (as
// CPython 3.11, calls of module functions use LOAD_ATTR: there is no method to save).
func (c *compiler) importOriginated(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && c.st.top.flags[n.Id]&defImport != 0
}

// simpleArgs reports whether a call has no *args and no **kwargs.
func simpleArgs(args []ast.Expr, kws []*ast.Keyword) bool {
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			return false
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			return false
		}
	}
	return true
}

// callArgs pushes the arguments and emits the call. The callable (and for method calls the
// self slot) and `extra` positional arguments are already on the stack. callPos is the
// position of the call instruction.
func (c *compiler) callArgs(extra int, args []ast.Expr, kws []*ast.Keyword, method bool, callPos ast.Pos) {
	c.checkKeywords(kws)
	if simpleArgs(args, kws) {
		for _, a := range args {
			c.expr(a)
		}
		for _, k := range kws {
			c.expr(k.Value)
		}
		n := uint32(extra + len(args) + len(kws))
		c.u.pos = callPos
		if len(kws) > 0 {
			names := make(code.Tuple, len(kws))
			for i, k := range kws {
				names[i] = k.Arg
			}
			c.loadConst(names)
			if method {
				c.emit(code.CALL_METHOD_KW, n)
			} else {
				c.emit(code.CALL_KW, n)
			}
			return
		}
		if method {
			c.emit(code.CALL_METHOD, n)
		} else {
			c.emit(code.CALL, n)
		}
		return
	}
	// The general form: callable, args (an iterable), [kwargs dict] → CALL_FUNCTION_EX.
	c.exArgs(extra, args)
	var flags uint32
	if len(kws) > 0 {
		c.exKwargs(kws)
		flags = code.CallExKwargs
	}
	c.u.pos = callPos
	c.emit(code.CALL_FUNCTION_EX, flags)
}

// exArgs builds the positional arguments of CALL_FUNCTION_EX; `extra` values are already
// on the stack.
func (c *compiler) exArgs(extra int, args []ast.Expr) {
	hasStar := false
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			hasStar = true
		}
	}
	if !hasStar {
		for _, a := range args {
			c.expr(a)
		}
		c.emit(code.BUILD_TUPLE, uint32(extra+len(args)))
		return
	}
	if extra == 0 && len(args) == 1 {
		// f(*a): the vm converts the iterable itself (with CPython's error message).
		c.expr(args[0].(*ast.Starred).Value)
		return
	}
	i := 0
	for ; i < len(args); i++ {
		if _, ok := args[i].(*ast.Starred); ok {
			break
		}
		c.expr(args[i])
	}
	c.emit(code.BUILD_LIST, uint32(extra+i))
	for _, a := range args[i:] {
		if s, ok := a.(*ast.Starred); ok {
			c.expr(s.Value)
			c.emit(code.LIST_EXTEND, 1)
		} else {
			c.expr(a)
			c.emit(code.LIST_APPEND, 1)
		}
	}
	c.emitOp(code.LIST_TO_TUPLE)
}

// exKwargs builds the kwargs dict of CALL_FUNCTION_EX.
func (c *compiler) exKwargs(kws []*ast.Keyword) {
	have := false
	var pending code.Tuple
	flush := func() {
		if len(pending) > 0 {
			c.loadConst(pending)
			c.emit(code.BUILD_CONST_KEY_MAP, uint32(len(pending)))
			if have {
				c.emit(code.DICT_MERGE, 1)
			}
			have = true
			pending = nil
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			flush()
			if !have {
				c.emit(code.BUILD_MAP, 0)
				have = true
			}
			c.expr(k.Value)
			c.emit(code.DICT_MERGE, 1)
			continue
		}
		c.expr(k.Value)
		pending = append(pending, k.Arg)
	}
	flush()
}

// checkKeywords rejects a keyword argument given twice.
func (c *compiler) checkKeywords(kws []*ast.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		if k.Arg == "__debug__" {
			c.fail(c.u.pos, "cannot assign to __debug__")
		}
		for _, other := range kws[i+1:] {
			if other.Arg == k.Arg {
				c.fail(other.Pos, "keyword argument repeated: "+k.Arg)
			}
		}
	}
}

// zeroArgSuper compiles super() inside a method as super(__class__, <first argument>).
func (c *compiler) zeroArgSuper(e *ast.Call) bool {
	n, ok := e.Func.(*ast.Name)
	if !ok || n.Id != "super" || len(e.Args) > 0 || len(e.Keywords) > 0 {
		return false
	}
	u := c.u
	if u.kind != unitFunction && u.kind != unitAsyncFunction && u.kind != unitLambda {
		return false
	}
	if u.scope.resolved["super"] != scopeGlobalImplicit || u.argcount == 0 {
		return false
	}
	ci, ok := u.derefIndex["__class__"]
	if !ok || u.scope.resolved["__class__"] != scopeFree {
		return false
	}
	c.u.pos = n.Pos
	c.emit(code.LOAD_GLOBAL, u.addName("super"))
	c.emit(code.LOAD_DEREF, uint32(ci))
	c.nameOp(u.varnames[0], ast.Load, e.Pos)
	c.u.pos = e.Pos
	c.emit(code.CALL, 2)
	return true
}

// ---- comprehensions ----

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
