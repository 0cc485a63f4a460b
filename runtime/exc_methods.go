package runtime

import "strconv"

// Attributes and methods of BaseException and its subclasses.

func excSelf(v Value) *Exception { return v.(*Exception) }

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

func init() {
	addGetSet(BaseExceptionType, "args", func(th *Thread, obj Value) (Value, error) {
		return excSelf(obj).Args, nil
	}, func(th *Thread, obj Value, v Value) error {
		items, err := ToSlice(th, v)
		if err != nil {
			return err
		}
		excSelf(obj).Args = Tuple(items)
		return nil
	})
	addGetSet(BaseExceptionType, "__cause__", func(th *Thread, obj Value) (Value, error) {
		return excOrNone(excSelf(obj).Cause), nil
	}, func(th *Thread, obj Value, v Value) error {
		e := excSelf(obj)
		switch c := v.(type) {
		case NoneValue:
			e.Cause = nil
		case *Exception:
			e.Cause = c
		default:
			return TypeErrorf("exception cause must be None or derive from BaseException")
		}
		e.SuppressContext = true
		return nil
	})
	addGetSet(BaseExceptionType, "__context__", func(th *Thread, obj Value) (Value, error) {
		return excOrNone(excSelf(obj).Context), nil
	}, func(th *Thread, obj Value, v Value) error {
		e := excSelf(obj)
		switch c := v.(type) {
		case NoneValue:
			e.Context = nil
		case *Exception:
			e.Context = c
		default:
			return TypeErrorf("exception context must be None or derive from BaseException")
		}
		return nil
	})
	addGetSet(BaseExceptionType, "__suppress_context__", func(th *Thread, obj Value) (Value, error) {
		return Bool(excSelf(obj).SuppressContext), nil
	}, func(th *Thread, obj Value, v Value) error {
		b, err := Truth(th, v)
		excSelf(obj).SuppressContext = b
		return err
	})
	addGetSet(BaseExceptionType, "__traceback__", func(th *Thread, obj Value) (Value, error) {
		e := excSelf(obj)
		if len(e.Traceback) == 0 {
			return None, nil
		}
		return &TracebackObject{Frames: e.Traceback}, nil
	}, func(th *Thread, obj Value, v Value) error {
		e := excSelf(obj)
		switch tb := v.(type) {
		case NoneValue:
			e.Traceback = nil
		case *TracebackObject:
			e.Traceback = tb.Frames
		default:
			return TypeErrorf("__traceback__ must be a traceback or None")
		}
		return nil
	})
	addGetSet(BaseExceptionType, "__notes__", func(th *Thread, obj Value) (Value, error) {
		e := excSelf(obj)
		if e.Notes == nil {
			return nil, AttributeErrorf("'%s' object has no attribute '__notes__'", e.typ.Name)
		}
		l := &List{}
		for _, n := range e.Notes {
			l.Items = append(l.Items, Str(n))
		}
		return l, nil
	}, nil)
	addMethods(BaseExceptionType, map[string]BuiltinFunc{
		"with_traceback": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("with_traceback", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			e := excSelf(args[0])
			switch tb := args[1].(type) {
			case NoneValue:
				e.Traceback = nil
			case *TracebackObject:
				e.Traceback = append([]Frame(nil), tb.Frames...)
			}
			return e, nil
		},
		"add_note": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("add_note", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			s, ok := args[1].(Str)
			if !ok {
				return nil, TypeErrorf("note must be a str, not '%s'", args[1].Type().Name)
			}
			e := excSelf(args[0])
			e.Notes = append(e.Notes, string(s))
			return None, nil
		},
		"__str__": func(th *Thread, args []Value, kw []string) (Value, error) {
			e := excSelf(args[0])
			switch len(e.Args) {
			case 0:
				return Str(""), nil
			case 1:
				return StrOf(th, e.Args[0])
			}
			s, err := Repr(th, e.Args)
			return Str(s), err
		},
		"__repr__": func(th *Thread, args []Value, kw []string) (Value, error) {
			e := excSelf(args[0])
			if len(e.Args) == 1 {
				s, err := Repr(th, e.Args[0])
				return Str(e.typ.Name + "(" + s + ")"), err
			}
			s, err := reprSeq(th, e.typ.Name+"(", e.Args, ")")
			return Str(s), err
		},
		"__init__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, BaseExceptionType.Init(th, args[0], args[1:], kw)
		},
	})
	addMethods(KeyErrorType, map[string]BuiltinFunc{
		"__str__": func(th *Thread, args []Value, kw []string) (Value, error) {
			e := excSelf(args[0])
			if len(e.Args) == 1 {
				s, err := Repr(th, e.Args[0])
				return Str(s), err
			}
			s, err := ToStr(th, e)
			return Str(s), err
		},
	})
	addGetSet(StopIterationType, "value", func(th *Thread, obj Value) (Value, error) {
		return excSelf(obj).StopIterationValue(), nil
	}, nil)
	addGetSet(StopAsyncIterationType, "value", func(th *Thread, obj Value) (Value, error) {
		return excSelf(obj).StopIterationValue(), nil
	}, nil)
	addGetSet(SystemExitType, "code", func(th *Thread, obj Value) (Value, error) {
		e := excSelf(obj)
		if v, ok := e.GetAttrStr("code"); ok {
			return v, nil
		}
		switch len(e.Args) {
		case 0:
			return None, nil
		case 1:
			return e.Args[0], nil
		}
		return e.Args, nil
	}, func(th *Thread, obj Value, v Value) error {
		excSelf(obj).SetAttr("code", v)
		return nil
	})
	excAttr := func(t *Type, name string) {
		addGetSet(t, name, func(th *Thread, obj Value) (Value, error) {
			if v, ok := excSelf(obj).GetAttrStr(name); ok {
				return v, nil
			}
			return None, nil
		}, func(th *Thread, obj Value, v Value) error {
			excSelf(obj).SetAttr(name, v)
			return nil
		})
	}
	for _, n := range []string{"errno", "strerror", "filename", "filename2"} {
		excAttr(OSErrorType, n)
	}
	for _, n := range []string{"name", "path"} {
		excAttr(ImportErrorType, n)
	}
	addGetSet(ImportErrorType, "msg", func(th *Thread, obj Value) (Value, error) {
		e := excSelf(obj)
		if v, ok := e.GetAttrStr("msg"); ok {
			return v, nil
		}
		if len(e.Args) == 1 {
			return e.Args[0], nil
		}
		return None, nil
	}, func(th *Thread, obj Value, v Value) error {
		excSelf(obj).SetAttr("msg", v)
		return nil
	})
	excAttr(NameErrorType, "name")
	excAttr(AttributeErrorType, "name")
	excAttr(AttributeErrorType, "obj")
	for _, n := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"} {
		excAttr(SyntaxErrorType, n)
	}
	addMethods(OSErrorType, map[string]BuiltinFunc{
		"__str__": func(th *Thread, args []Value, kw []string) (Value, error) {
			e := excSelf(args[0])
			errno, _ := e.GetAttrStr("errno")
			strerror, _ := e.GetAttrStr("strerror")
			filename, _ := e.GetAttrStr("filename")
			if errno != nil && errno != None && strerror != nil && strerror != None {
				es, _ := ToStr(th, errno)
				ss, _ := ToStr(th, strerror)
				s := "[Errno " + es + "] " + ss
				if filename != nil && filename != None {
					fr, err := Repr(th, filename)
					if err != nil {
						return nil, err
					}
					s += ": " + fr
				}
				return Str(s), nil
			}
			s, err := ToStr(th, &Exception{typ: ExceptionType, Args: e.Args})
			return Str(s), err
		},
	})
	OSErrorType.Init = func(th *Thread, self Value, args []Value, kw []string) error {
		e, ok := self.(*Exception)
		if !ok {
			return nil
		}
		e.Args = append(Tuple(nil), args...)
		if len(args) >= 2 && len(args) <= 5 {
			e.SetAttr("errno", args[0])
			e.SetAttr("strerror", args[1])
			if len(args) >= 3 {
				e.SetAttr("filename", args[2])
				e.Args = Tuple{args[0], args[1]}
			}
		}
		return nil
	}
	ImportErrorType.Init = func(th *Thread, self Value, args []Value, kw []string) error {
		e, ok := self.(*Exception)
		if !ok {
			return nil
		}
		npos := len(args) - len(kw)
		e.Args = append(Tuple(nil), args[:npos]...)
		if npos == 1 {
			e.SetAttr("msg", args[0])
		}
		for i, k := range kw {
			switch k {
			case "name", "path":
				e.SetAttr(k, args[npos+i])
			default:
				return TypeErrorf("'%s' is an invalid keyword argument for %s()", k, e.typ.Name)
			}
		}
		return nil
	}

	OSErrorType.New = func(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		if t == OSErrorType && npos >= 2 && npos <= 5 {
			if n, ok := args[0].(Int); ok {
				t = osErrorSubclass(int(n))
			}
		}
		return &Exception{typ: t, Args: append(Tuple(nil), args[:npos]...)}, nil
	}
	registerInit(OSErrorType)
	UnicodeDecodeErrorType.Init = unicodeErrorInit
	UnicodeEncodeErrorType.Init = unicodeErrorInit
	registerInit(UnicodeDecodeErrorType)
	registerInit(UnicodeEncodeErrorType)
	for _, t := range []*Type{UnicodeDecodeErrorType, UnicodeEncodeErrorType} {
		for _, n := range []string{"encoding", "object", "start", "end", "reason"} {
			excAttr(t, n)
		}
		AddMethod(t, "__str__", unicodeErrorStr)
	}
	registerInit(ImportErrorType)

	// Exception groups.
	BaseExceptionGroupType.New = newExceptionGroup
	addGetSet(BaseExceptionGroupType, "message", func(th *Thread, obj Value) (Value, error) {
		e := excSelf(obj)
		if len(e.Args) > 0 {
			return e.Args[0], nil
		}
		return Str(""), nil
	}, nil)
	addGetSet(BaseExceptionGroupType, "exceptions", func(th *Thread, obj Value) (Value, error) {
		return Tuple(groupExcs(excSelf(obj))), nil
	}, nil)
	addMethods(BaseExceptionGroupType, map[string]BuiltinFunc{
		"__str__": func(th *Thread, args []Value, kw []string) (Value, error) {
			e := excSelf(args[0])
			msg, _ := ToStr(th, e.Args[0])
			n := len(groupExcs(e))
			s := "s"
			if n == 1 {
				s = ""
			}
			return Str(msg + " (" + strconv.Itoa(n) + " sub-exception" + s + ")"), nil
		},
		"__repr__": func(th *Thread, args []Value, kw []string) (Value, error) {
			e := excSelf(args[0])
			s, err := reprSeq(th, e.typ.Name+"(", []Value{e.Args[0], &List{Items: groupExcs(e)}}, ")")
			return Str(s), err
		},
		"derive": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("derive", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			e := excSelf(args[0])
			return newExceptionGroup(th, BaseExceptionGroupType, []Value{e.Args[0], args[1]}, nil)
		},
		"split": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("split", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			m, r, err := splitGroup(th, excSelf(args[0]), args[1])
			if err != nil {
				return nil, err
			}
			return Tuple{excOrNone(m), excOrNone(r)}, nil
		},
		"subgroup": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("subgroup", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			m, _, err := splitGroup(th, excSelf(args[0]), args[1])
			return excOrNone(m), err
		},
	})
}

