package typing

import (
	"testing"

	"github.com/aiolang/aio/runtime"
)

func TestAliasRepr(t *testing.T) {
	th := runtime.NewInterp(runtime.Options{}).NewThread()
	list := &alias{name: "List", origin: runtime.ListType}
	opt := &alias{name: "Optional", form: formOptional}
	union := &alias{name: "Union", form: formUnion}
	callable := &alias{name: "Callable", form: formCallable}
	sub := func(a *alias, key runtime.Value) runtime.Value {
		t.Helper()
		v, err := a.subscript(th, key)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct {
		v    runtime.Value
		want string
	}{
		{list, "typing.List"},
		{sub(list, runtime.IntType), "typing.List[int]"},
		{sub(opt, runtime.IntType), "typing.Optional[int]"},
		{sub(union, runtime.Tuple{runtime.IntType, runtime.StrType}), "typing.Union[int, str]"},
		{sub(union, runtime.Tuple{runtime.IntType, runtime.None}), "typing.Optional[int]"},
		{sub(callable, runtime.Tuple{runtime.NewList([]runtime.Value{runtime.IntType}), runtime.StrType}), "typing.Callable[[int], str]"},
		{sub(callable, runtime.Tuple{runtime.Ellipsis, runtime.IntType}), "typing.Callable[..., int]"},
		{sub(list, runtime.Str("Foo")), "typing.List[ForwardRef('Foo')]"},
	} {
		a, ok := tc.v.(*alias)
		if !ok {
			t.Errorf("%v is not an alias", tc.v)
			continue
		}
		got, err := a.Repr(th)
		if err != nil || got != tc.want {
			t.Errorf("repr = %q, %v; want %q", got, err, tc.want)
		}
	}
	// Union of one type is that type; nested unions flatten.
	if v := sub(union, runtime.Tuple{runtime.IntType}); v != runtime.Value(runtime.IntType) {
		t.Errorf("Union[int] = %v", v)
	}
	inner := sub(union, runtime.Tuple{runtime.IntType, runtime.StrType})
	if v := sub(union, runtime.Tuple{inner, runtime.IntType}).(*alias); len(v.args) != 2 {
		t.Errorf("Union[Union[int, str], int] has args %v", v.args)
	}
}

func TestTypeVar(t *testing.T) {
	th := runtime.NewInterp(runtime.Options{}).NewThread()
	v, err := typeVarType.New(th, typeVarType, []runtime.Value{runtime.Str("T"), runtime.True}, []string{"covariant"})
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := v.(*typeVar).Repr(th); s != "+T" {
		t.Errorf("repr = %q", s)
	}
}
