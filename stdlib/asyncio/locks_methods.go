package asyncio

import "github.com/aiolang/aio/runtime"

// method adds a Go method whose receiver is a T to a type of this package.
func method[T runtime.Value](typ *runtime.Type, name string, fn func(th *runtime.Thread, self T, args []runtime.Value, kw []string) (runtime.Value, error)) {
	runtime.AddMethod(typ, name, func(th *runtime.Thread, args []runtime.Value, kw []string) (runtime.Value, error) {
		if len(args) == 0 {
			return nil, runtime.TypeErrorf("descriptor '%s' of '%s' object needs an argument", name, typ.Name)
		}
		self, ok := args[0].(T)
		if !ok {
			return nil, runtime.TypeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, typ.Name, args[0].Type().Name)
		}
		return fn(th, self, args[1:], kw)
	})
}

// noArgs checks that a method got no arguments.
func noArgs(name string, args []runtime.Value, kw []string) error {
	if len(args) != 0 {
		return runtime.TypeErrorf("%s() takes 1 positional argument but %d were given", name, len(args)+1)
	}
	return nil
}

var (
	specSemaphore = runtime.ArgSpec{Func: "Semaphore", Names: []string{"value"}}
	specCondition = runtime.ArgSpec{Func: "Condition", Names: []string{"lock"}}
	specNotify    = runtime.ArgSpec{Func: "notify", Names: []string{"n"}}
	specWaitForP  = runtime.ArgSpec{Func: "wait_for", Names: []string{"predicate"}, Required: 1}
)

// contextManager adds __aenter__ and __aexit__ to a lock-like type.
func contextManager[T interface {
	runtime.Value
	acquirer
}](typ *runtime.Type) {
	method(typ, "__aenter__", func(th *runtime.Thread, self T, args []runtime.Value, kw []string) (runtime.Value, error) {
		return aenter(self), nil
	})
	method(typ, "__aexit__", func(th *runtime.Thread, self T, args []runtime.Value, kw []string) (runtime.Value, error) {
		return aexit(self), nil
	})
}

