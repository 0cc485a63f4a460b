package runtime

// Context variables (PEP 567): Context, ContextVar and Token, the types of the contextvars
// module, live here because the event loop needs them: a Task runs each step in the context
// it copied when it was created, and a Python callback scheduled with call_soon /
// call_later / add_done_callback runs in the context current when it was scheduled.
//
// A Thread's current context is th.ctx. nil stands for a fresh empty context that nobody
// has seen yet: it is made (materialized) by the first ContextVar.set, so programs that
// never set a context variable allocate nothing for contexts, even with many tasks.

// Context is contextvars.Context: an immutable mapping of ContextVars to values (set
// replaces vars, so a copy shares it), which Context.run makes current.
type Context struct {
	vars    []ctxEntry // insertion ordered; never changed in place (copies share it)
	entered bool
	prev    *Context // the context current before run entered this one
}

type ctxEntry struct {
	v   *ContextVar
	val Value
}

// ContextVar is contextvars.ContextVar.
type ContextVar struct {
	name Str
	def  Value // nil: no default
}

// ContextToken is contextvars.Token, returned by ContextVar.set for ContextVar.reset.
type ContextToken struct {
	ctx  *Context
	v    *ContextVar
	old  Value // nil: Token.MISSING
	used bool
}

// tokenMissing is contextvars.Token.MISSING.
type tokenMissing struct{}

// The contextvars types (module _contextvars, as in CPython).
var (
	ContextType      = NewBuiltinType("Context", "_contextvars", nil, false)
	ContextVarType   = NewBuiltinType("ContextVar", "_contextvars", nil, false)
	ContextTokenType = NewBuiltinType("Token", "_contextvars", nil, false)
	tokenMissingType = NewBuiltinType("Token.MISSING", "_contextvars", nil, false)
)

// TokenMissing is contextvars.Token.MISSING, the old_value of a token whose variable had
// no value before set.
var TokenMissing Value = tokenMissing{}

// Type returns contextvars.Context.
func (c *Context) Type() *Type { return ContextType }

// Type returns contextvars.ContextVar.
func (v *ContextVar) Type() *Type { return ContextVarType }

// Type returns contextvars.Token.
func (t *ContextToken) Type() *Type { return ContextTokenType }

// Type returns the type of Token.MISSING.
func (tokenMissing) Type() *Type { return tokenMissingType }

// NewContextVar returns ContextVar(name, default=def); def nil means no default.
func NewContextVar(name string, def Value) *ContextVar {
	return &ContextVar{name: Str(name), def: def}
}

// lookup returns the value of v in c (c may be nil: the empty context).
func (c *Context) lookup(v *ContextVar) (Value, bool) {
	if c == nil {
		return nil, false
	}
	for i := range c.vars {
		if c.vars[i].v == v {
			return c.vars[i].val, true
		}
	}
	return nil, false
}

// with returns c's vars with v set to val (val nil: v removed), as a new slice.
func (c *Context) with(v *ContextVar, val Value) []ctxEntry {
	out := make([]ctxEntry, 0, len(c.vars)+1)
	found := false
	for _, e := range c.vars {
		if e.v == v {
			found = true
			if val == nil {
				continue
			}
			e.val = val
		}
		out = append(out, e)
	}
	if !found && val != nil {
		out = append(out, ctxEntry{v, val})
	}
	return out
}

// Copy returns a new context with the same variables (Context.copy()).
func (c *Context) Copy() *Context {
	if c == nil {
		return &Context{}
	}
	return &Context{vars: c.vars}
}

