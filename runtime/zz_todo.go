package runtime

// Temporary stubs, replaced file by file.

func todo(what string) error { return Errorf(NotImplementedErrorType, "runtime: %s", what) }

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

func newBuiltinsModule(in *Interp) *Module         { return NewModule("builtins") }
