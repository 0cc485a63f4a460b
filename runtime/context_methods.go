package runtime

// The Python-level methods of contextvars.Context, ContextVar and Token.

func contextSelf(args []Value, name string) (*Context, []Value, error) {
	return methodSelf[*Context](args, "Context", name)
}

func contextVarSelf(args []Value, name string) (*ContextVar, []Value, error) {
	return methodSelf[*ContextVar](args, "ContextVar", name)
}

func tokenSelf(args []Value, name string) (*ContextToken, []Value, error) {
	return methodSelf[*ContextToken](args, "Token", name)
}

// contextKey checks that key is a ContextVar (the key type of a Context).
func contextKey(th *Thread, key Value) (*ContextVar, error) {
	v, ok := key.(*ContextVar)
	if !ok {
		return nil, TypeErrorf("a ContextVar key was expected, got %s", reprOrFailed(th, key))
	}
	return v, nil
}

// contextKeyArg reads the arguments of a Context method taking one ContextVar: the
// context and the variable.
func contextKeyArg(th *Thread, args []Value, kw []string, name string) (*Context, *ContextVar, error) {
	c, rest, err := contextSelf(args, name)
	if err != nil {
		return nil, nil, err
	}
	if err := CheckArity(name, rest, kw, 1, 1); err != nil {
		return nil, nil, err
	}
	v, err := contextKey(th, rest[0])
	if err != nil {
		return nil, nil, err
	}
	return c, v, nil
}

// getter returns a read-only property computed by get.
func getter[T Value](tname, name string, get func(T) Value) *Property {
	return &Property{Name: name, Get: NewBuiltin(name, func(th *Thread, args []Value, kw []string) (Value, error) {
		x, _, err := methodSelf[T](args, tname, name)
		if err != nil {
			return nil, err
		}
		return get(x), nil
	})}
}

func init() {
	initContextType()
	initContextVarType()
	initTokenType()
}

func initContextType() {
	t := ContextType
	t.New = func(th *Thread, _ *Type, args []Value, kw []string) (Value, error) {
		if len(args) != 0 {
			return nil, TypeErrorf("Context() does not accept any arguments")
		}
		return &Context{}, nil
	}
	AddMethod(t, "run", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, rest, err := contextSelf(args, "run")
		if err != nil {
			return nil, err
		}
		if len(rest)-len(kw) < 1 {
			return nil, TypeErrorf("run() missing 1 required positional argument")
		}
		fargs := append([]Value(nil), rest[1:]...)
		return c.Run(th, rest[0], fargs, kw)
	})
	AddMethod(t, "copy", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, _, err := contextSelf(args, "copy")
		if err != nil {
			return nil, err
		}
		return c.Copy(), nil
	})
	AddMethod(t, "get", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, rest, err := contextSelf(args, "get")
		if err != nil {
			return nil, err
		}
		var key Value
		var def Value = None
		if err := UnpackArgs("get", rest, kw, "key", &key, "default?", &def); err != nil {
			return nil, err
		}
		v, err := contextKey(th, key)
		if err != nil {
			return nil, err
		}
		if val, ok := c.lookup(v); ok {
			return val, nil
		}
		return def, nil
	})
	AddMethod(t, "__getitem__", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, v, err := contextKeyArg(th, args, kw, "__getitem__")
		if err != nil {
			return nil, err
		}
		if val, ok := c.lookup(v); ok {
			return val, nil
		}
		return nil, KeyError(v)
	})
	AddMethod(t, "__contains__", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, v, err := contextKeyArg(th, args, kw, "__contains__")
		if err != nil {
			return nil, err
		}
		_, ok := c.lookup(v)
		return BoolOf(ok), nil
	})
	AddMethod(t, "__len__", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, _, err := contextSelf(args, "__len__")
		if err != nil {
			return nil, err
		}
		return Int(c.Len()), nil
	})
	items := func(name string, pick func(e ctxEntry) Value) BuiltinFunc {
		return func(th *Thread, args []Value, kw []string) (Value, error) {
			c, _, err := contextSelf(args, name)
			if err != nil {
				return nil, err
			}
			out := make([]Value, len(c.vars))
			for i, e := range c.vars {
				out[i] = pick(e)
			}
			return NewList(out), nil
		}
	}
	keys := items("keys", func(e ctxEntry) Value { return e.v })
	AddMethod(t, "keys", keys)
	AddMethod(t, "values", items("values", func(e ctxEntry) Value { return e.val }))
	AddMethod(t, "items", items("items", func(e ctxEntry) Value { return Tuple{e.v, e.val} }))
	AddMethod(t, "__iter__", func(th *Thread, args []Value, kw []string) (Value, error) {
		l, err := keys(th, args, kw)
		if err != nil {
			return nil, err
		}
		return Iter(th, l)
	})
	AddMethod(t, "__eq__", func(th *Thread, args []Value, kw []string) (Value, error) {
		c, rest, err := contextSelf(args, "__eq__")
		if err != nil {
			return nil, err
		}
		if err := CheckArity("__eq__", rest, kw, 1, 1); err != nil {
			return nil, err
		}
		d, ok := rest[0].(*Context)
		if !ok {
			return NotImplemented, nil
		}
		eq, err := c.equal(th, d)
		if err != nil {
			return nil, err
		}
		return BoolOf(eq), nil
	})
	t.Dict.SetStr("__hash__", None)
}

