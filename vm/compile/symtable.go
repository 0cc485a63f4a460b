package compile

import (
	"strings"

	"github.com/aiolang/aio/ast"
)

// scopeKind is the kind of a block that gets its own namespace.
type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
)

// compKind tells which comprehension a function scope implements (compNone for a def/lambda).
type compKind uint8

const (
	compNone compKind = iota
	compList
	compSet
	compDict
	compGen
)

var compNames = [...]string{"", "list comprehension", "set comprehension", "dict comprehension", "generator expression"}

// symFlag records how a name is used within one scope (CPython's DEF_* flags).
type symFlag uint16

const (
	defGlobal    symFlag = 1 << iota // declared global
	defLocal                         // bound (assigned, deleted, def, class, for target, …)
	defParam                         // a parameter
	defNonlocal                      // declared nonlocal
	defUse                           // read
	defFreeClass                     // class-local name that also flows to inner scopes as free
	defImport                        // bound by import
	defAnnot                         // annotated
	defCompIter                      // comprehension iteration variable

	defBound = defLocal | defParam | defImport
)

// symScope is where a name resolves.
type symScope uint8

const (
	scopeUnknown symScope = iota
	scopeLocal
	scopeGlobalExplicit
	scopeGlobalImplicit
	scopeFree
	scopeCell
)

// scope is one symbol table block: the module, a function (def, lambda, comprehension) or a
// class body.
type scope struct {
	kind     scopeKind
	comp     compKind
	name     string
	node     ast.Node
	parent   *scope
	children []*scope

	flags    map[string]symFlag
	order    []string // names in order of first appearance
	params   []string
	resolved map[string]symScope
	// directives holds the position of global/nonlocal declarations (for errors).
	directives map[string]ast.Pos

	generator, coroutine bool // contains yield; async def or async comprehension / await
	varargs, varkw       bool
	nested               bool // inside a function
	needsClassCell       bool // class body whose methods use __class__ or super
	private              string

	compIterTarget bool // visiting a comprehension's target
	compIterExpr   int  // visiting a comprehension's iterable
}

// isFunction reports whether s is a function-like scope (def, lambda, comprehension).
func (s *scope) isFunction() bool { return s.kind == functionScope }

// lookup returns the flags of name in s.
func (s *scope) lookup(name string) symFlag { return s.flags[name] }

// symtable builds the scopes of a module.
type symtable struct {
	err    *errorReporter
	top    *scope
	cur    *scope
	stack  []*scope
	scopes map[ast.Node]*scope
	// futureAnnotations: annotations are kept as strings and do not take part in scoping.
	futureAnnotations bool
}

// fail aborts the analysis with a SyntaxError at p.
func (st *symtable) fail(p ast.Pos, msg string) {
	panic(syntaxError{st.err.errorAt(p, msg)})
}

// failPoint fails at the start of p only (CPython gives some errors no end position).
func (st *symtable) failPoint(p ast.Pos, msg string) {
	p.EndLineno, p.EndColOffset = 0, 0
	st.fail(p, msg)
}

// buildSymtable analyses a module body (or an expression, for compile.Expression).
func buildSymtable(er *errorReporter, body []ast.Stmt, expr ast.Expr, futureAnnotations bool) *symtable {
	st := &symtable{err: er, scopes: map[ast.Node]*scope{}, futureAnnotations: futureAnnotations}
	st.top = st.enter(moduleScope, "top", nil)
	for _, s := range body {
		st.visitStmt(s)
	}
	if expr != nil {
		st.visitExpr(expr)
	}
	st.exit()
	st.analyze(st.top, nil, map[string]bool{}, map[string]bool{})
	return st
}

// enter starts a new scope for node.
func (st *symtable) enter(kind scopeKind, name string, node ast.Node) *scope {
	s := &scope{kind: kind, name: name, node: node, parent: st.cur,
		flags: map[string]symFlag{}, resolved: map[string]symScope{}, directives: map[string]ast.Pos{}}
	if st.cur != nil {
		st.cur.children = append(st.cur.children, s)
		s.private = st.cur.private
		s.nested = st.cur.nested || st.cur.kind == functionScope
	}
	if node != nil {
		st.scopes[node] = s
	}
	st.stack = append(st.stack, s)
	st.cur = s
	return s
}

