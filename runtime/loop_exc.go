package runtime

import (
	"sort"
	"strings"
)

// exceptionContext is the context dict of loop.call_exception_handler, built lazily: keys
// other than 'message' and 'exception' with their values.
type exceptionContext struct {
	message string
	exc     *Exception
	keys    []string
	values  []Value
}

func (c exceptionContext) dict() *Dict {
	d := NewDict()
	d.SetStr("message", Str(c.message))
	if c.exc != nil {
		d.SetStr("exception", c.exc)
	}
	for i, k := range c.keys {
		d.SetStr(k, c.values[i])
	}
	return d
}

// callbackError handles an exception raised by a callback (Handle._run): SystemExit and
// KeyboardInterrupt propagate; anything else goes to the exception handler.
func (l *Loop) callbackError(th *Thread, err error, h *Handle) error {
	exc := AsException(err)
	if exc.Type().IsSubtype(SystemExitType) || exc.Type().IsSubtype(KeyboardInterruptType) {
		return exc
	}
	ctx := exceptionContext{exc: exc}
	if h != nil {
		ctx.message = "Exception in callback " + formatCallbackSource(th, h.cb, h.args)
		ctx.keys, ctx.values = []string{"handle"}, []Value{h}
	} else {
		ctx.message = "Exception in callback"
	}
	l.CallExceptionHandler(th, ctx)
	return nil
}

// CallExceptionHandler implements loop.call_exception_handler for Go callers.
func (l *Loop) CallExceptionHandler(th *Thread, c exceptionContext) {
	if l.ExceptionHandler == nil {
		l.defaultExceptionHandler(th, c)
		return
	}
	if _, err := Call(th, l.ExceptionHandler, []Value{l, c.dict()}, nil); err != nil {
		if IsInstanceOf(err, SystemExitType) || IsInstanceOf(err, KeyboardInterruptType) {
			return
		}
		l.defaultExceptionHandler(th, exceptionContext{
			message: "Unhandled error in exception handler",
			exc:     AsException(err),
			keys:    []string{"context"},
			values:  []Value{c.dict()},
		})
	}
}

// CallExceptionHandlerDict implements loop.call_exception_handler(context) for a Python
// context dict.
func (l *Loop) CallExceptionHandlerDict(th *Thread, d *Dict) error {
	if l.ExceptionHandler != nil {
		_, err := Call(th, l.ExceptionHandler, []Value{l, d}, nil)
		if err != nil && (IsInstanceOf(err, SystemExitType) || IsInstanceOf(err, KeyboardInterruptType)) {
			return err
		}
		return nil
	}
	c := exceptionContext{}
	for _, k := range d.Keys() {
		ks, ok := k.(Str)
		if !ok {
			continue
		}
		v, _ := d.GetStr(string(ks))
		switch ks {
		case "message":
			c.message, _ = ToStr(th, v)
		case "exception":
			c.exc, _ = v.(*Exception)
		default:
			c.keys = append(c.keys, string(ks))
			c.values = append(c.values, v)
		}
	}
	l.defaultExceptionHandler(th, c)
	return nil
}

// defaultExceptionHandler logs the context to stderr as asyncio's default handler does
// through the logging module's last-resort handler.
func (l *Loop) defaultExceptionHandler(th *Thread, c exceptionContext) {
	msg := c.message
	if msg == "" {
		msg = "Unhandled exception in event loop"
	}
	var b strings.Builder
	b.WriteString(msg)
	idx := make([]int, len(c.keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return c.keys[idx[a]] < c.keys[idx[b]] })
	for _, i := range idx {
		r, err := Repr(th, c.values[i])
		if err != nil {
			r = "<repr failed>"
		}
		b.WriteString("\n" + c.keys[i] + ": " + r)
	}
	b.WriteString("\n")
	if c.exc != nil {
		b.WriteString(FormatTraceback(th, c.exc))
	}
	WriteStderr(th, b.String())
}

// formatCallbackSource formats a callback with its arguments as asyncio's
// format_helpers._format_callback_source does: "print(1)", "main.<locals>.f() at x.py:3",
// "f(1, k=2)(5) at x.py:3" for functools.partial(f, 1, k=2) called with 5.
func formatCallbackSource(th *Thread, cb Value, args []Value) string {
	if cb == nil {
		return ""
	}
	s := formatCallback(th, cb, args, nil, nil, "")
	if file, line, ok := callableSource(th, cb, 0); ok {
		s += " at " + file + ":" + itoa(line)
	}
	return s
}

