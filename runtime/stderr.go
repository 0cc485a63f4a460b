package runtime

import "io"

// WriteStderr writes s, a report of the runtime or the vm (a warning, an event loop's
// exception report), where CPython writes it: to sys.stderr. That is the interpreter's
// Stderr unless the program replaced sys.stderr, whose write method then gets s in one
// call (errors in it are ignored, as CPython's last-resort handler ignores them); when
// sys.stderr is None, nothing is written.
func WriteStderr(th *Thread, s string) {
	if m, ok := th.Interp.Modules.GetStr("sys"); ok {
		cur, err1 := GetAttr(th, m, "stderr")
		orig, err2 := GetAttr(th, m, "__stderr__")
		if err1 == nil && err2 == nil && !Is(cur, orig) {
			if cur == None {
				return
			}
			if _, err := CallMethod(th, cur, "write", Str(s)); err == nil {
				_, _ = CallMethod(th, cur, "flush")
			}
			return
		}
	}
	io.WriteString(th.Interp.Stderr, s)
}