// exit leaves the current scope.
func (st *symtable) exit() {
	st.stack = st.stack[:len(st.stack)-1]
	if len(st.stack) > 0 {
		st.cur = st.stack[len(st.stack)-1]
	} else {
		st.cur = nil
	}
}

// mangle applies private name mangling: __x inside class C becomes _C__x.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

// addDef records a use or binding of name in the current scope.
func (st *symtable) addDef(name string, flag symFlag, p ast.Pos) {
	st.addDefTo(st.cur, name, flag, p)
}

// addDefTo records a use or binding of name in scope s (names mangled in the current class).
func (st *symtable) addDefTo(s *scope, name string, flag symFlag, p ast.Pos) {
	name = mangle(st.cur.private, name)
	old, ok := s.flags[name]
	if flag&defParam != 0 && old&defParam != 0 {
		st.fail(p, "duplicate argument '"+name+"' in function definition")
	}
	if !ok {
		s.order = append(s.order, name)
	}
	s.flags[name] = old | flag
	if flag&defParam != 0 {
		s.params = append(s.params, name)
	} else if flag&defGlobal != 0 {
		g := st.top
		if _, ok := g.flags[name]; !ok {
			g.order = append(g.order, name)
		}
		g.flags[name] |= defGlobal
	}
}

// visitStmts records the names of a statement list.
func (st *symtable) visitStmts(list []ast.Stmt) {
	for _, s := range list {
		st.visitStmt(s)
	}
}

// visitExprs records the names of expressions (nil ones skipped).
func (st *symtable) visitExprs(list []ast.Expr) {
	for _, e := range list {
		if e != nil {
			st.visitExpr(e)
		}
	}
}

// visitStmt records the names a statement uses and binds, entering nested scopes.
func (st *symtable) visitStmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		st.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *ast.AsyncFunctionDef:
		st.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *ast.ClassDef:
		st.addDef(s.Name, defLocal, s.Pos)
		st.visitExprs(s.Bases)
		for _, k := range s.Keywords {
			st.visitExpr(k.Value)
		}
		st.visitExprs(s.DecoratorList)
		c := st.enter(classScope, s.Name, s)
		c.private = s.Name
		st.visitStmts(s.Body)
		st.exit()
	case *ast.Return:
		if s.Value != nil {
			st.visitExpr(s.Value)
		}
	case *ast.Delete:
		st.visitExprs(s.Targets)
	case *ast.Assign:
		st.visitExprs(s.Targets)
		st.visitExpr(s.Value)
	case *ast.AugAssign:
		st.visitExpr(s.Target)
		st.visitExpr(s.Value)
	case *ast.AnnAssign:
		if n, ok := s.Target.(*ast.Name); ok {
			cur := st.cur.lookup(mangle(st.cur.private, n.Id))
			if cur&(defGlobal|defNonlocal) != 0 && st.cur != st.top && s.Simple != 0 {
				if cur&defGlobal != 0 {
					st.fail(s.Pos, "annotated name '"+n.Id+"' can't be global")
				}
				st.fail(s.Pos, "annotated name '"+n.Id+"' can't be nonlocal")
			}
			if s.Simple != 0 {
				st.addDef(n.Id, defAnnot|defLocal, n.Pos)
			} else if s.Value != nil {
				st.addDef(n.Id, defLocal, n.Pos)
			}
		} else {
			st.visitExpr(s.Target)
		}
		st.visitAnnotation(s.Annotation)
		if s.Value != nil {
			st.visitExpr(s.Value)
		}
	case *ast.For:
		st.visitFor(s.Target, s.Iter, s.Body, s.Orelse)
	case *ast.AsyncFor:
		st.visitFor(s.Target, s.Iter, s.Body, s.Orelse)
	case *ast.While:
		st.visitConditional(s.Test, s.Body, s.Orelse)
	case *ast.If:
		st.visitConditional(s.Test, s.Body, s.Orelse)
	case *ast.With:
		st.visitWith(s.Items, s.Body)
	case *ast.AsyncWith:
		st.visitWith(s.Items, s.Body)
	case *ast.Raise:
		if s.Exc != nil {
			st.visitExpr(s.Exc)
			if s.Cause != nil {
				st.visitExpr(s.Cause)
			}
		}
	case *ast.Try:
		st.visitTry(s.Body, s.Orelse, s.Handlers, s.Finalbody)
	case *ast.TryStar:
		st.visitTry(s.Body, s.Orelse, s.Handlers, s.Finalbody)
	case *ast.Assert:
		st.visitExpr(s.Test)
		if s.Msg != nil {
			st.visitExpr(s.Msg)
		}
	case *ast.Import:
		st.visitAliases(s.Names)
	case *ast.ImportFrom:
		st.visitAliases(s.Names)
	case *ast.Global:
		st.visitDeclaration(s.Names, "global", defGlobal, s.Pos)
	case *ast.Nonlocal:
		st.visitDeclaration(s.Names, "nonlocal", defNonlocal, s.Pos)
	case *ast.ExprStmt:
		st.visitExpr(s.Value)
	case *ast.Pass, *ast.Break, *ast.Continue:
	}
}

