package runtime

// Set algebra and the methods of set and frozenset.

func isSetLike(v Value) bool {
	switch x := v.(type) {
	case *Set, *FrozenSet:
		return true
	case *DictView:
		return x.Kind != 1
	}
	return false
}

// setTable returns the hash table behind a set-like value.
func setTable(th *Thread, v Value) (*Dict, bool) {
	switch x := unwrapBase(v).(type) {
	case *Set:
		return &x.d, true
	case *FrozenSet:
		return &x.d, true
	case *DictView:
		if x.Kind != 1 {
			return viewSet(th, x), true
		}
	}
	return nil, false
}

// tableFromIterable builds a set table from any iterable.
func tableFromIterable(th *Thread, v Value) (*Dict, error) {
	if d, ok := setTable(th, v); ok {
		return d, nil
	}
	d := &Dict{}
	err := ForEach(th, v, func(x Value) error { return d.Set(th, x, None) })
	return d, err
}

func makeSetLike(d *Dict, frozen bool) Value {
	if frozen {
		return &FrozenSet{d: *d}
	}
	return &Set{d: *d}
}

// setOp computes a op b on set tables (OpOr union, OpAnd intersection, OpSub difference,
// OpXor symmetric difference).
func setOp(th *Thread, op BinaryOp, a, b *Dict) (*Dict, error) {
	out := &Dict{}
	switch op {
	case OpOr:
		*out = *a.Copy()
		for _, e := range b.entries {
			if e.key != nil {
				if err := out.Set(th, e.key, None); err != nil {
					return nil, err
				}
			}
		}
	case OpAnd:
		for _, e := range a.entries {
			if e.key == nil {
				continue
			}
			_, ok, err := b.Get(th, e.key)
			if err != nil {
				return nil, err
			}
			if ok {
				out.appendEntry(e.hash, e.key, None)
			}
		}
	case OpSub:
		for _, e := range a.entries {
			if e.key == nil {
				continue
			}
			_, ok, err := b.Get(th, e.key)
			if err != nil {
				return nil, err
			}
			if !ok {
				out.appendEntry(e.hash, e.key, None)
			}
		}
	case OpXor:
		for _, e := range a.entries {
			if e.key == nil {
				continue
			}
			_, ok, err := b.Get(th, e.key)
			if err != nil {
				return nil, err
			}
			if !ok {
				out.appendEntry(e.hash, e.key, None)
			}
		}
		for _, e := range b.entries {
			if e.key == nil {
				continue
			}
			_, ok, err := a.Get(th, e.key)
			if err != nil {
				return nil, err
			}
			if !ok {
				if err := out.Set(th, e.key, None); err != nil {
					return nil, err
				}
			}
		}
	}
	return out, nil
}

// setBinary is the operator form: both operands must be set-like.
func setBinary(th *Thread, op BinaryOp, a *Dict, b Value, frozen bool) (Value, error) {
	switch op {
	case OpOr, OpAnd, OpSub, OpXor:
	default:
		return NotImplemented, nil
	}
	bt, ok := setTable(th, b)
	if !ok {
		return NotImplemented, nil
	}
	r, err := setOp(th, op, a, bt)
	if err != nil {
		return nil, err
	}
	return makeSetLike(r, frozen), nil
}

func isSubset(th *Thread, a, b *Dict) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	for _, e := range a.entries {
		if e.key == nil {
			continue
		}
		_, ok, err := b.Get(th, e.key)
		if err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}

// setCompare compares set-likes (== is equality, < proper subset, …).
func setCompare(th *Thread, op CompareOp, a *Dict, b Value) (Value, error) {
	bt, ok := setTable(th, b)
	if !ok {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case OpEq, OpNe:
		r = a.used == bt.used
		if r {
			r, err = isSubset(th, a, bt)
		}
		if op == OpNe {
			r = !r
		}
	case OpLe:
		r, err = isSubset(th, a, bt)
	case OpLt:
		r, err = isSubset(th, a, bt)
		r = r && a.used < bt.used
	case OpGe:
		r, err = isSubset(th, bt, a)
	case OpGt:
		r, err = isSubset(th, bt, a)
		r = r && a.used > bt.used
	}
	return Bool(r), err
}

