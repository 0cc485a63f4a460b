package vm

import (
	"strconv"
	"strings"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

// coldOp runs the less frequent instructions, kept out of eval so that the hot loop's
// Go frame stays small (it is on the Go stack once per nested call). It returns the new
// stack depth, or the error the instruction raised.
func (f *Frame) coldOp(th *runtime.Thread, bx *evalState, in code.Instr, pc, sp int) (int, error) {
	co := f.code
	instrs := co.Code.Code
	names := co.Names
	stack := f.stack
	switch in.Op() {
	case code.DELETE_NAME:
		name := names[in.Arg()]
		if !f.locals.DeleteStr(name) {
			return sp, runtime.NameError(name)
		}
		return sp, nil

	case code.DELETE_GLOBAL:
		name := names[in.Arg()]
		if !f.globals.DeleteStr(name) {
			return sp, runtime.NameError(name)
		}
		return sp, nil

	case code.DELETE_DEREF:
		cell := f.cells[in.Arg()]
		if cell.V == nil {
			return sp, f.derefError(int(in.Arg()))
		}
		cell.V = nil
		return sp, nil

	case code.LOAD_CLASSDEREF:
		i := int(in.Arg())
		name := f.cellName(i)
		if f.locals != nil {
			if x, ok := f.locals.GetStr(name); ok {
				stack[sp] = x
				sp++
				return sp, nil
			}
		}
		x := f.cells[i].V
		if x == nil {
			return sp, f.derefError(i)
		}
		stack[sp] = x
		sp++
		return sp, nil

	case code.LOAD_SUPER_ATTR:
		return f.superAttrOp(th, in, pc, sp)

	case code.DELETE_ATTR:
		if err := runtime.DelAttr(th, stack[sp-1], names[in.Arg()]); err != nil {
			return sp, err
		}
		sp--
		stack[sp] = nil
		return sp, nil

	case code.DELETE_SUBSCR:
		if err := runtime.DelItem(th, stack[sp-2], stack[sp-1]); err != nil {
			return sp, err
		}
		sp -= 2
		stack[sp], stack[sp+1] = nil, nil
		return sp, nil

	case code.BUILD_SLICE:
		if in.Arg() == 3 {
			sp -= 2
			stack[sp-1] = &runtime.Slice{Start: stack[sp-1], Stop: stack[sp], Step: stack[sp+1]}
			stack[sp], stack[sp+1] = nil, nil
		} else {
			sp--
			stack[sp-1] = &runtime.Slice{Start: stack[sp-1], Stop: stack[sp], Step: runtime.None}
			stack[sp] = nil
		}
		return sp, nil

	case code.BUILD_SET:
		n := int(in.Arg())
		s := runtime.NewSet()
		for _, x := range stack[sp-n : sp] {
			if err := s.Add(th, x); err != nil {
				return sp, err
			}
		}
		clear(stack[sp-n : sp])
		sp -= n
		stack[sp] = s
		sp++
		return sp, nil

	case code.BUILD_MAP:
		n := int(in.Arg())
		d := runtime.NewDictSize(n)
		for i := sp - 2*n; i < sp; i += 2 {
			if err := d.Set(th, stack[i], stack[i+1]); err != nil {
				return sp, err
			}
		}
		clear(stack[sp-2*n : sp])
		sp -= 2 * n
		stack[sp] = d
		sp++
		return sp, nil

	case code.BUILD_CONST_KEY_MAP:
		n := int(in.Arg())
		keys, _ := stack[sp-1].(runtime.Tuple)
		d := runtime.NewDictSize(n)
		for i := 0; i < n && i < len(keys); i++ {
			if err := d.Set(th, keys[i], stack[sp-1-n+i]); err != nil {
				return sp, err
			}
		}
		clear(stack[sp-1-n : sp])
		sp -= n + 1
		stack[sp] = d
		sp++
		return sp, nil

	case code.BUILD_STRING:
		n := int(in.Arg())
		size := 0
		for _, x := range stack[sp-n : sp] {
			p, _ := x.(runtime.Str)
			size += len(p)
		}
		v, buf := th.NewStrValue(size)
		for _, x := range stack[sp-n : sp] {
			p, _ := x.(runtime.Str)
			buf = buf[copy(buf, p):]
		}
		clear(stack[sp-n : sp])
		sp -= n
		stack[sp] = v
		sp++
		return sp, nil

	case code.SET_ADD:
		sp--
		s := stack[sp-int(in.Arg())].(*runtime.Set)
		if err := s.Add(th, stack[sp]); err != nil {
			return sp, err
		}
		stack[sp] = nil
		return sp, nil

	case code.MAP_ADD:
		sp -= 2
		d := stack[sp-int(in.Arg())].(*runtime.Dict)
		if err := d.Set(th, stack[sp], stack[sp+1]); err != nil {
			return sp, err
		}
		stack[sp], stack[sp+1] = nil, nil
		return sp, nil

	case code.LIST_EXTEND:
		sp--
		l := stack[sp-int(in.Arg())].(*runtime.List)
		src := stack[sp]
		if err := listExtend(th, l, src); err != nil {
			return sp, err
		}
		stack[sp] = nil
		return sp, nil

	case code.SET_UPDATE:
		sp--
		s := stack[sp-int(in.Arg())].(*runtime.Set)
		if err := forEach(th, stack[sp], func(x runtime.Value) error { return s.Add(th, x) }); err != nil {
			return sp, err
		}
		stack[sp] = nil
		return sp, nil

	case code.DICT_UPDATE:
		sp--
		d := stack[sp-int(in.Arg())].(*runtime.Dict)
		m := stack[sp]
		if err := mergeMapping(th, d, m, nil, func() error {
			return runtime.TypeErrorf("'%s' object is not a mapping", runtime.TypeName(m))
		}); err != nil {
			return sp, err
		}
		stack[sp] = nil
		return sp, nil

	case code.DICT_MERGE:
		sp--
		i := int(in.Arg())
		d := stack[sp-i].(*runtime.Dict)
		m := stack[sp]
		callee := stack[sp-i-2]
		if err := mergeMapping(th, d, m, func(k runtime.Value) error {
			if s, ok := k.(runtime.Str); ok {
				return runtime.TypeErrorf("%s got multiple values for keyword argument '%s'", funcStr(callee), string(s))
			}
			return runtime.TypeErrorf("%s keywords must be strings", funcStr(callee))
		}, func() error {
			return runtime.TypeErrorf("%s argument after ** must be a mapping, not %s", funcStr(callee), runtime.TypeName(m))
		}); err != nil {
			return sp, err
		}
		stack[sp] = nil
		return sp, nil

	case code.UNPACK_SEQUENCE:
		n := int(in.Arg())
		seq := stack[sp-1]
		var items []runtime.Value
		switch x := seq.(type) {
		case runtime.Tuple:
			items = x
		case *runtime.List:
			items = x.Items
		}
		if items == nil {
			var err error
			items, err = unpackIter(th, seq, n)
			if err != nil {
				return sp, err
			}
		}
		if len(items) != n {
			if len(items) < n {
				return sp, runtime.ValueErrorf("not enough values to unpack (expected %d, got %d)", n, len(items))
			}
			return sp, runtime.ValueErrorf("too many values to unpack (expected %d)", n)
		}
		sp--
		for i := n - 1; i >= 0; i-- {
			stack[sp] = items[i]
			sp++
		}
		return sp, nil

	case code.UNPACK_EX:
		before := int(in.Arg() & 0xff)
		after := int(in.Arg() >> 8)
		seq := stack[sp-1]
		items, err := toSlice(th, seq)
		if err != nil {
			if runtime.IsInstanceOf(err, runtime.TypeErrorType) && !hasIter(seq) {
				err = runtime.TypeErrorf("cannot unpack non-iterable %s object", runtime.TypeName(seq))
			}
			return sp, err
		}
		if len(items) < before+after {
			return sp, runtime.ValueErrorf("not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
		}
		sp--
		for i := len(items) - 1; i >= len(items)-after; i-- {
			stack[sp] = items[i]
			sp++
		}
		mid := make([]runtime.Value, len(items)-before-after)
		copy(mid, items[before:len(items)-after])
		stack[sp] = runtime.NewList(mid)
		sp++
		for i := before - 1; i >= 0; i-- {
			stack[sp] = items[i]
			sp++
		}
		return sp, nil

	case code.FORMAT_VALUE:
		flags := in.Arg()
		spec := ""
		if flags&code.FormatHasSpec != 0 {
			sp--
			s, _ := stack[sp].(runtime.Str)
			spec = string(s)
			stack[sp] = nil
		}
		x := stack[sp-1]
		if flags&code.FormatConvMask == 0 {
			var buf [64]byte
			if spec != "" {
				if b, ok := appendFastFormat(buf[:0], x, spec); ok {
					stack[sp-1] = th.StrValueBytes(b)
					return sp, nil
				}
			} else if i, ok := x.(runtime.Int); ok {
				stack[sp-1] = th.StrValueBytes(strconv.AppendInt(buf[:0], int64(i), 10))
				return sp, nil
			}
		}
		var err error
		switch flags & code.FormatConvMask {
		case code.FormatConvStr:
			var s string
			s, err = runtime.ToStr(th, x)
			x = runtime.Str(s)
		case code.FormatConvRepr:
			var s string
			s, err = runtime.Repr(th, x)
			x = runtime.Str(s)
		case code.FormatConvASCII:
			var s string
			s, err = runtime.Repr(th, x)
			x = runtime.Str(asciiRepr(s))
		}
		if err != nil {
			return sp, err
		}
		if _, ok := x.(runtime.Str); !ok || spec != "" {
			s, err := runtime.Format(th, x, spec)
			if err != nil {
				return sp, err
			}
			x = runtime.Str(s)
		}
		stack[sp-1] = x
		return sp, nil

	case code.CALL_FUNCTION_EX:
		var kwargs runtime.Value
		if in.Arg()&code.CallExKwargs != 0 {
			sp--
			kwargs = stack[sp]
			stack[sp] = nil
		}
		sp--
		argsv := stack[sp]
		stack[sp] = nil
		callee := stack[sp-1]
		args, ok := argsv.(runtime.Tuple)
		if !ok {
			var err error
			args, err = starArgs(th, callee, argsv)
			if err != nil {
				return sp, err
			}
		}
		var kwnames []string
		callArgs := []runtime.Value(args)
		if kwargs != nil {
			d, ok := kwargs.(*runtime.Dict)
			if !ok {
				d = runtime.NewDict()
				if err := mergeMapping(th, d, kwargs, nil, func() error {
					return runtime.TypeErrorf("%s argument after ** must be a mapping, not %s", funcStr(callee), runtime.TypeName(kwargs))
				}); err != nil {
					return sp, err
				}
			}
			if d.Len() > 0 {
				callArgs = make([]runtime.Value, len(args), len(args)+d.Len())
				copy(callArgs, args)
				kwnames = make([]string, 0, d.Len())
				var kerr error
				d.Items(func(k, v runtime.Value) bool {
					s, ok := k.(runtime.Str)
					if !ok {
						kerr = runtime.TypeErrorf("keywords must be strings")
						return false
					}
					kwnames = append(kwnames, string(s))
					callArgs = append(callArgs, v)
					return true
				})
				if kerr != nil {
					return sp, kerr
				}
			}
		}
		f.pc = pc
		if bx != nil {
			f.callSerial = bx.genSerial
		}
		x, err := callValue(th, callee, callArgs, kwnames)
		if err != nil {
			return sp, err
		}
		stack[sp-1] = x
		return sp, nil

	case code.MAKE_FUNCTION:
		flags := in.Arg()
		sp--
		c := stack[sp].(*Code)
		stack[sp] = nil
		fn := newFunction(c, f.globals)
		if flags&code.MakeFuncClosure != 0 {
			sp--
			t := stack[sp].(runtime.Tuple)
			stack[sp] = nil
			fn.closure = make([]*runtime.Cell, len(t))
			for i, x := range t {
				fn.closure[i] = x.(*runtime.Cell)
			}
		}
		if flags&code.MakeFuncAnnotations != 0 {
			sp--
			switch a := stack[sp].(type) {
			case *runtime.Dict:
				fn.annotations = a
			case runtime.Tuple:
				d := runtime.NewDict()
				for i := 0; i+1 < len(a); i += 2 {
					d.Set(th, a[i], a[i+1])
				}
				fn.annotations = d
			}
			stack[sp] = nil
		}
		if flags&code.MakeFuncKwDefaults != 0 {
			sp--
			fn.kwdefaults, _ = stack[sp].(*runtime.Dict)
			stack[sp] = nil
		}
		if flags&code.MakeFuncDefaults != 0 {
			sp--
			fn.defaults, _ = stack[sp].(runtime.Tuple)
			stack[sp] = nil
		}
		stack[sp] = fn
		sp++
		return sp, nil

	case code.LOAD_BUILD_CLASS:
		x, ok := f.builtins.GetStr("__build_class__")
		if !ok {
			return sp, runtime.NewException(runtime.NameErrorType, "__build_class__ not found")
		}
		stack[sp] = x
		sp++
		return sp, nil

	case code.CHECK_EXC_MATCH:
		exc, _ := stack[sp-2].(*runtime.Exception)
		ok, err := excMatch(exc, stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp-1] = runtime.Bool(ok)
		return sp, nil

	case code.CHECK_EG_MATCH:
		exc, _ := stack[sp-2].(*runtime.Exception)
		rest, match, err := exceptStarMatch(th, exc, stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp-2] = rest
		stack[sp-1] = match
		return sp, nil

	case code.PREP_RERAISE_STAR:
		sp--
		x, err := prepReraiseStar(th, stack[sp-1], stack[sp])
		stack[sp] = nil
		if err != nil {
			return sp, err
		}
		stack[sp-1] = x
		return sp, nil

	case code.BEFORE_WITH:
		f.pc = pc
		return enterContext(th, stack, sp, "__enter__", "__exit__", "context manager")

	case code.WITH_EXCEPT_START:
		exc := stack[sp-1]
		exit := stack[sp-3]
		var tb runtime.Value = runtime.None
		if e, ok := exc.(*runtime.Exception); ok {
			tb = tracebackValue(e)
		}
		f.pc = pc
		res, err := runtime.Call(th, exit, []runtime.Value{exc.Type(), exc, tb}, nil)
		if err != nil {
			return sp, err
		}
		stack[sp] = res
		sp++
		return sp, nil

	case code.GET_YIELD_FROM_ITER:
		x := stack[sp-1]
		if g, ok := x.(*Generator); ok {
			if g.kind == kindCoroutine && co.Flags&code.FlagCoroutine == 0 {
				return sp, runtime.TypeErrorf("cannot 'yield from' a coroutine object in a non-coroutine generator")
			}
			if g.kind != kindAsyncGen {
				return sp, nil
			}
		}
		it, err := runtime.Iter(th, x)
		if err != nil {
			return sp, err
		}
		stack[sp-1] = it
		return sp, nil

	case code.GET_AWAITABLE:
		aw, err := getAwaitable(th, stack[sp-1], int(in.Arg()))
		if err != nil {
			return sp, err
		}
		stack[sp-1] = aw
		return sp, nil

	case code.GET_AITER:
		if g, ok := stack[sp-1].(*AsyncGenerator); ok {
			g.ephemeral = pc >= 2 && isCallOp(instrs[pc-2].Op()) && g.serial > f.callSerial
			return sp, nil
		}
		x, err := getAIter(th, stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp-1] = x
		return sp, nil

	case code.GET_ANEXT:
		f.pc = pc
		x, err := getANext(th, stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp] = x
		sp++
		return sp, nil

	case code.BEFORE_ASYNC_WITH:
		f.pc = pc
		return enterContext(th, stack, sp, "__aenter__", "__aexit__", "asynchronous context manager")

	case code.IMPORT_NAME:
		sp--
		fromlist := stack[sp]
		level := stack[sp-1]
		stack[sp] = nil
		f.pc = pc
		m, err := importName(th, names[in.Arg()], fromlist, level, f.globals)
		if err != nil {
			return sp, err
		}
		stack[sp-1] = m
		return sp, nil

	case code.IMPORT_FROM:
		x, err := importFrom(th, stack[sp-1], names[in.Arg()])
		if err != nil {
			return sp, err
		}
		stack[sp] = x
		sp++
		return sp, nil

	case code.IMPORT_STAR:
		sp--
		err := importStar(th, stack[sp], f.locals)
		stack[sp] = nil
		if err != nil {
			return sp, err
		}
		return sp, nil

	case code.SETUP_ANNOTATIONS:
		if f.locals != nil {
			if _, ok := f.locals.GetStr("__annotations__"); !ok {
				f.locals.SetStr("__annotations__", runtime.NewDict())
			}
		}
		return sp, nil

	case code.PRINT_EXPR:
		sp--
		x := stack[sp]
		stack[sp] = nil
		if err := printExpr(th, x); err != nil {
			return sp, err
		}
		return sp, nil

	}
	return sp, runtime.NewException(runtime.SystemErrorType, "unknown opcode "+in.Op().String())
}

// isCallOp reports whether op is one of the call instructions.
func isCallOp(op code.Opcode) bool {
	switch op {
	case code.CALL, code.CALL_KW, code.CALL_METHOD, code.CALL_METHOD_KW, code.CALL_FUNCTION_EX:
		return true
	}
	return false
}

// unaryOps maps UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_INVERT to runtime's operators.
var unaryOps = [...]runtime.UnaryOp{runtime.OpPos, runtime.OpNeg, runtime.OpInvert}

// loadGlobal looks name up in globals, then builtins, and records where in e.
func (f *Frame) loadGlobal(e *globalCacheEntry, name string) (runtime.Value, error) {
	g, b := f.globals, f.builtins
	if i := g.IndexStr(name); i >= 0 {
		*e = globalCacheEntry{globals: g, gver: g.KeysVersion(), gidx: i}
		return g.ValueAt(i), nil
	}
	if i := b.IndexStr(name); i >= 0 {
		*e = globalCacheEntry{globals: g, builtins: b, gver: g.KeysVersion(), bver: b.KeysVersion(), gidx: -1, bidx: i}
		return b.ValueAt(i), nil
	}
	return nil, f.nameError(name)
}

// nameError is the NameError for name, carrying the names CPython's suggestions consider
// (the code's local variables and the frame's globals).
func (f *Frame) nameError(name string) error {
	e := runtime.NameError(name)
	e.SetNameScope(f.code.VarNames, f.globals)
	return e
}

// derefError is the error for reading the empty cell i.
func (f *Frame) derefError(i int) error {
	name := f.cellName(i)
	if i < len(f.code.CellVars) {
		return runtime.UnboundLocalError(name)
	}
	e := runtime.Errorf(runtime.NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
	e.SetAttr("name", runtime.Str(name))
	return e
}

// cellName returns the variable name of cell i.
func (f *Frame) cellName(i int) string {
	c := f.code
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	return c.FreeVars[i-len(c.CellVars)]
}

// callValue calls any callable, with fast paths for aio functions and Go builtins.
func callValue(th *runtime.Thread, callee runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	switch fn := callee.(type) {
	case *Function:
		return callFunction(th, fn, args, kwnames)
	case *runtime.Builtin:
		if fn.Self == nil {
			return fn.Fn(th, args, kwnames)
		}
	case *runtime.MethodDescr:
		return fn.Call(th, args, kwnames) // (no interface assertion to runtime.Callable)
	}
	return runtime.Call(th, callee, args, kwnames)
}

// starArgs converts the operand of f(*x) to a tuple (CPython's message for a
// non-iterable).
func starArgs(th *runtime.Thread, callee, v runtime.Value) (runtime.Tuple, error) {
	switch x := v.(type) {
	case *runtime.List:
		return runtime.Tuple(append([]runtime.Value(nil), x.Items...)), nil
	}
	if !hasIter(v) {
		return nil, runtime.TypeErrorf("%s argument after * must be an iterable, not %s", funcStr(callee), runtime.TypeName(v))
	}
	items, err := toSlice(th, v)
	if err != nil {
		return nil, err
	}
	return runtime.Tuple(items), nil
}

// hasIter reports whether v looks iterable (so a TypeError from iterating it is not the
// "not iterable" one).
func hasIter(v runtime.Value) bool {
	switch v.(type) {
	case runtime.Iterable, runtime.Iterator, runtime.Tuple, *runtime.List, runtime.Str, runtime.Bytes, *runtime.Dict:
		return true
	}
	if _, ok := v.Type().Lookup("__iter__"); ok {
		return true
	}
	_, ok := v.Type().Lookup("__getitem__")
	return ok
}

// unpackIter collects the items of a non-list/tuple iterable for UNPACK_SEQUENCE, reading
// at most n+1 items (so an infinite iterator still reports "too many values").
func unpackIter(th *runtime.Thread, seq runtime.Value, n int) ([]runtime.Value, error) {
	it, err := runtime.Iter(th, seq)
	if err != nil {
		if runtime.IsInstanceOf(err, runtime.TypeErrorType) && !hasIter(seq) {
			return nil, runtime.TypeErrorf("cannot unpack non-iterable %s object", runtime.TypeName(seq))
		}
		return nil, err
	}
	items := make([]runtime.Value, 0, n)
	for len(items) <= n {
		x, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		items = append(items, x)
	}
	return items, nil
}

// listExtend appends the items of the iterable src to l.
func listExtend(th *runtime.Thread, l *runtime.List, src runtime.Value) error {
	switch x := src.(type) {
	case runtime.Tuple:
		l.Items = append(l.Items, x...)
		return nil
	case *runtime.List:
		l.Items = append(l.Items, x.Items...)
		return nil
	}
	if !hasIter(src) {
		return runtime.TypeErrorf("Value after * must be an iterable, not %s", runtime.TypeName(src))
	}
	return forEach(th, src, func(v runtime.Value) error {
		l.Items = append(l.Items, v)
		return nil
	})
}

// asciiRepr escapes the non-ASCII characters of a repr as ascii() does.
func asciiRepr(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x`)
			b.WriteString(hex2(uint32(r), 2))
		case r <= 0xffff:
			b.WriteString(`\u`)
			b.WriteString(hex2(uint32(r), 4))
		default:
			b.WriteString(`\U`)
			b.WriteString(hex2(uint32(r), 8))
		}
	}
	return b.String()
}

func hex2(v uint32, n int) string {
	const digits = "0123456789abcdef"
	buf := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		buf[i] = digits[v&0xf]
		v >>= 4
	}
	return string(buf)
}

// printExpr is PRINT_EXPR: the REPL's echo of an expression statement's value.
func printExpr(th *runtime.Thread, v runtime.Value) error {
	if v == runtime.None {
		return nil
	}
	s, err := runtime.Repr(th, v)
	if err != nil {
		return err
	}
	th.Interp.Builtins.SetStr("_", v)
	_, err = th.Interp.Stdout.Write([]byte(s + "\n"))
	return err
}

// enterContext runs BEFORE_WITH / BEFORE_ASYNC_WITH on the manager at the top of the stack:
// it replaces the manager with its bound exit method and pushes the result of calling enter
// (for `async with`, the awaitable __aenter__ returns). proto names the protocol in the
// TypeError CPython raises when either method is missing.
func enterContext(th *runtime.Thread, stack []runtime.Value, sp int, enterName, exitName, proto string) (int, error) {
	mgr := stack[sp-1]
	enter, ok := lookupSpecial(mgr, enterName)
	if !ok {
		return sp, runtime.TypeErrorf("'%s' object does not support the %s protocol", runtime.TypeName(mgr), proto)
	}
	exit, ok := lookupSpecial(mgr, exitName)
	if !ok {
		return sp, runtime.TypeErrorf("'%s' object does not support the %s protocol (missed %s method)", runtime.TypeName(mgr), proto, exitName)
	}
	bexit, err := bindSpecial(th, exit, mgr)
	if err != nil {
		return sp, err
	}
	res, err := callSpecial(th, enter, mgr)
	if err != nil {
		return sp, err
	}
	stack[sp-1] = bexit
	stack[sp] = res
	return sp + 1, nil
}

// superAttrOp runs LOAD_SUPER_ATTR (pc is the next instruction's index): super, class,
// self → attr, or → meth, self / attr, NULL when the low bit of the argument is set.
// With the builtin super, the attribute is found without making a super object.
func (f *Frame) superAttrOp(th *runtime.Thread, in code.Instr, pc, sp int) (int, error) {
	stack := f.stack
	arg := in.Arg()
	name := f.code.names[arg>>1]
	method := arg&1 != 0
	sup, obj := stack[sp-3], stack[sp-1]
	if class, ok := stack[sp-2].(*runtime.Type); ok && sup == runtime.Value(runtime.SuperType) && runtime.SuperArgsOK(class, obj) {
		v, self, found, err := runtime.LookupSuper(th, class, obj, name, method)
		if err != nil {
			return sp, err
		}
		if found {
			return f.pushSuperAttr(sp, v, obj, self, method), nil
		}
	}
	// the builtin super gets its operands; a rebound super is called as written, super()
	var args []runtime.Value
	if sup == runtime.Value(runtime.SuperType) {
		args = []runtime.Value{stack[sp-2], obj}
	}
	s, err := callValue(th, sup, args, nil)
	if err != nil {
		// reported at the super() call, as CPython 3.11 does (see superArgsReported)
		exc := runtime.AsException(err)
		f.addTraceback(th, exc, pc-2, true)
		return sp, exc
	}
	if method {
		m, self, err := runtime.LookupMethod(th, s, name)
		if err != nil {
			return sp, err
		}
		return f.pushSuperAttr(sp, m, s, self, true), nil
	}
	v, err := runtime.GetAttr(th, s, name)
	if err != nil {
		return sp, err
	}
	return f.pushSuperAttr(sp, v, nil, false, false), nil
}

// pushSuperAttr replaces LOAD_SUPER_ATTR's three operands by its result: v, then (for a
// method load) self or NULL.
func (f *Frame) pushSuperAttr(sp int, v, self runtime.Value, withSelf, method bool) int {
	stack := f.stack
	sp -= 3
	stack[sp] = v
	sp++
	if method {
		if withSelf {
			stack[sp] = self
		} else {
			stack[sp] = nil
		}
		sp++
	}
	for i := sp; i < sp+3 && i < len(stack); i++ {
		stack[i] = nil
	}
	return sp
}
