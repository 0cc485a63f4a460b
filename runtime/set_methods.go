package runtime

// Set algebra and the methods of set and frozenset, following CPython's algorithms so the
// resulting tables (and iteration orders) match.

func isSetLike(v Value) bool {
	switch x := unwrapBase(v).(type) {
	case *Set, *FrozenSet:
		return true
	case *DictView:
		return x.Kind != 1
	}
	return false
}

// setOf returns the table of a set or frozenset.
func setOf(v Value) (*hashSet, bool) {
	switch x := unwrapBase(v).(type) {
	case *Set:
		return &x.t, true
	case *FrozenSet:
		return &x.t, true
	}
	return nil, false
}

// setLikeTable returns the table of a set-like value (dict key/item views become sets).
func setLikeTable(th *Thread, v Value) (*hashSet, bool, error) {
	if t, ok := setOf(v); ok {
		return t, true, nil
	}
	if dv, ok := unwrapBase(v).(*DictView); ok && dv.Kind != 1 {
		t := &hashSet{}
		err := t.update(th, dv)
		return t, true, err
	}
	return nil, false, nil
}

func makeSetLike(t *hashSet, frozen bool) Value {
	if frozen {
		return &FrozenSet{t: *t}
	}
	return &Set{t: *t}
}

// setUnion is set_or / union with one other set-like.
func setUnion(th *Thread, a *hashSet, b Value) (*hashSet, error) {
	r := a.copy()
	return r, r.update(th, b)
}