// visitFor records the names of a for or async for statement.
func (st *symtable) visitFor(target, iter ast.Expr, body, orelse []ast.Stmt) {
	st.visitExpr(target)
	st.visitExpr(iter)
	st.visitStmts(body)
	st.visitStmts(orelse)
}

// visitConditional records the names of an if or while statement.
func (st *symtable) visitConditional(test ast.Expr, body, orelse []ast.Stmt) {
	st.visitExpr(test)
	st.visitStmts(body)
	st.visitStmts(orelse)
}

// visitWith records the names of a with or async with statement.
func (st *symtable) visitWith(items []*ast.WithItem, body []ast.Stmt) {
	for _, it := range items {
		st.visitExpr(it.ContextExpr)
		if it.OptionalVars != nil {
			st.visitExpr(it.OptionalVars)
		}
	}
	st.visitStmts(body)
}

// visitTry records the names of a try or try/except* statement.
func (st *symtable) visitTry(body, orelse []ast.Stmt, handlers []ast.ExceptHandlerNode, finalbody []ast.Stmt) {
	st.visitStmts(body)
	st.visitStmts(orelse)
	st.visitHandlers(handlers)
	st.visitStmts(finalbody)
}

// visitDeclaration records a global or nonlocal statement (keyword names it, flag is
// defGlobal or defNonlocal), rejecting a name the scope already binds, uses or annotates.
func (st *symtable) visitDeclaration(names []string, keyword string, flag symFlag, p ast.Pos) {
	for _, name := range names {
		cur := st.cur.lookup(mangle(st.cur.private, name))
		if cur&(defParam|defLocal|defUse|defAnnot) != 0 {
			msg := "name '" + name + "' is assigned to before " + keyword + " declaration"
			switch {
			case cur&defParam != 0:
				msg = "name '" + name + "' is parameter and " + keyword
			case cur&defUse != 0:
				msg = "name '" + name + "' is used prior to " + keyword + " declaration"
			case cur&defAnnot != 0:
				msg = "annotated name '" + name + "' can't be " + keyword
			}
			st.fail(p, msg)
		}
		st.addDef(name, flag, p)
		st.recordDirective(name, p)
	}
}

// recordDirective remembers where a global/nonlocal declaration is, for errors.
func (st *symtable) recordDirective(name string, p ast.Pos) {
	name = mangle(st.cur.private, name)
	if _, ok := st.cur.directives[name]; !ok {
		st.cur.directives[name] = p
	}
}

// visitHandlers records the names of except clauses.
func (st *symtable) visitHandlers(hs []ast.ExceptHandlerNode) {
	for _, h := range hs {
		h := h.(*ast.ExceptHandler)
		if h.Type != nil {
			st.visitExpr(h.Type)
		}
		if h.Name != "" {
			st.addDef(h.Name, defLocal, h.Pos)
		}
		st.visitStmts(h.Body)
	}
}

// visitAliases records the names an import statement binds.
func (st *symtable) visitAliases(names []*ast.Alias) {
	for _, a := range names {
		st.visitAlias(a)
	}
}

// visitAlias records the name an import binds.
func (st *symtable) visitAlias(a *ast.Alias) {
	name := a.Asname
	if name == "" {
		name = a.Name
		if i := strings.IndexByte(name, '.'); i >= 0 {
			name = name[:i]
		}
	}
	if name == "*" {
		if st.cur.kind != moduleScope {
			st.fail(a.Pos, "import * only allowed at module level")
		}
		return
	}
	st.addDef(name, defImport, a.Pos)
}

