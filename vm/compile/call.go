package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// call compiles a call expression.
func (c *compiler) call(e *ast.Call) {
	if attr, ok := e.Func.(*ast.Attribute); ok && attr.Ctx == ast.Load && simpleArgs(e.Args, e.Keywords) && !c.importOriginated(attr.Value) {
		if c.superOperands(attr.Value) {
			c.u.pos = attrPos(attr)
			c.emit(code.LOAD_SUPER_ATTR, c.u.addName(c.mangle(attr.Attr))<<1|1)
		} else {
			c.expr(attr.Value)
			c.u.pos = attrPos(attr)
			c.emit(code.LOAD_METHOD, c.u.addName(c.mangle(attr.Attr)))
		}
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

// superOperands pushes super, __class__ and the first argument when x is a zero-argument
// super() call inside a method (a function with a __class__ cell and a first argument it
// never rebinds, in which super is a global name); it reports whether it did. The first
// argument is loaded at the position of the call: LOAD_SUPER_ATTR reports the errors of
// super(class, self) there.
func (c *compiler) superOperands(x ast.Expr) bool {
	e, ok := x.(*ast.Call)
	if !ok {
		return false
	}
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
	if u.scope.flags[u.varnames[0]]&defLocal != 0 {
		// the first argument is rebound or deleted: super() resolved from the frame
		// reads it as CPython does (RuntimeError "super(): arg[0] deleted")
		return false
	}
	ci, ok := u.derefIndex["__class__"]
	if !ok || u.scope.resolved["__class__"] != scopeFree {
		return false
	}
	c.u.pos = n.Pos
	c.emit(code.LOAD_GLOBAL, u.addName("super"))
	c.emit(code.LOAD_DEREF, uint32(ci))
	c.u.pos = e.Pos
	c.nameOp(u.varnames[0], ast.Load, e.Pos)
	return true
}
