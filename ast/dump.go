package ast

import (
	"strconv"
	"strings"

	"github.com/aiolang/aio/internal/pyrepr"
)

// Dump returns the text CPython 3.11's ast.dump(node) returns: field names shown, positions
// left out, optional fields that are None omitted, and constants printed with repr.
func Dump(n Node) string {
	d := &dumper{}
	d.node(n)
	return d.b.String()
}

// dumper accumulates the dump; first tracks whether the current node has printed a field yet.
type dumper struct {
	b     strings.Builder
	first []bool
}

// open starts a node: its class name and "(".
func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = append(d.first, true)
}

// close ends the node open started.
func (d *dumper) close() {
	d.first = d.first[:len(d.first)-1]
	d.b.WriteByte(')')
}

// field starts a field of the current node: ", " unless it is the first, then "name=".
func (d *dumper) field(name string) {
	top := len(d.first) - 1
	if !d.first[top] {
		d.b.WriteString(", ")
	}
	d.first[top] = false
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

// node dumps n, or None for a nil node.
func (d *dumper) node(n Node) {
	if n == nil || isNilNode(n) {
		d.b.WriteString("None")
		return
	}
	n.dump(d)
}

// The dumps of field values: a str, an int, a node without fields, a constant and a type
// ignore comment.
func (d *dumper) str(s string)       { d.b.WriteString(pyrepr.Str(s)) }
func (d *dumper) int(i int)          { d.b.WriteString(strconv.Itoa(i)) }
func (d *dumper) simple(name string) { d.b.WriteString(name); d.b.WriteString("()") }
func (d *dumper) constant(v any)     { d.b.WriteString(ConstantRepr(v)) }
func (d *dumper) typeIgnore(t TypeIgnore) {
	d.open("TypeIgnore")
	d.field("lineno")
	d.int(t.Lineno)
	d.field("tag")
	d.str(t.Tag)
	d.close()
}

// ConstantRepr returns CPython's repr of a Constant's value ("?" for a value no Constant holds).
func ConstantRepr(v any) string {
	if s, ok := pyrepr.Scalar(v); ok {
		return s
	}
	if _, ok := v.(EllipsisValue); ok {
		return "Ellipsis"
	}
	return "?"
}

// isNilNode reports whether n is an interface holding a typed nil pointer.
func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *Arg:
		return n == nil
	case *Arguments:
		return n == nil
	case *Keyword:
		return n == nil
	case *Alias:
		return n == nil
	case *WithItem:
		return n == nil
	case *Comprehension:
		return n == nil
	}
	return false
}
