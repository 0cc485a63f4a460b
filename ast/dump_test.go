package ast

import "testing"

// TestDump checks Dump against ast.dump output of CPython 3.11 for hand-built trees.
func TestDump(t *testing.T) {
	one := &Constant{Value: int64(1)}
	mod := &Module{Body: []Stmt{
		&ExprStmt{Value: &Call{Func: &Name{Id: "print", Ctx: Load}, Args: []Expr{one}}},
		&ImportFrom{Module: "os", Names: []*Alias{{Name: "path", Asname: "p"}}},
		&FunctionDef{Name: "f", Args: &Arguments{KwDefaults: []Expr{nil, one}}, Body: []Stmt{&Pass{}}},
		&ExprStmt{Value: &Constant{Value: "u", Kind: "u"}},
	}}
	want := "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value=1)], keywords=[])), " +
		"ImportFrom(module='os', names=[alias(name='path', asname='p')], level=0), " +
		"FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[None, Constant(value=1)], defaults=[]), body=[Pass()], decorator_list=[]), " +
		"Expr(value=Constant(value='u', kind='u'))], type_ignores=[])"
	if got := Dump(mod); got != want {
		t.Errorf("Dump:\n got %s\nwant %s", got, want)
	}
}

func TestWalk(t *testing.T) {
	tree := &BinOp{Left: &Name{Id: "a"}, Op: Add, Right: &Name{Id: "b"}}
	var names []string
	Walk(tree, func(n Node) bool {
		if n, ok := n.(*Name); ok {
			names = append(names, n.Id)
		}
		return true
	})
	if len(names) != 2 || names[0] != "a" || names[1] != "b" {
		t.Errorf("Walk visited %v", names)
	}
}
