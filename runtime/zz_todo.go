package runtime

// Temporary stubs, replaced file by file.

func todo(what string) error { return Errorf(NotImplementedErrorType, "runtime: %s", what) }

func truth(th *Thread, v Value) (bool, error)              { return false, todo("truth") }
func length(th *Thread, v Value) (int, error)              { return 0, todo("len") }
func getItem(th *Thread, v, key Value) (Value, error)      { return nil, todo("getitem") }
func setItem(th *Thread, v, key, x Value) error            { return todo("setitem") }
func delItem(th *Thread, v, key Value) error               { return todo("delitem") }
func contains(th *Thread, c, x Value) (bool, error)        { return false, todo("contains") }
func iter(th *Thread, v Value) (Iterator, error)           { return nil, todo("iter") }
func next(th *Thread, v Value) (Value, bool, error)        { return nil, false, todo("next") }
func getAttr(th *Thread, o Value, n string) (Value, error) { return nil, todo("getattr") }
func setAttr(th *Thread, o Value, n string, v Value) error { return todo("setattr") }
func call(th *Thread, f Value, a []Value, k []string) (Value, error) {
	return nil, todo("call")
}
func lookupAttr(th *Thread, o Value, n string) (Value, bool, error) {
	return nil, false, todo("getattr")
}
func lookupMethod(th *Thread, o Value, n string) (Value, bool, error) {
	return nil, false, todo("getattr")
}
func repr(th *Thread, v Value) (string, error)                { return "", todo("repr") }
func toStr(th *Thread, v Value) (string, error)               { return "", todo("str") }
func format(th *Thread, v Value, spec string) (string, error) { return "", todo("format") }

// PercentFormat implements str % args.
func PercentFormat(th *Thread, f string, args Value) (string, error) { return "", todo("%") }
func setBinary(th *Thread, op BinaryOp, d *Dict, b Value, frozen bool) (Value, error) {
	return nil, todo("set op")
}
func setCompare(th *Thread, op CompareOp, d *Dict, b Value) (Value, error) {
	return nil, todo("set cmp")
}
func isSetLike(v Value) bool                            { return false }
func dictUpdate(th *Thread, d, src *Dict) error         { return todo("dict update") }
func dictUpdateFrom(th *Thread, d *Dict, v Value) error { return todo("dict update") }

// ToSlice collects the items of an iterable.
func ToSlice(th *Thread, v Value) ([]Value, error) { return nil, todo("iterate") }
func newBuiltinsModule(in *Interp) *Module         { return NewModule("builtins") }
func c3(bases []*Type) ([]*Type, error)            { return nil, nil }
