// Package ast defines aio's syntax tree: the node types of CPython 3.11's ast module (Python.asdl),
// with the same names and fields, their source positions, a walker, and Dump, which prints a tree
// exactly as CPython's ast.dump does.
//
// The node structs live in nodes.go, generated from CPython's own ast module by gen_nodes.py.
// Field names are CPython's in Go's CamelCase; an optional identifier (alias.asname,
// ExceptHandler.name, keyword.arg, ImportFrom.module) is "" when CPython's is None, and an
// optional node is nil. The one renamed node is the expression statement, ExprStmt (CPython's
// Expr), because Expr is the interface of all expressions.
package ast

//go:generate sh -c "python3 gen_nodes.py | gofmt > nodes.go"

// Pos is the source span of a node, as CPython records it: 1-based lines and 0-based column
// offsets in UTF-8 bytes; the end is exclusive.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Position returns the span itself; embedding Pos gives a node its Position method.
func (p *Pos) Position() Pos { return *p }

// Node is any syntax tree node.
type Node interface {
	// Position is the node's source span (zero for nodes CPython gives no position).
	Position() Pos
	dump(d *dumper)
	walk(visit func(Node) bool)
}

// ModNode is a whole parse: Module, Interactive or Expression.
type ModNode interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// ExceptHandlerNode is CPython's excepthandler sum, whose only member is ExceptHandler.
type ExceptHandlerNode interface {
	Node
	excepthandlerNode()
}

// TypeIgnore is CPython's type_ignore; aio never produces one (no type comments), but Module
// keeps the field so that dumps match.
type TypeIgnore struct {
	Lineno int
	Tag    string
}

// EllipsisValue is the value of the constant `...`. Constant.Value holds one of: nil (None),
// bool, int64, *big.Int (ints beyond int64), float64, complex128, string, []byte, or
// EllipsisValue.
type EllipsisValue struct{}

// Walk calls visit for n and, if visit returns true, for each of its children in field order,
// depth first. Nil children (absent optional nodes, None in kw_defaults) are skipped.
func Walk(n Node, visit func(Node) bool) {
	if visit(n) {
		n.walk(visit)
	}
}