// formatCallback is format_helpers._format_callback: a partial shows its function with
// its own arguments, then the call's.
func formatCallback(th *Thread, cb Value, args []Value, kwnames []string, kwvals []Value, suffix string) string {
	if fn, pargs, pkw, pvals, ok := partialParts(th, cb); ok {
		suffix = formatArgs(th, args, kwnames, kwvals) + suffix
		return formatCallback(th, fn, pargs, pkw, pvals, suffix)
	}
	return callableQualname(th, cb) + formatArgs(th, args, kwnames, kwvals) + suffix
}

// formatArgs is format_helpers._format_args_and_kwargs: "(1, 'a', k=2)", each through
// reprlib.repr.
func formatArgs(th *Thread, args []Value, kwnames []string, kwvals []Value) string {
	var b strings.Builder
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(shortRepr(th, a))
	}
	for i, k := range kwnames {
		if i > 0 || len(args) > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k + "=" + shortRepr(th, kwvals[i]))
	}
	b.WriteByte(')')
	return b.String()
}

// partialParts returns the func, args and keywords of a functools.partial.
func partialParts(th *Thread, v Value) (fn Value, args []Value, kwnames []string, kwvals []Value, ok bool) {
	t := v.Type()
	if t.Name != "partial" || t.Module != "functools" {
		return nil, nil, nil, nil, false
	}
	fn, ok1, _ := LookupAttr(th, v, "func")
	a, ok2, _ := LookupAttr(th, v, "args")
	kw, ok3, _ := LookupAttr(th, v, "keywords")
	tu, ok4 := a.(Tuple)
	d, ok5 := kw.(*Dict)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return nil, nil, nil, nil, false
	}
	for _, k := range d.Keys() {
		s, ok := k.(Str)
		if !ok {
			continue
		}
		val, _, _ := d.Get(th, k)
		kwnames = append(kwnames, string(s))
		kwvals = append(kwvals, val)
	}
	return fn, tu, kwnames, kwvals, true
}

// callableQualname returns __qualname__ of a callable, else __name__, else its repr.
func callableQualname(th *Thread, cb Value) string {
	switch f := cb.(type) {
	case *Builtin:
		if f.Self != nil {
			return f.Self.Type().Name + "." + f.Name
		}
		return f.Name
	case *MethodDescr:
		return f.FuncName()
	case Function:
		return f.FuncName()
	case *BoundMethod:
		return callableQualname(th, f.Func)
	}
	for _, name := range []string{"__qualname__", "__name__"} {
		if v, ok, err := LookupAttr(th, cb, name); err == nil && ok {
			if s, ok := v.(Str); ok && s != "" {
				return string(s)
			}
		}
	}
	r, _ := Repr(th, cb)
	return r
}

// callableSource is format_helpers._get_function_source: where a Python function was
// defined (its code's file and first line) after inspect.unwrap (__wrapped__), or the
// function of a partial; bound methods, builtins and other callables have none.
func callableSource(th *Thread, cb Value, depth int) (string, int, bool) {
	if depth > 100 {
		return "", 0, false
	}
	for i := 0; i < 100; i++ {
		w, ok, err := LookupAttr(th, cb, "__wrapped__")
		if err != nil || !ok {
			break
		}
		cb = w
	}
	if fn, _, _, _, ok := partialParts(th, cb); ok {
		return callableSource(th, fn, depth+1)
	}
	switch cb.(type) {
	case *MethodDescr, *Builtin, *BoundMethod:
		return "", 0, false
	case Function:
	default:
		return "", 0, false
	}
	code, ok, err := LookupAttr(th, cb, "__code__")
	if err != nil || !ok {
		return "", 0, false
	}
	fv, ok1, _ := LookupAttr(th, code, "co_filename")
	lv, ok2, _ := LookupAttr(th, code, "co_firstlineno")
	if !ok1 || !ok2 {
		return "", 0, false
	}
	fs, _ := fv.(Str)
	ln, _ := lv.(Int)
	return string(fs), int(ln), true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// ReportException calls the exception handler with a message, an exception and one more
// context entry (key: value), e.g. "unhandled exception during asyncio.run() shutdown".
func (l *Loop) ReportException(th *Thread, message string, exc *Exception, key string, value Value) {
	c := exceptionContext{message: message, exc: exc}
	if key != "" {
		c.keys, c.values = []string{key}, []Value{value}
	}
	l.CallExceptionHandler(th, c)
}