// visitFunction records a def: its name, defaults, annotations and decorators in the
// current scope, its parameters and body in a new one.
func (st *symtable) visitFunction(node ast.Node, name string, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr, returns ast.Expr, async bool) {
	st.addDef(name, defLocal, node.Position())
	st.visitExprs(args.Defaults)
	st.visitExprs(args.KwDefaults)
	st.visitAnnotations(args, returns)
	st.visitExprs(decorators)
	f := st.enter(functionScope, name, node)
	f.coroutine = async
	st.visitParams(args)
	st.visitStmts(body)
	st.exit()
}

// visitAnnotations records the names used by parameter and return annotations.
func (st *symtable) visitAnnotations(args *ast.Arguments, returns ast.Expr) {
	for _, list := range [][]*ast.Arg{args.Posonlyargs, args.Args, args.Kwonlyargs} {
		for _, a := range list {
			if a.Annotation != nil {
				st.visitAnnotation(a.Annotation)
			}
		}
	}
	for _, a := range []*ast.Arg{args.Vararg, args.Kwarg} {
		if a != nil && a.Annotation != nil {
			st.visitAnnotation(a.Annotation)
		}
	}
	if returns != nil {
		st.visitAnnotation(returns)
	}
}

// visitAnnotation records the names of an evaluated annotation; a string annotation (future
// annotations) is only checked.
func (st *symtable) visitAnnotation(e ast.Expr) {
	if st.futureAnnotations {
		st.checkAnnotation(e)
		return
	}
	st.visitExpr(e)
}

// visitParams declares the parameters of the current function scope.
func (st *symtable) visitParams(args *ast.Arguments) {
	for _, list := range [][]*ast.Arg{args.Posonlyargs, args.Args, args.Kwonlyargs} {
		for _, a := range list {
			st.addDef(a.Arg, defParam, a.Pos)
		}
	}
	if args.Vararg != nil {
		st.addDef(args.Vararg.Arg, defParam, args.Vararg.Pos)
		st.cur.varargs = true
	}
	if args.Kwarg != nil {
		st.addDef(args.Kwarg.Arg, defParam, args.Kwarg.Pos)
		st.cur.varkw = true
	}
}

// visitExpr records the names an expression uses and binds, entering nested scopes.
func (st *symtable) visitExpr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.NamedExpr:
		st.handleNamedExpr(e)
	case *ast.BoolOp:
		st.visitExprs(e.Values)
	case *ast.BinOp:
		st.visitExpr(e.Left)
		st.visitExpr(e.Right)
	case *ast.UnaryOp:
		st.visitExpr(e.Operand)
	case *ast.Lambda:
		st.visitExprs(e.Args.Defaults)
		st.visitExprs(e.Args.KwDefaults)
		st.enter(functionScope, "lambda", e)
		st.visitParams(e.Args)
		st.visitExpr(e.Body)
		st.exit()
	case *ast.IfExp:
		st.visitExpr(e.Test)
		st.visitExpr(e.Body)
		st.visitExpr(e.Orelse)
	case *ast.Dict:
		st.visitExprs(e.Keys)
		st.visitExprs(e.Values)
	case *ast.Set:
		st.visitExprs(e.Elts)
	case *ast.GeneratorExp:
		st.visitComprehension(e, compGen, e.Generators, e.Elt, nil)
	case *ast.ListComp:
		st.visitComprehension(e, compList, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		st.visitComprehension(e, compSet, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		st.visitComprehension(e, compDict, e.Generators, e.Key, e.Value)
	case *ast.Yield:
		if e.Value != nil {
			st.visitExpr(e.Value)
		}
		st.cur.generator = true
		if st.cur.comp != compNone {
			st.fail(e.Pos, "'yield' inside "+compNames[st.cur.comp])
		}
	case *ast.YieldFrom:
		st.visitExpr(e.Value)
		st.cur.generator = true
		if st.cur.comp != compNone {
			st.fail(e.Pos, "'yield' inside "+compNames[st.cur.comp])
		}
	case *ast.Await:
		st.visitExpr(e.Value)
		st.cur.coroutine = true
	case *ast.Compare:
		st.visitExpr(e.Left)
		st.visitExprs(e.Comparators)
	case *ast.Call:
		st.visitExpr(e.Func)
		st.visitExprs(e.Args)
		for _, k := range e.Keywords {
			st.visitExpr(k.Value)
		}
	case *ast.FormattedValue:
		st.visitExpr(e.Value)
		if e.FormatSpec != nil {
			st.visitExpr(e.FormatSpec)
		}
	case *ast.JoinedStr:
		st.visitExprs(e.Values)
	case *ast.Constant:
	case *ast.Attribute:
		st.visitExpr(e.Value)
	case *ast.Subscript:
		st.visitExpr(e.Value)
		st.visitExpr(e.Slice)
	case *ast.Starred:
		st.visitExpr(e.Value)
	case *ast.Slice:
		for _, x := range []ast.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				st.visitExpr(x)
			}
		}
	case *ast.Name:
		flag := defLocal
		if e.Ctx == ast.Load {
			flag = defUse
		}
		if st.cur.compIterTarget && flag == defLocal {
			if st.cur.lookup(mangle(st.cur.private, e.Id))&(defGlobal|defNonlocal) != 0 {
				st.failPoint(e.Pos, "comprehension inner loop cannot rebind assignment expression target '"+e.Id+"'")
			}
			flag |= defCompIter
		}
		st.addDef(e.Id, flag, e.Pos)
		if e.Ctx == ast.Load && st.cur.kind == functionScope && e.Id == "super" {
			st.addDef("__class__", defUse, e.Pos)
		}
	case *ast.List:
		st.visitExprs(e.Elts)
	case *ast.Tuple:
		st.visitExprs(e.Elts)
	}
}