// groupExcs returns the sub-exceptions of an exception group.
func groupExcs(e *Exception) []Value {
	if v, ok := e.GetAttrStr("exceptions"); ok {
		if t, ok := v.(Tuple); ok {
			return t
		}
	}
	return nil
}

// NewExceptionGroup creates ExceptionGroup(msg, excs) (BaseExceptionGroup if one of excs
// is not an Exception).
func NewExceptionGroup(msg string, excs []*Exception) *Exception {
	t := ExceptionGroupType
	items := make(Tuple, len(excs))
	for i, e := range excs {
		items[i] = e
		if !e.typ.IsSubtype(ExceptionType) {
			t = BaseExceptionGroupType
		}
	}
	e := &Exception{typ: t, Args: Tuple{Str(msg), items}}
	e.SetAttr("exceptions", items)
	return e
}

func newExceptionGroup(th *Thread, t *Type, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return nil, TypeErrorf("%s() takes no keyword arguments", t.Name)
	}
	if len(args) != 2 {
		return nil, TypeErrorf("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, ok := args[0].(Str)
	if !ok {
		return nil, TypeErrorf("argument 1 must be str, not %s", args[0].Type().Name)
	}
	switch args[1].(type) {
	case *List, Tuple:
	default:
		return nil, TypeErrorf("second argument (exceptions) must be a sequence")
	}
	items, err := ToSlice(th, args[1])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, ValueErrorf("second argument (exceptions) must be a non-empty sequence")
	}
	allExc := true
	for i, it := range items {
		e, ok := it.(*Exception)
		if !ok {
			return nil, ValueErrorf("Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.typ.IsSubtype(ExceptionType) {
			allExc = false
		}
	}
	if t == BaseExceptionGroupType && allExc {
		t = ExceptionGroupType
	} else if t.IsSubtype(ExceptionType) && !allExc {
		if t == ExceptionGroupType {
			return nil, TypeErrorf("Cannot nest BaseExceptions in an ExceptionGroup")
		}
		return nil, TypeErrorf("Cannot nest BaseExceptions in '%s'", t.Name)
	}
	e := &Exception{typ: t, Args: Tuple{msg, args[1]}}
	e.SetAttr("exceptions", Tuple(items))
	return e, nil
}

// excMatches reports whether e matches a condition of split/subgroup: a type, a tuple of
// types, or a predicate.
func excMatches(th *Thread, e *Exception, cond Value) (bool, error) {
	switch c := cond.(type) {
	case *Type:
		return e.typ.IsSubtype(c), nil
	case Tuple:
		for _, x := range c {
			if t, ok := x.(*Type); ok && e.typ.IsSubtype(t) {
				return true, nil
			}
		}
		return false, nil
	}
	if IsCallable(cond) {
		r, err := Call(th, cond, []Value{e}, nil)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	return false, TypeErrorf("expected a function, exception type or tuple of exception types")
}

// splitGroup implements BaseExceptionGroup.split.
func splitGroup(th *Thread, eg *Exception, cond Value) (match, rest *Exception, err error) {
	ok, err := excMatches(th, eg, cond)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return eg, nil, nil
	}
	var ms, rs []Value
	for _, sub := range groupExcs(eg) {
		se := sub.(*Exception)
		if se.typ.IsSubtype(BaseExceptionGroupType) {
			m, r, err := splitGroup(th, se, cond)
			if err != nil {
				return nil, nil, err
			}
			if m != nil {
				ms = append(ms, m)
			}
			if r != nil {
				rs = append(rs, r)
			}
			continue
		}
		ok, err := excMatches(th, se, cond)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			ms = append(ms, se)
		} else {
			rs = append(rs, se)
		}
	}
	derive := func(items []Value) (*Exception, error) {
		if len(items) == 0 {
			return nil, nil
		}
		v, err := CallMethod(th, eg, "derive", &List{Items: items})
		if err != nil {
			return nil, err
		}
		d, ok := v.(*Exception)
		if !ok {
			return nil, TypeErrorf("derive must return an instance of BaseExceptionGroup")
		}
		d.Cause, d.Context, d.SuppressContext = eg.Cause, eg.Context, eg.SuppressContext
		d.Traceback = eg.Traceback
		d.Notes = eg.Notes
		return d, nil
	}
	if match, err = derive(ms); err != nil {
		return nil, nil, err
	}
	if rest, err = derive(rs); err != nil {
		return nil, nil, err
	}
	return match, rest, nil
}