// equal reports whether c and d hold the same variables with equal values (Context ==).
func (c *Context) equal(th *Thread, d *Context) (bool, error) {
	if c.Len() != d.Len() {
		return false, nil
	}
	if c == nil || d == nil {
		return true, nil
	}
	for _, e := range c.vars {
		val, ok := d.lookup(e.v)
		if !ok {
			return false, nil
		}
		if eq, err := Equal(th, e.val, val); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// Len is the number of variables set in c.
func (c *Context) Len() int {
	if c == nil {
		return 0
	}
	return len(c.vars)
}

// CurrentContext returns the thread's current context, making it if it was still the
// implicit empty one.
func CurrentContext(th *Thread) *Context {
	if th.ctx == nil {
		th.ctx = &Context{}
	}
	return th.ctx
}

// CopyContext is contextvars.copy_context(): a copy of the thread's current context.
func CopyContext(th *Thread) *Context { return th.ctx.Copy() }

// lazyCopy is the context a task or callback copies on creation: nil (a fresh empty context
// made only if needed) while the current context holds no variable.
func lazyCopy(th *Thread) *Context {
	if th.ctx == nil || len(th.ctx.vars) == 0 {
		return nil
	}
	return &Context{vars: th.ctx.vars}
}

// enter makes c the thread's current context (PyContext_Enter). c nil enters a fresh empty
// context.
func (c *Context) enter(th *Thread) (prev *Context, err error) {
	prev = th.ctx
	if c != nil {
		if c.entered {
			return nil, RuntimeErrorf("cannot enter context: %s is already entered", defaultRepr(c))
		}
		c.entered = true
		c.prev = prev
	}
	th.ctx = c
	return prev, nil
}

// exit restores prev as the current context and returns the context that was current (the
// one entered, or the one made while a nil context was current).
func exitContext(th *Thread, prev *Context) *Context {
	c := th.ctx
	if c != nil {
		c.entered = false
		c.prev = nil
	}
	th.ctx = prev
	return c
}

// Run calls fn(args...) with c as the current context (Context.run).
func (c *Context) Run(th *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	prev, err := c.enter(th)
	if err != nil {
		return nil, err
	}
	r, err := Call(th, fn, args, kwnames)
	exitContext(th, prev)
	return r, err
}

// Get returns the variable's value in the current context, else def, else its default,
// else LookupError (ContextVar.get).
func (v *ContextVar) Get(th *Thread, def Value) (Value, error) {
	if val, ok := th.ctx.lookup(v); ok {
		return val, nil
	}
	if def != nil {
		return def, nil
	}
	if v.def != nil {
		return v.def, nil
	}
	return nil, NewExceptionArgs(LookupErrorType, v)
}

// Set sets the variable in the current context and returns a token to reset it
// (ContextVar.set).
func (v *ContextVar) Set(th *Thread, val Value) *ContextToken {
	c := CurrentContext(th)
	old, _ := c.lookup(v)
	c.vars = c.with(v, val)
	return &ContextToken{ctx: c, v: v, old: old}
}

// Reset restores the value the variable had before the set that made tok (ContextVar.reset).
func (v *ContextVar) Reset(th *Thread, tok *ContextToken) error {
	if tok.used {
		return RuntimeErrorf("%s has already been used once", tok.repr(th))
	}
	if tok.v != v {
		return ValueErrorf("%s was created by a different ContextVar", tok.repr(th))
	}
	c := CurrentContext(th)
	if tok.ctx != c {
		return ValueErrorf("%s was created in a different Context", tok.repr(th))
	}
	tok.used = true
	if tok.old == nil {
		if _, ok := c.lookup(v); !ok {
			return NewExceptionArgs(LookupErrorType, v)
		}
	}
	c.vars = c.with(v, tok.old)
	return nil
}

func (v *ContextVar) repr(th *Thread) string {
	s := "<ContextVar name=" + reprOrFailed(th, v.name)
	if v.def != nil {
		s += " default=" + reprOrFailed(th, v.def)
	}
	return s + " at " + AddrString(v) + ">"
}

func (t *ContextToken) repr(th *Thread) string {
	used := ""
	if t.used {
		used = " used"
	}
	return "<Token" + used + " var=" + t.v.repr(th) + " at " + AddrString(t) + ">"
}
