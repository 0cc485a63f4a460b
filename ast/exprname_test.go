package ast

import "testing"

func TestExprName(t *testing.T) {
	for _, c := range []struct {
		e    Expr
		want string
	}{
		{&Call{}, "function call"}, {&Constant{Value: nil}, "None"}, {&Constant{Value: true}, "True"},
		{&Constant{Value: false}, "False"}, {&Constant{Value: EllipsisValue{}}, "ellipsis"},
		{&Constant{Value: int64(1)}, "literal"}, {&Compare{}, "comparison"}, {&Yield{}, "yield expression"},
		{&JoinedStr{}, "f-string expression"}, {&Slice{}, "expression"},
	} {
		if got := ExprName(c.e); got != c.want {
			t.Errorf("ExprName(%T) = %q, want %q", c.e, got, c.want)
		}
	}
}