func init() {
	// Lock
	lockType.New = func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kw []string) (runtime.Value, error) {
		if len(args) != 0 {
			return nil, runtime.TypeErrorf("Lock.__init__() takes 1 positional argument but %d were given", len(args)+1)
		}
		return &Lock{}, nil
	}
	method(lockType, "acquire", func(th *runtime.Thread, l *Lock, args []runtime.Value, kw []string) (runtime.Value, error) {
		return l.Acquire(), noArgs("acquire", args, kw)
	})
	method(lockType, "release", func(th *runtime.Thread, l *Lock, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.None, l.Release()
	})
	method(lockType, "locked", func(th *runtime.Thread, l *Lock, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.BoolOf(l.locked), nil
	})
	method(lockType, "__repr__", func(th *runtime.Thread, l *Lock, args []runtime.Value, kw []string) (runtime.Value, error) {
		extra := "unlocked"
		if l.locked {
			extra = "locked"
		}
		return runtime.Str(objRepr(l, waitersExtra(extra, len(l.waiters)))), nil
	})
	contextManager[*Lock](lockType)

	// Event
	eventType.New = func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kw []string) (runtime.Value, error) {
		if len(args) != 0 {
			return nil, runtime.TypeErrorf("Event.__init__() takes 1 positional argument but %d were given", len(args)+1)
		}
		return &Event{}, nil
	}
	method(eventType, "set", func(th *runtime.Thread, e *Event, args []runtime.Value, kw []string) (runtime.Value, error) {
		e.Set()
		return runtime.None, nil
	})
	method(eventType, "clear", func(th *runtime.Thread, e *Event, args []runtime.Value, kw []string) (runtime.Value, error) {
		e.value = false
		return runtime.None, nil
	})
	method(eventType, "is_set", func(th *runtime.Thread, e *Event, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.BoolOf(e.value), nil
	})
	method(eventType, "wait", func(th *runtime.Thread, e *Event, args []runtime.Value, kw []string) (runtime.Value, error) {
		return e.Wait(), nil
	})
	method(eventType, "__repr__", func(th *runtime.Thread, e *Event, args []runtime.Value, kw []string) (runtime.Value, error) {
		extra := "unset"
		if e.value {
			extra = "set"
		}
		return runtime.Str(objRepr(e, waitersExtra(extra, len(e.waiters)))), nil
	})

	// Condition
	conditionType.New = func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [1]runtime.Value
		if _, err := specCondition.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		c := &Condition{}
		if a[0] == nil || a[0] == runtime.None {
			c.lockImpl = &Lock{}
			c.lock = c.lockImpl
		} else {
			c.lock = a[0]
			c.lockImpl, _ = a[0].(*Lock)
		}
		return c, nil
	}
	for _, name := range []string{"acquire", "release", "locked"} {
		name := name
		method(conditionType, name, func(th *runtime.Thread, c *Condition, args []runtime.Value, kw []string) (runtime.Value, error) {
			return c.callLock(th, name)
		})
	}
	method(conditionType, "wait", func(th *runtime.Thread, c *Condition, args []runtime.Value, kw []string) (runtime.Value, error) {
		return c.Wait(), nil
	})
	method(conditionType, "wait_for", func(th *runtime.Thread, c *Condition, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [1]runtime.Value
		if _, err := specWaitForP.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		return c.WaitFor(a[0]), nil
	})
	method(conditionType, "notify", func(th *runtime.Thread, c *Condition, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [1]runtime.Value
		if _, err := specNotify.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		n := 1
		if a[0] != nil {
			v, ok := runtime.AsInt64(a[0])
			if !ok {
				return nil, runtime.TypeErrorf("'>=' not supported between instances of 'int' and '%s'", a[0].Type().Name)
			}
			n = int(v)
		}
		return runtime.None, c.Notify(th, n)
	})
	method(conditionType, "notify_all", func(th *runtime.Thread, c *Condition, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.None, c.Notify(th, len(c.waiters))
	})
	method(conditionType, "__repr__", func(th *runtime.Thread, c *Condition, args []runtime.Value, kw []string) (runtime.Value, error) {
		locked, err := c.isLocked(th)
		if err != nil {
			return nil, err
		}
		extra := "unlocked"
		if locked {
			extra = "locked"
		}
		return runtime.Str(objRepr(c, waitersExtra(extra, len(c.waiters)))), nil
	})
	contextManager[*Condition](conditionType)

	// Semaphore, BoundedSemaphore
	newSem := func(bounded bool) runtime.NewFunc {
		return func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kw []string) (runtime.Value, error) {
			var a [1]runtime.Value
			if _, err := specSemaphore.Unpack(args, kw, a[:]); err != nil {
				return nil, err
			}
			v := int64(1)
			if a[0] != nil {
				var ok bool
				if v, ok = runtime.AsInt64(a[0]); !ok {
					return nil, runtime.TypeErrorf("'<' not supported between instances of '%s' and 'int'", a[0].Type().Name)
				}
			}
			if v < 0 {
				return nil, runtime.ValueErrorf("Semaphore initial value must be >= 0")
			}
			s := &Semaphore{value: int(v), bound: -1, typ: semaphoreType}
			if bounded {
				s.bound, s.typ = int(v), boundedSemType
			}
			return s, nil
		}
	}
	semaphoreType.New = newSem(false)
	boundedSemType.New = newSem(true)
	method(semaphoreType, "acquire", func(th *runtime.Thread, s *Semaphore, args []runtime.Value, kw []string) (runtime.Value, error) {
		return s.Acquire(), nil
	})
	method(semaphoreType, "release", func(th *runtime.Thread, s *Semaphore, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.None, s.Release()
	})
	method(semaphoreType, "locked", func(th *runtime.Thread, s *Semaphore, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.BoolOf(s.Locked()), nil
	})
	method(semaphoreType, "__repr__", func(th *runtime.Thread, s *Semaphore, args []runtime.Value, kw []string) (runtime.Value, error) {
		extra := "unlocked, value:" + itoa(s.value)
		if s.Locked() {
			extra = "locked"
		}
		return runtime.Str(objRepr(s, waitersExtra(extra, len(s.waiters)))), nil
	})
	addGetter(semaphoreType, "_value", func(s *Semaphore) runtime.Value { return runtime.Int(s.value) })
	contextManager[*Semaphore](semaphoreType)
}

// addGetter adds a read-only attribute.
func addGetter[T runtime.Value](typ *runtime.Type, name string, get func(T) runtime.Value) {
	typ.Dict.SetStr(name, &runtime.GetSet{Name: name, Owner: typ, Get: func(th *runtime.Thread, obj runtime.Value) (runtime.Value, error) {
		self, ok := obj.(T)
		if !ok {
			return nil, runtime.TypeErrorf("descriptor '%s' doesn't apply to a '%s' object", name, obj.Type().Name)
		}
		return get(self), nil
	}})
}