func initContextVarType() {
	t := ContextVarType
	t.New = func(th *Thread, _ *Type, args []Value, kw []string) (Value, error) {
		var name, def Value
		if err := UnpackArgs("ContextVar", args, kw, "name", &name, "$default?", &def); err != nil {
			return nil, err
		}
		s, ok := name.(Str)
		if !ok {
			return nil, TypeErrorf("context variable name must be a str")
		}
		return &ContextVar{name: s, def: def}, nil
	}
	t.Dict.SetStr("name", getter("ContextVar", "name", func(v *ContextVar) Value { return v.name }))
	AddMethod(t, "get", func(th *Thread, args []Value, kw []string) (Value, error) {
		v, rest, err := contextVarSelf(args, "get")
		if err != nil {
			return nil, err
		}
		if err := CheckArity("get", rest, kw, 0, 1); err != nil {
			return nil, err
		}
		var def Value
		if len(rest) == 1 {
			def = rest[0]
		}
		return v.Get(th, def)
	})
	AddMethod(t, "set", func(th *Thread, args []Value, kw []string) (Value, error) {
		v, rest, err := contextVarSelf(args, "set")
		if err != nil {
			return nil, err
		}
		if err := CheckArity("set", rest, kw, 1, 1); err != nil {
			return nil, err
		}
		return v.Set(th, rest[0]), nil
	})
	AddMethod(t, "reset", func(th *Thread, args []Value, kw []string) (Value, error) {
		v, rest, err := contextVarSelf(args, "reset")
		if err != nil {
			return nil, err
		}
		if err := CheckArity("reset", rest, kw, 1, 1); err != nil {
			return nil, err
		}
		tok, ok := rest[0].(*ContextToken)
		if !ok {
			return nil, TypeErrorf("expected an instance of Token, got %s", reprOrFailed(th, rest[0]))
		}
		return None, v.Reset(th, tok)
	})
	AddMethod(t, "__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
		v, _, err := contextVarSelf(args, "__repr__")
		if err != nil {
			return nil, err
		}
		return Str(v.repr(th)), nil
	})
	t.Dict.SetStr("__class_getitem__", ClassGetItem())
}

func initTokenType() {
	t := ContextTokenType
	t.New = func(th *Thread, _ *Type, args []Value, kw []string) (Value, error) {
		return nil, RuntimeErrorf("Tokens can only be created by ContextVars")
	}
	t.Dict.SetStr("var", getter("Token", "var", func(tok *ContextToken) Value { return tok.v }))
	t.Dict.SetStr("old_value", getter("Token", "old_value", func(tok *ContextToken) Value {
		if tok.old == nil {
			return TokenMissing
		}
		return tok.old
	}))
	t.Dict.SetStr("MISSING", TokenMissing)
	AddMethod(t, "__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
		tok, _, err := tokenSelf(args, "__repr__")
		if err != nil {
			return nil, err
		}
		return Str(tok.repr(th)), nil
	})
	t.Dict.SetStr("__class_getitem__", ClassGetItem())
	AddMethod(tokenMissingType, "__repr__", func(th *Thread, args []Value, kw []string) (Value, error) {
		return Str("<Token.MISSING>"), nil
	})
}
