package runtime

import (
	"fmt"
	"math/rand"
	"testing"
)

// TestNoPanics calls every builtin, every method of the built-in types and every protocol
// with random arguments: errors are fine, Go panics are not.
func TestNoPanics(t *testing.T) {
	th := newTestThread()
	cls := mustClass(t, th, "C", nil, nil)
	inst, _ := Call(th, cls, nil, nil)
	sub := mustClass(t, th, "L", []*Type{ListType}, nil)
	subInst, _ := Call(th, sub, []Value{&List{Items: []Value{Int(1)}}}, nil)
	pool := []Value{Int(0), Int(-3), Int(7), &BigInt{}, Float(2.5), Float(-0.0), Complex(1 + 2i), True, None,
		Str(""), Str("abc"), Str("héllo"), Bytes("xy"), &ByteArray{B: []byte("q")}, &List{Items: []Value{Int(1), Str("a")}},
		Tuple{Int(1), Int(2)}, EmptyTuple, NewDict(), NewSet(), &Range{0, 5, 1}, &Slice{None, Int(2), None},
		IntType, StrType, cls, inst, subInst, NotImplemented, Ellipsis, KeyError(Str("k"))}
	pool[3].(*BigInt).b.SetString("123456789012345678901234567890", 10)
	bad := func(v Value) Value {
		return method("bad", func(th *Thread, args []Value, kw []string) (Value, error) { return v, nil })
	}
	weird := mustClass(t, th, "Weird", nil, map[string]Value{
		"__len__": bad(Str("x")), "__iter__": bad(Int(3)), "__hash__": bad(Str("h")), "__bool__": bad(Int(2)),
		"__index__": bad(Float(1)), "__eq__": bad(NotImplemented), "__lt__": bad(Int(1)), "__repr__": bad(Int(5)),
		"__getitem__": bad(None), "__contains__": bad(Str("")), "__add__": bad(NotImplemented), "__format__": bad(Int(1)),
	})
	w, _ := Call(th, weird, nil, nil)
	pool = append(pool, w)
	for _, bt := range []*Type{DictType, SetType, StrType, IntType, FloatType, TupleType} {
		c := mustClass(t, th, "Sub"+bt.Name, []*Type{bt}, nil)
		if o, err := Call(th, c, nil, nil); err == nil {
			pool = append(pool, o)
		}
	}
	r := rand.New(rand.NewSource(42))
	pick := func() Value { return pool[r.Intn(len(pool))] }
	try := func(what string, f func()) {
		defer func() {
			if p := recover(); p != nil {
				t.Errorf("%s: panic %v", what, p)
			}
		}()
		f()
	}
	args := func(n int) []Value {
		a := make([]Value, n)
		for i := range a {
			a[i] = pick()
		}
		return a
	}
	var names []string
	th.Interp.Builtins.Items(func(k, v Value) bool {
		if s := string(k.(Str)); s != "input" && s != "open" && s != "exit" && s != "quit" && s != "print" {
			names = append(names, s)
		}
		return true
	})
	for round := 0; round < 30; round++ {
		for _, n := range names {
			f, _ := th.Interp.Builtins.GetStr(n)
			for k := 0; k < 4; k++ {
				a := args(k)
				try(fmt.Sprintf("%s%v", n, a), func() { Call(th, f, a, nil) })
			}
		}
		for _, typ := range []*Type{IntType, FloatType, StrType, BytesType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, ObjectType, BaseExceptionType} {
			typ.Dict.Items(func(k, v Value) bool {
				for n := 0; n < 3; n++ {
					a := append([]Value{pick()}, args(n)...)
					try(fmt.Sprintf("%s.%s%v", typ.Name, k, a), func() { Call(th, v, a, nil) })
				}
				return true
			})
		}
		for i := 0; i < 200; i++ {
			a, b := pick(), pick()
			try("binary", func() { Binary(th, BinaryOp(r.Intn(13)), a, b) })
			try("inplace", func() { InPlace(th, BinaryOp(r.Intn(13)), a, b) })
			try("compare", func() { Compare(th, CompareOp(r.Intn(6)), a, b) })
			try("getitem", func() { GetItem(th, a, b) })
			try("contains", func() { Contains(th, a, b) })
			try("unary", func() { Unary(th, UnaryOp(r.Intn(3)), a) })
			try("repr", func() {
				Repr(th, a)
				ToStr(th, a)
				Hash(th, a)
				Len(th, a)
				Truth(th, a)
				Iter(th, a)
			})
			try("format", func() { Format(th, a, ">5") })
			try("getattr", func() { GetAttr(th, a, "real"); LookupMethod(th, a, "append") })
		}
	}
}
