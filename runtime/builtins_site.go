package runtime

// exit, quit (site.py's Quitter objects) and __import__.

// QuitterType is the type of the exit and quit builtins (site.Quitter).
var QuitterType = NewBuiltinType("Quitter", "_sitebuiltins", nil, false)

// quitter is exit / quit: calling it raises SystemExit.
type quitter struct{ name string }

func (*quitter) Type() *Type { return QuitterType }

// Repr returns CPython's reminder text.
func (q *quitter) Repr(th *Thread) (string, error) {
	return "Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit", nil
}

// Call raises SystemExit(code).
func (q *quitter) Call(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArity(q.name, args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	return nil, NewExceptionArgs(SystemExitType, args...)
}

// builtinImport is __import__(name, globals=None, locals=None, fromlist=(), level=0):
// the top-level package for "a.b" without fromlist, the module itself otherwise.
func builtinImport(th *Thread, args []Value, kw []string) (Value, error) {
	var name string
	var globals, locals, fromlist, level Value
	if err := UnpackArgs("__import__", args, kw, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	m, err := th.Interp.ImportModule(th, name)
	if err != nil {
		return nil, err
	}
	if fl, _ := Truth(th, noneIfNil(fromlist)); fl {
		return m, nil
	}
	if i := indexByte(name, '.'); i >= 0 {
		return th.Interp.ImportModule(th, name[:i])
	}
	return m, nil
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