// TracebackType is the type of __traceback__ values.
var TracebackType = newBuiltinType("traceback", ObjectType, 0)

// TracebackObject exposes an exception's traceback entries as a value.
type TracebackObject struct {
	Frames []Frame // innermost first
}

// Type returns traceback.
func (*TracebackObject) Type() *Type { return TracebackType }

func init() {
	addGetSet(TracebackType, "tb_lineno", func(th *Thread, obj Value) (Value, error) {
		fr := obj.(*TracebackObject).Frames
		return Int(fr[len(fr)-1].Pos().Line), nil
	}, nil)
	addGetSet(TracebackType, "tb_next", func(th *Thread, obj Value) (Value, error) {
		fr := obj.(*TracebackObject).Frames
		if len(fr) <= 1 {
			return None, nil
		}
		return &TracebackObject{Frames: fr[:len(fr)-1]}, nil
	}, nil)
}

func unicodeErrorInit(th *Thread, self Value, args []Value, kw []string) error {
	e, ok := self.(*Exception)
	if !ok {
		return nil
	}
	e.Args = append(Tuple(nil), args...)
	if len(args) != 5 {
		return TypeErrorf("function takes exactly 5 arguments (%d given)", len(args))
	}
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		e.SetAttr(n, args[i])
	}
	return nil
}