// handleNamedExpr records a walrus, binding its target in the enclosing function.
func (st *symtable) handleNamedExpr(e *ast.NamedExpr) {
	if st.cur.compIterExpr > 0 {
		st.fail(e.Pos, "assignment expression cannot be used in a comprehension iterable expression")
	}
	if st.cur.comp != compNone {
		st.extendNamedExprScope(e)
	}
	st.visitExpr(e.Value)
	st.visitExpr(e.Target)
}

// extendNamedExprScope binds a walrus target inside a comprehension in the nearest
// enclosing non-comprehension scope (CPython's symtable_extend_namedexpr_scope).
func (st *symtable) extendNamedExprScope(e *ast.NamedExpr) {
	target, ok := e.Target.(*ast.Name)
	if !ok {
		return
	}
	name := target.Id
	for i := len(st.stack) - 1; i >= 0; i-- {
		s := st.stack[i]
		if s.comp != compNone {
			if s.flags[name]&defCompIter != 0 {
				st.failPoint(e.Pos, "assignment expression cannot rebind comprehension iteration variable '"+name+"'")
			}
			continue
		}
		switch s.kind {
		case functionScope:
			if s.flags[name]&defGlobal != 0 {
				st.addDef(name, defGlobal, e.Pos)
			} else {
				st.addDef(name, defNonlocal, e.Pos)
			}
			st.recordDirective(name, e.Pos)
			st.addDefTo(s, name, defLocal, e.Pos)
			return
		case moduleScope:
			st.addDef(name, defGlobal, e.Pos)
			st.recordDirective(name, e.Pos)
			st.addDefTo(s, name, defGlobal, e.Pos)
			return
		case classScope:
			st.failPoint(e.Pos, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}

// visitComprehension records a comprehension: the first iterable in the current scope,
// the rest in a new function scope with the implicit parameter ".0".
func (st *symtable) visitComprehension(e ast.Expr, kind compKind, gens []*ast.Comprehension, elt, value ast.Expr) {
	outer := gens[0]
	st.cur.compIterExpr++
	st.visitExpr(outer.Iter)
	st.cur.compIterExpr--
	c := st.enter(functionScope, "<"+[...]string{"", "listcomp", "setcomp", "dictcomp", "genexpr"}[kind]+">", e)
	c.comp = kind
	if outer.IsAsync != 0 {
		c.coroutine = true
	}
	st.addDef(".0", defParam, e.Position())
	c.compIterTarget = true
	st.visitExpr(outer.Target)
	c.compIterTarget = false
	st.visitExprs(outer.Ifs)
	for _, g := range gens[1:] {
		c.compIterTarget = true
		st.visitExpr(g.Target)
		c.compIterTarget = false
		c.compIterExpr++
		st.visitExpr(g.Iter)
		c.compIterExpr--
		st.visitExprs(g.Ifs)
		if g.IsAsync != 0 {
			c.coroutine = true
		}
	}
	if value != nil {
		st.visitExpr(value)
	}
	st.visitExpr(elt)
	c.generator = kind == compGen
	st.exit()
	if c.coroutine && kind != compGen {
		st.cur.coroutine = true
	}
}
