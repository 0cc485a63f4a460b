package runtime

import (
	"strings"
	"testing"
)

// goFunc is a Function implemented in Go, standing in for the vm's functions in tests.
type goFunc struct {
	name string
	fn   func(th *Thread, args []Value, kw []string) (Value, error)
}

func (*goFunc) Type() *Type { return BuiltinFuncType }
func (f *goFunc) Call(th *Thread, args []Value, kw []string) (Value, error) {
	return f.fn(th, args, kw)
}
func (f *goFunc) FuncName() string { return f.name }

func method(name string, fn func(th *Thread, args []Value, kw []string) (Value, error)) Value {
	return &goFunc{name: name, fn: fn}
}

func mustClass(t *testing.T, th *Thread, name string, bases []*Type, attrs map[string]Value) *Type {
	ns := NewDict()
	ns.SetStr("__module__", Str("__main__"))
	for k, v := range attrs {
		ns.SetStr(k, v)
	}
	c, err := NewClass(th, name, bases, ns, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestClassBasics(t *testing.T) {
	th := newTestThread()
	point := mustClass(t, th, "Point", nil, map[string]Value{
		"__init__": method("Point.__init__", func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := SetAttr(th, args[0], "x", args[1]); err != nil {
				return nil, err
			}
			return None, SetAttr(th, args[0], "y", args[2])
		}),
		"__repr__": method("Point.__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
			x, _ := GetAttr(th, args[0], "x")
			y, _ := GetAttr(th, args[0], "y")
			s, _ := PercentFormat(th, "Point(%r, %r)", Tuple{x, y})
			return Str(s), nil
		}),
		"__add__": method("Point.__add__", func(th *Thread, args []Value, kw []string) (Value, error) {
			if args[1].Type() != args[0].Type() {
				return NotImplemented, nil
			}
			x1, _ := GetAttr(th, args[0], "x")
			x2, _ := GetAttr(th, args[1], "x")
			y1, _ := GetAttr(th, args[0], "y")
			y2, _ := GetAttr(th, args[1], "y")
			x, _ := Binary(th, OpAdd, x1, x2)
			y, _ := Binary(th, OpAdd, y1, y2)
			return Call(th, args[0].Type(), []Value{x, y}, nil)
		}),
		"__eq__": method("Point.__eq__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return Bool(args[1].Type() == args[0].Type()), nil
		}),
	})
	p, err := Call(th, point, []Value{Int(1), Int(2)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := Call(th, point, []Value{Int(10), Int(20)}, nil)
	r, err := Binary(th, OpAdd, p, q)
	if got := result(th, r, err); got != "Point(11, 22)" {
		t.Errorf("p+q = %s", got)
	}
	_, err = Binary(th, OpAdd, p, Int(1))
	if got := result(th, nil, err); got != "!TypeError: unsupported operand type(s) for +: 'Point' and 'int'" {
		t.Errorf("p+1: %s", got)
	}
	_, err = Hash(th, p)
	if got := result(th, nil, err); got != "!TypeError: unhashable type: 'Point'" {
		t.Errorf("hash(p): %s", got)
	}
	_, err = GetAttr(th, p, "z")
	if got := result(th, nil, err); got != "!AttributeError: 'Point' object has no attribute 'z'" {
		t.Errorf("p.z: %s", got)
	}
	// LookupMethod returns the unbound function
	f, self, err := LookupMethod(th, p, "__repr__")
	if err != nil || !self {
		t.Fatalf("LookupMethod: %v %v", self, err)
	}
	if _, ok := f.(*goFunc); !ok {
		t.Errorf("LookupMethod returned %T", f)
	}
	// bound method through GetAttr
	bm, _ := GetAttr(th, p, "__repr__")
	if _, ok := bm.(*BoundMethod); !ok {
		t.Errorf("GetAttr returned %T", bm)
	}
	// class attribute set invalidates caches
	SetAttr(th, point, "z", Int(5))
	z, err := GetAttr(th, p, "z")
	if got := result(th, z, err); got != "5" {
		t.Errorf("p.z after class set: %s", got)
	}
	// subclass, super, MRO
	sub := mustClass(t, th, "Sub", []*Type{point}, nil)
	s, err := Call(th, sub, []Value{Int(1), Int(1)}, nil)
	if got := result(th, s, err); got != "Point(1, 1)" {
		t.Errorf("Sub(1,1) = %s", got)
	}
	mro, _ := GetAttr(th, sub, "__mro__")
	if got := result(th, mro, nil); got != "(<class '__main__.Sub'>, <class '__main__.Point'>, <class 'object'>)" {
		t.Errorf("mro = %s", got)
	}
}

func TestC3(t *testing.T) {
	th := newTestThread()
	a := mustClass(t, th, "A", nil, nil)
	b := mustClass(t, th, "B", []*Type{a}, nil)
	c := mustClass(t, th, "C", []*Type{a}, nil)
	d := mustClass(t, th, "D", []*Type{b, c}, nil)
	var names []string
	for _, m := range d.MRO {
		names = append(names, m.Name)
	}
	if got := strings.Join(names, " "); got != "D B C A object" {
		t.Errorf("mro = %s", got)
	}
	_, err := NewClass(th, "E", []*Type{a, b}, NewDict(), nil)
	if got := result(th, nil, err); got != "!TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B" {
		t.Errorf("E: %s", got)
	}
	_, err = NewClass(th, "F", []*Type{BoolType}, NewDict(), nil)
	if got := result(th, nil, err); got != "!TypeError: type 'bool' is not an acceptable base type" {
		t.Errorf("F: %s", got)
	}
}

func TestExceptionSubclass(t *testing.T) {
	th := newTestThread()
	myErr := mustClass(t, th, "MyError", []*Type{ValueErrorType}, nil)
	e, err := Call(th, myErr, []Value{Str("boom"), Int(3)}, nil)
	if got := result(th, e, err); got != "MyError('boom', 3)" {
		t.Errorf("MyError = %s", got)
	}
	if !IsInstance(e, ExceptionType) {
		t.Error("not an Exception")
	}
	s, _ := ToStr(th, e)
	if s != "('boom', 3)" {
		t.Errorf("str = %s", s)
	}
	eg, err := Call(th, ExceptionGroupType, []Value{Str("grp"), &List{Items: []Value{e, KeyError(Int(1))}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, _ = ToStr(th, eg)
	if s != "grp (2 sub-exceptions)" {
		t.Errorf("str(eg) = %s", s)
	}
	parts, err := CallMethod(th, eg, "split", ValueErrorType)
	if got := result(th, parts, err); got != "(ExceptionGroup('grp', [MyError('boom', 3)]), ExceptionGroup('grp', [KeyError(1)]))" {
		t.Errorf("split = %s", got)
	}
	ose, err := Call(th, OSErrorType, []Value{Int(2), Str("No such file or directory"), Str("x.txt")}, nil)
	if got := result(th, nil, AsException(ose.(*Exception))); got != "!FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'" || err != nil {
		t.Errorf("OSError = %s", got)
	}
}

func TestNestedRecursion(t *testing.T) {
	th := newTestThread()
	var l Value = &List{}
	var m Value = &List{}
	for i := 0; i < 5000; i++ {
		l = &List{Items: []Value{l}}
		m = &List{Items: []Value{m}}
	}
	_, err := Repr(th, l)
	if got := result(th, nil, err); got != "!RecursionError: maximum recursion depth exceeded while getting the repr of an object" {
		t.Errorf("repr: %s", got)
	}
	_, err = Equal(th, l, m)
	if got := result(th, nil, err); got != "!RecursionError: maximum recursion depth exceeded in comparison" {
		t.Errorf("==: %s", got)
	}
	if th.Depth != 0 {
		t.Errorf("depth leaked: %d", th.Depth)
	}
}

func TestSelfReferentialException(t *testing.T) {
	th := newTestThread()
	e := ValueErrorf("x")
	e.Args = Tuple{e}
	if _, err := Repr(th, e); !IsInstanceOf(err, RecursionErrorType) {
		t.Errorf("repr: %v", err)
	}
	if _, err := ToStr(th, e); !IsInstanceOf(err, RecursionErrorType) {
		t.Errorf("str: %v", err)
	}
	if th.Depth != 0 {
		t.Errorf("depth leaked: %d", th.Depth)
	}
}

func TestConstructMethods(t *testing.T) {
	th := newTestThread()
	ns := NewDict()
	ns.SetStr("__module__", Str("__main__"))
	ns.SetStr("__init__", method("C.__init__", func(th *Thread, args []Value, kw []string) (Value, error) { return None, nil }))
	c, err := NewClass(th, "C", nil, ns, nil)
	if err != nil {
		t.Fatal(err)
	}
	newf, newOwner, initf, initOwner := c.ConstructMethods()
	if newOwner != ObjectType || newf == nil || initOwner != c || initf == nil {
		t.Fatalf("C: new from %v, init from %v", newOwner, initOwner)
	}
	if err := SetAttr(th, c, "__init__", None); err != nil {
		t.Fatal(err)
	}
	if _, _, initf, _ := c.ConstructMethods(); initf != None {
		t.Fatalf("after assignment: __init__ = %v", initf)
	}
	if _, newOwner, _, initOwner := KeyErrorType.ConstructMethods(); newOwner != BaseExceptionType || initOwner != BaseExceptionType {
		t.Fatalf("KeyError: new from %v, init from %v", newOwner, initOwner)
	}
}