// setIntersection is set_intersection.
func setIntersection(th *Thread, a *hashSet, b Value) (*hashSet, error) {
	r := &hashSet{}
	if bt, ok := setOf(b); ok {
		so, other := a, bt
		if other.used > so.used {
			so, other = other, so
		}
		for _, e := range other.table {
			if e.key == nil || e.key == dummyKey {
				continue
			}
			in, err := so.containsEntry(th, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if in {
				if err := r.addEntry(th, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	err := ForEach(th, b, func(x Value) error {
		h, err := Hash(th, x)
		if err != nil {
			return err
		}
		in, err := a.containsEntry(th, x, h)
		if err != nil || !in {
			return err
		}
		return r.addEntry(th, x, h)
	})
	return r, err
}

// setDifference is set_difference.
func setDifference(th *Thread, a *hashSet, b Value) (*hashSet, error) {
	bt, isSet := setOf(b)
	otherSize := 0
	switch {
	case isSet:
		otherSize = bt.used
	default:
		if d, ok := b.(*Dict); ok {
			otherSize = d.Len()
		} else {
			return setCopyAndDifference(th, a, b)
		}
	}
	if a.used>>2 > otherSize {
		return setCopyAndDifference(th, a, b)
	}
	r := &hashSet{}
	for _, e := range a.table {
		if e.key == nil || e.key == dummyKey {
			continue
		}
		var in bool
		var err error
		if isSet {
			in, err = bt.containsEntry(th, e.key, e.hash)
		} else {
			_, in, err = b.(*Dict).Get(th, e.key)
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if err := r.addEntry(th, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func setCopyAndDifference(th *Thread, a *hashSet, b Value) (*hashSet, error) {
	r := a.copy()
	return r, setDifferenceUpdate(th, r, b)
}

func setDifferenceUpdate(th *Thread, s *hashSet, b Value) error {
	if bt, ok := setOf(b); ok {
		if bt == s {
			s.clear()
			return nil
		}
		for _, e := range bt.elemsWithHash() {
			if _, err := s.discardEntry(th, e.key, e.hash); err != nil {
				return err
			}
		}
		return nil
	}
	return ForEach(th, b, func(x Value) error {
		_, err := s.discard(th, x)
		return err
	})
}

func (s *hashSet) elemsWithHash() []setEntry {
	out := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != dummyKey {
			out = append(out, e)
		}
	}
	return out
}

// setSymmetricDifferenceUpdate is set_symmetric_difference_update.
func setSymmetricDifferenceUpdate(th *Thread, s *hashSet, b Value) error {
	bt, ok := setOf(b)
	if !ok {
		bt = &hashSet{}
		if err := bt.update(th, b); err != nil {
			return err
		}
	}
	if bt == s {
		s.clear()
		return nil
	}
	for _, e := range bt.elemsWithHash() {
		found, err := s.discardEntry(th, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// setSymmetricDifference is set_symmetric_difference.
func setSymmetricDifference(th *Thread, a *hashSet, b Value) (*hashSet, error) {
	r := &hashSet{}
	if err := r.update(th, b); err != nil {
		return nil, err
	}
	aSet := &Set{t: *a}
	err := setSymmetricDifferenceUpdate(th, r, aSet)
	return r, err
}

func setOp(th *Thread, op BinaryOp, a *hashSet, b Value) (*hashSet, error) {
	switch op {
	case OpOr:
		return setUnion(th, a, b)
	case OpAnd:
		return setIntersection(th, a, b)
	case OpSub:
		return setDifference(th, a, b)
	}
	return setSymmetricDifference(th, a, b)
}

// setBinary is the operator form: both operands must be set-like.
func setBinary(th *Thread, op BinaryOp, a *hashSet, b Value, frozen bool) (Value, error) {
	switch op {
	case OpOr, OpAnd, OpSub, OpXor:
	default:
		return NotImplemented, nil
	}
	bt, ok, err := setLikeTable(th, b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return NotImplemented, nil
	}
	r, err := setOp(th, op, a, &Set{t: *bt})
	if err != nil {
		return nil, err
	}
	return makeSetLike(r, frozen), nil
}

func isSubset(th *Thread, a, b *hashSet) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	for _, e := range a.table {
		if e.key == nil || e.key == dummyKey {
			continue
		}
		in, err := b.containsEntry(th, e.key, e.hash)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// setCompare compares set-likes (== is equality, < proper subset, …).
func setCompare(th *Thread, op CompareOp, a *hashSet, b Value) (Value, error) {
	bt, ok, err := setLikeTable(th, b)
	if err != nil {
		return nil, err
	}
	if !ok {
		return NotImplemented, nil
	}
	var r bool
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

func selfSet(v Value) (*hashSet, bool) {
	switch x := v.(type) {
	case *Set:
		return &x.t, false
	case *FrozenSet:
		return &x.t, true
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
		s, frozen := selfSet(args[0])
		acc := s
		if len(args) == 1 {
			acc = s.copy()
		}
		for _, o := range args[1:] {
			r, err := setOp(th, op, acc, o)
			if err != nil {
				return nil, err
			}
			acc = r
		}
		return makeSetLike(acc, frozen), nil
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
			s, _ := selfSet(args[0])
			o := &hashSet{}
			if err := o.update(th, args[1]); err != nil {
				return nil, err
			}
			r, err := isSubset(th, s, o)
			return Bool(r), err
		},
		"issuperset": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("issuperset", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			s, _ := selfSet(args[0])
			o := &hashSet{}
			if err := o.update(th, args[1]); err != nil {
				return nil, err
			}
			r, err := isSubset(th, o, s)
			return Bool(r), err
		},
		"isdisjoint": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("isdisjoint", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			s, _ := selfSet(args[0])
			r, err := setIntersection(th, s, args[1])
			if err != nil {
				return nil, err
			}
			return Bool(r.used == 0), nil
		},
		"copy": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, frozen := selfSet(args[0])
			if frozen {
				return args[0], nil
			}
			return makeSetLike(s.copy(), false), nil
		},
		"__contains__": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, _ := selfSet(args[0])
			r, err := s.contains(th, args[1])
			return Bool(r), err
		},
		"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, _ := selfSet(args[0])
			return Int(s.used), nil
		},
		"__iter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return iter(th, args[0])
		},
	}
	addMethods(SetType, common)
	addMethods(FrozenSetType, common)
	addMethods(SetType, map[string]BuiltinFunc{
		"add": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("set.add", args[1:], kw, 1, 1); err != nil {
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
			if len(args) > 1 || len(kw) > 0 {
				return nil, TypeErrorf("set.pop() takes no arguments (%d given)", len(args)-1+len(kw))
			}
			v, ok := args[0].(*Set).t.pop()
			if !ok {
				return nil, NewException(KeyErrorType, "pop from an empty set")
			}
			return v, nil
		},
		"clear": func(th *Thread, args []Value, kw []string) (Value, error) {
			args[0].(*Set).t.clear()
			return None, nil
		},
		"update": func(th *Thread, args []Value, kw []string) (Value, error) {
			s := &args[0].(*Set).t
			for _, o := range args[1:] {
				if err := s.update(th, o); err != nil {
					return nil, err
				}
			}
			return None, nil
		},
		"intersection_update": func(th *Thread, args []Value, kw []string) (Value, error) {
			s := &args[0].(*Set).t
			for _, o := range args[1:] {
				r, err := setIntersection(th, s, o)
				if err != nil {
					return nil, err
				}
				*s = *r
			}
			return None, nil
		},
		"difference_update": func(th *Thread, args []Value, kw []string) (Value, error) {
			s := &args[0].(*Set).t
			for _, o := range args[1:] {
				if err := setDifferenceUpdate(th, s, o); err != nil {
					return nil, err
				}
			}
			return None, nil
		},
		"symmetric_difference_update": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("symmetric_difference_update", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			return None, setSymmetricDifferenceUpdate(th, &args[0].(*Set).t, args[1])
		},
	})
}
