package compile

import (
	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// loadName, storeName and deleteName emit the access to name at the current position.
func (c *compiler) loadName(name string)   { c.nameOp(name, ast.Load, c.u.pos) }
func (c *compiler) storeName(name string)  { c.nameOp(name, ast.Store, c.u.pos) }
func (c *compiler) deleteName(name string) { c.nameOp(name, ast.Del, c.u.pos) }

// nameOp emits the load, store or delete of a name, by where the name resolves.
func (c *compiler) nameOp(name string, ctx ast.ExprContext, p ast.Pos) {
	u := c.u
	if name == "__debug__" {
		if ctx == ast.Load {
			c.loadConst(true)
			return
		}
		if ctx == ast.Del {
			c.fail(p, "cannot delete __debug__")
		}
		c.fail(p, "cannot assign to __debug__")
	}
	mangled := mangle(u.private, name)
	access := nameAccessName
	switch u.scope.resolved[mangled] {
	case scopeFree, scopeCell:
		access = nameAccessDeref
	case scopeLocal:
		if u.scope.isFunction() {
			access = nameAccessFast
		}
	case scopeGlobalImplicit:
		if u.scope.isFunction() {
			access = nameAccessGlobal
		}
	case scopeGlobalExplicit:
		access = nameAccessGlobal
	}
	var arg uint32
	switch access {
	case nameAccessDeref:
		i, ok := u.derefIndex[mangled]
		if !ok {
			panic("compile: no cell for " + mangled)
		}
		arg = uint32(i)
		if ctx == ast.Load && u.kind == unitClass {
			c.emit(code.LOAD_CLASSDEREF, arg)
			return
		}
	case nameAccessFast:
		arg = uint32(u.addVar(mangled))
	default:
		arg = u.addName(mangled)
	}
	c.emit(nameOpcodes[access][ctx], arg)
}

// nameAccess is how a compiled name is reached: by dictionary lookup in the locals,
// by local slot, in the globals, or through a cell.
type nameAccess uint8

const (
	nameAccessName nameAccess = iota
	nameAccessFast
	nameAccessGlobal
	nameAccessDeref
)

// nameOpcodes gives, by access and by ast.Load, ast.Store and ast.Del, the opcode nameOp
// emits.
var nameOpcodes = [...][3]code.Opcode{
	nameAccessName:   {code.LOAD_NAME, code.STORE_NAME, code.DELETE_NAME},
	nameAccessFast:   {code.LOAD_FAST, code.STORE_FAST, code.DELETE_FAST},
	nameAccessGlobal: {code.LOAD_GLOBAL, code.STORE_GLOBAL, code.DELETE_GLOBAL},
	nameAccessDeref:  {code.LOAD_DEREF, code.STORE_DEREF, code.DELETE_DEREF},
}

// ---- stores and deletes ----

// store assigns the value on top of the stack to target.
func (c *compiler) store(t ast.Expr) {
	old := c.setPos(t.Position())
	defer func() { c.u.pos = old }()
	switch t := t.(type) {
	case *ast.Name:
		c.nameOp(t.Id, ast.Store, t.Pos)
	case *ast.Attribute:
		if t.Attr == "__debug__" {
			c.fail(t.Pos, "cannot assign to __debug__")
		}
		c.expr(t.Value)
		c.u.pos = attrPos(t)
		c.emit(code.STORE_ATTR, c.u.addName(c.mangle(t.Attr)))
	case *ast.Subscript:
		c.expr(t.Value)
		c.sliceExpr(t.Slice)
		c.emitOp(code.STORE_SUBSCR)
	case *ast.Tuple:
		c.unpack(t.Elts, t.Pos)
	case *ast.List:
		c.unpack(t.Elts, t.Pos)
	case *ast.Starred:
		c.fail(t.Pos, "starred assignment target must be in a list or tuple")
	default:
		c.fail(t.Position(), "cannot assign to "+ast.ExprName(t))
	}
}

// unpack assigns the elements of the iterable on the stack to the targets elts.
func (c *compiler) unpack(elts []ast.Expr, p ast.Pos) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				c.fail(p, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star >= 0 {
		after := len(elts) - star - 1
		if star >= 1<<8 || after >= 1<<16 {
			c.fail(p, "too many expressions in star-unpacking assignment")
		}
		c.emit(code.UNPACK_EX, uint32(star|after<<8))
	} else {
		c.emit(code.UNPACK_SEQUENCE, uint32(len(elts)))
	}
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

// delete compiles the deletion of a target.
func (c *compiler) delete(t ast.Expr) {
	old := c.setPos(t.Position())
	defer func() { c.u.pos = old }()
	switch t := t.(type) {
	case *ast.Name:
		c.nameOp(t.Id, ast.Del, t.Pos)
	case *ast.Attribute:
		c.expr(t.Value)
		c.u.pos = attrPos(t)
		c.emit(code.DELETE_ATTR, c.u.addName(c.mangle(t.Attr)))
	case *ast.Subscript:
		c.expr(t.Value)
		c.sliceExpr(t.Slice)
		c.emitOp(code.DELETE_SUBSCR)
	case *ast.Tuple:
		for _, e := range t.Elts {
			c.delete(e)
		}
	case *ast.List:
		for _, e := range t.Elts {
			c.delete(e)
		}
	default:
		c.fail(t.Position(), "cannot delete "+ast.ExprName(t))
	}
}
