package runtime

import "testing"

// Benchmarks of the hot paths the vm relies on. Run: go test -bench . -benchmem ./runtime

func BenchmarkBinaryIntAdd(b *testing.B) {
	th := newTestThread()
	var x Value = Int(1)
	for i := 0; i < b.N; i++ {
		x, _ = Binary(th, OpAdd, x, Int(1))
		if x.(Int) > 200 {
			x = Int(0)
		}
	}
}

func BenchmarkBinaryFloatMul(b *testing.B) {
	th := newTestThread()
	var x Value = Float(1)
	for i := 0; i < b.N; i++ {
		x, _ = Binary(th, OpMul, x, Float(1.0000001))
	}
}

func BenchmarkCompareIntLt(b *testing.B) {
	th := newTestThread()
	for i := 0; i < b.N; i++ {
		CompareBool(th, OpLt, Int(i), Int(1000))
	}
}

func BenchmarkDictSetGetStr(b *testing.B) {
	keys := make([]Value, 1000)
	for i := range keys {
		keys[i] = Str("key" + decimalString(i))
	}
	th := newTestThread()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := NewDict()
		for _, k := range keys {
			d.Set(th, k, k)
		}
		for _, k := range keys {
			d.Get(th, k)
		}
	}
}

func BenchmarkDictIntKeys(b *testing.B) {
	th := newTestThread()
	for i := 0; i < b.N; i++ {
		d := NewDict()
		for j := 0; j < 1000; j++ {
			d.Set(th, MakeInt(int64(j)), MakeInt(int64(j)))
		}
		for j := 0; j < 1000; j++ {
			d.Get(th, MakeInt(int64(j)))
		}
	}
}

func benchClass(b *testing.B) (*Thread, *Type, Value) {
	th := newTestThread()
	ns := NewDict()
	ns.SetStr("__module__", Str("__main__"))
	ns.SetStr("get", method("C.get", func(th *Thread, args []Value, kw []string) (Value, error) { return args[0], nil }))
	c, err := NewClass(th, "C", nil, ns, nil)
	if err != nil {
		b.Fatal(err)
	}
	o, _ := Call(th, c, nil, nil)
	SetAttr(th, o, "x", Int(1))
	SetAttr(th, o, "y", Int(2))
	return th, c, o
}

func BenchmarkGetAttrInstance(b *testing.B) {
	th, _, o := benchClass(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		GetAttr(th, o, "y")
	}
}

func BenchmarkSetAttrInstance(b *testing.B) {
	th, _, o := benchClass(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		SetAttr(th, o, "x", Int(5))
	}
}

func BenchmarkLookupMethod(b *testing.B) {
	th, _, o := benchClass(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		LookupMethod(th, o, "get")
	}
}

func BenchmarkLookupMethodList(b *testing.B) {
	th := newTestThread()
	l := &List{}
	for i := 0; i < b.N; i++ {
		LookupMethod(th, l, "append")
	}
}

func BenchmarkConstruct(b *testing.B) {
	th, c, _ := benchClass(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		o, _ := Call(th, c, nil, nil)
		SetAttr(th, o, "x", Int(1))
		SetAttr(th, o, "y", Int(2))
	}
}

func BenchmarkIterRange(b *testing.B) {
	th := newTestThread()
	r := &Range{Start: 0, Stop: 1000, Step: 1}
	for i := 0; i < b.N; i++ {
		it, _ := Iter(th, r)
		for {
			_, ok, _ := it.Next(th)
			if !ok {
				break
			}
		}
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	th := newTestThread()
	for i := 0; i < b.N; i++ {
		Format(th, Float(3.14159), ".2f")
	}
}

func BenchmarkReprList(b *testing.B) {
	th := newTestThread()
	l := &List{Items: []Value{Int(1), Str("a"), None, Float(2.5)}}
	for i := 0; i < b.N; i++ {
		Repr(th, l)
	}
}

func BenchmarkSortInts(b *testing.B) {
	th := newTestThread()
	items := make([]Value, 1000)
	for i := 0; i < b.N; i++ {
		for j := range items {
			items[j] = Int((j * 7919) % 1000)
		}
		SortValues(th, items, nil, false)
	}
}

func BenchmarkLibmSin(b *testing.B) {
	x := 0.0
	for i := 0; i < b.N; i++ {
		x += Sin(float64(i%100) * 0.1)
	}
}

func BenchmarkLibmLog(b *testing.B) {
	x := 0.0
	for i := 0; i < b.N; i++ {
		x += Log(float64(i%100) + 1.5)
	}
}

func BenchmarkLibmExp(b *testing.B) {
	x := 0.0
	for i := 0; i < b.N; i++ {
		x += Exp(float64(i%100)*0.1 - 5)
	}
}

func BenchmarkConstructKeyError(b *testing.B) {
	th := newTestThread()
	args := []Value{Int(7)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Call(th, KeyErrorType, args, nil)
	}
}

func BenchmarkConstructUserException(b *testing.B) {
	th := newTestThread()
	ns := NewDict()
	ns.SetStr("__module__", Str("__main__"))
	c, err := NewClass(th, "AppError", []*Type{ExceptionType}, ns, nil)
	if err != nil {
		b.Fatal(err)
	}
	args := []Value{Int(7)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		e, _ := Call(th, c, args, nil)
		SetAttr(th, e, "code", Int(7))
	}
}

// BenchmarkDictGrowInt builds a large dict of int keys (bench/dicts): the cost is in
// growing the entries and the index.
func BenchmarkDictGrowInt(b *testing.B) {
	th := newTestThread()
	for i := 0; i < b.N; i++ {
		d := NewDict()
		for j := 0; j < 200_000; j++ {
			d.Set(th, MakeInt(int64(j)), Int(j))
		}
	}
}

// BenchmarkSumIntList measures sum() of a list of 100 ints of all sizes (per item).
func BenchmarkSumIntList(b *testing.B) {
	benchSumList(b, func(i int) Value { return MakeInt(int64(i) * 99991) })
}

// BenchmarkSumFloatList measures sum() of a list of 100 floats (per item).
func BenchmarkSumFloatList(b *testing.B) {
	benchSumList(b, func(i int) Value { return Float(float64(i) * 0.5) })
}

// benchSumList measures sum() of a list of the 100 values item(0) … item(99), per item.
func benchSumList(b *testing.B, item func(i int) Value) {
	items := make([]Value, 100)
	for i := range items {
		items[i] = item(i)
	}
	l := NewList(items)
	th := newTestThread()
	b.ReportAllocs()
	for i := 0; i < b.N; i += len(items) {
		if _, err := builtinSum(th, []Value{l}, nil); err != nil {
			b.Fatal(err)
		}
	}
}