func selfTable(v Value) (*Dict, bool) {
	switch x := v.(type) {
	case *Set:
		return &x.d, false
	case *FrozenSet:
		return &x.d, true
	}
	return nil, false
}

// setMulti implements union/intersection/difference/symmetric_difference with any
// iterables as arguments.
func setMulti(name string, op BinaryOp) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, TypeErrorf("%s() takes no keyword arguments", name)
		}
		d, frozen := selfTable(args[0])
		acc := d.Copy()
		for _, o := range args[1:] {
			ot, err := tableFromIterable(th, o)
			if err != nil {
				return nil, err
			}
			acc, err = setOp(th, op, acc, ot)
			if err != nil {
				return nil, err
			}
		}
		return makeSetLike(acc, frozen), nil
	}
}

func setUpdateOp(name string, op BinaryOp) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		s := args[0].(*Set)
		for _, o := range args[1:] {
			ot, err := tableFromIterable(th, o)
			if err != nil {
				return nil, err
			}
			r, err := setOp(th, op, &s.d, ot)
			if err != nil {
				return nil, err
			}
			s.d = *r
		}
		return None, nil
	}
}

func init() {
	common := map[string]BuiltinFunc{
		"union":                setMulti("union", OpOr),
		"intersection":         setMulti("intersection", OpAnd),
		"difference":           setMulti("difference", OpSub),
		"symmetric_difference": setMulti("symmetric_difference", OpXor),
		"issubset": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("issubset", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			d, _ := selfTable(args[0])
			ot, err := tableFromIterable(th, args[1])
			if err != nil {
				return nil, err
			}
			r, err := isSubset(th, d, ot)
			return Bool(r), err
		},
		"issuperset": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("issuperset", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			d, _ := selfTable(args[0])
			ot, err := tableFromIterable(th, args[1])
			if err != nil {
				return nil, err
			}
			r, err := isSubset(th, ot, d)
			return Bool(r), err
		},
		"isdisjoint": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("isdisjoint", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			d, _ := selfTable(args[0])
			ot, err := tableFromIterable(th, args[1])
			if err != nil {
				return nil, err
			}
			r, err := setOp(th, OpAnd, d, ot)
			if err != nil {
				return nil, err
			}
			return Bool(r.used == 0), nil
		},
		"copy": func(th *Thread, args []Value, kw []string) (Value, error) {
			d, frozen := selfTable(args[0])
			if frozen {
				return args[0], nil
			}
			return makeSetLike(d.Copy(), false), nil
		},
		"__contains__": func(th *Thread, args []Value, kw []string) (Value, error) {
			d, _ := selfTable(args[0])
			_, ok, err := d.Get(th, args[1])
			return Bool(ok), err
		},
		"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
			d, _ := selfTable(args[0])
			return Int(d.used), nil
		},
		"__iter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return iter(th, args[0])
		},
	}
	addMethods(SetType, common)
	addMethods(FrozenSetType, common)
	addMethods(SetType, map[string]BuiltinFunc{
		"add": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("add", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			return None, args[0].(*Set).Add(th, args[1])
		},
		"discard": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("discard", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			_, err := args[0].(*Set).Discard(th, args[1])
			return None, err
		},
		"remove": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("remove", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			ok, err := args[0].(*Set).Discard(th, args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, KeyError(args[1])
			}
			return None, nil
		},
		"pop": func(th *Thread, args []Value, kw []string) (Value, error) {
			s := args[0].(*Set)
			for i, e := range s.d.entries {
				if e.key != nil {
					s.d.deleteAt(i)
					return e.key, nil
				}
			}
			return nil, NewException(KeyErrorType, "pop from an empty set")
		},
		"clear": func(th *Thread, args []Value, kw []string) (Value, error) {
			args[0].(*Set).d.Clear()
			return None, nil
		},
		"update":                      setUpdateOp("update", OpOr),
		"intersection_update":         setUpdateOp("intersection_update", OpAnd),
		"difference_update":           setUpdateOp("difference_update", OpSub),
		"symmetric_difference_update": setUpdateOp("symmetric_difference_update", OpXor),
	})
}