func unicodeErrorStr(th *Thread, args []Value, kw []string) (Value, error) {
	e := excSelf(args[0])
	enc, _ := e.GetAttrStr("encoding")
	obj, _ := e.GetAttrStr("object")
	start, _ := e.GetAttrStr("start")
	end, _ := e.GetAttrStr("end")
	reason, _ := e.GetAttrStr("reason")
	if enc == nil || obj == nil || start == nil || end == nil || reason == nil {
		s, err := ToStr(th, &Exception{typ: ExceptionType, Args: e.Args})
		return Str(s), err
	}
	es, _ := ToStr(th, enc)
	rs, _ := ToStr(th, reason)
	st, _ := AsInt64(start)
	en, _ := AsInt64(end)
	if e.typ.IsSubtype(UnicodeDecodeErrorType) {
		b := bytesOf(obj)
		if en == st+1 && st >= 0 && int(st) < len(b) {
			return Str(Errorf(ExceptionType, "'%s' codec can't decode byte 0x%02x in position %d: %s", es, b[st], st, rs).Message()), nil
		}
		return Str(Errorf(ExceptionType, "'%s' codec can't decode bytes in position %d-%d: %s", es, st, en-1, rs).Message()), nil
	}
	s, _ := obj.(Str)
	rs2 := []rune(string(s))
	if en == st+1 && st >= 0 && int(st) < len(rs2) {
		c := rs2[st]
		var cs string
		switch {
		case c < 0x100:
			cs = Errorf(ExceptionType, "\\x%02x", c).Message()
		case c < 0x10000:
			cs = Errorf(ExceptionType, "\\u%04x", c).Message()
		default:
			cs = Errorf(ExceptionType, "\\U%08x", c).Message()
		}
		return Str(Errorf(ExceptionType, "'%s' codec can't encode character '%s' in position %d: %s", es, cs, st, rs).Message()), nil
	}
	return Str(Errorf(ExceptionType, "'%s' codec can't encode characters in position %d-%d: %s", es, st, en-1, rs).Message()), nil
}
