package runtime

// The methods of list and tuple.

func listSelf(args []Value) *List { return args[0].(*List) }

func seqIndexOf(th *Thread, items []Value, args []Value) (int, error) {
	start, end := 0, len(items)
	if len(args) > 1 {
		if n, ok := IndexValue(args[1]); ok {
			start = clampIndex(int(n), len(items))
		}
	}
	if len(args) > 2 {
		if n, ok := IndexValue(args[2]); ok {
			end = clampIndex(int(n), len(items))
		}
	}
	for i := start; i < end && i < len(items); i++ {
		eq, err := Equal(th, items[i], args[0])
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func seqCount(th *Thread, items []Value, x Value) (int, error) {
	n := 0
	for _, it := range items {
		eq, err := Equal(th, it, x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
	return n, nil
}

func init() {
	addMethods(ListType, map[string]BuiltinFunc{
		"append": func(th *Thread, args []Value, kw []string) (Value, error) {
			if len(args) != 2 || len(kw) > 0 {
				return nil, CheckArity("list.append", args[1:], kw, 1, 1)
			}
			l := listSelf(args)
			l.Items = append(l.Items, args[1])
			return None, nil
		},
		"extend": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("list.extend", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			l := listSelf(args)
			items, err := ToSlice(th, args[1])
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, items...)
			return None, nil
		},
		"insert": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("insert", args[1:], kw, 2, 2); err != nil {
				return nil, err
			}
			l := listSelf(args)
			n, ok := IndexValue(args[1])
			if !ok {
				return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", args[1].Type().Name)
			}
			i := clampIndex(int(n), len(l.Items))
			l.Items = append(l.Items, nil)
			copy(l.Items[i+1:], l.Items[i:])
			l.Items[i] = args[2]
			return None, nil
		},
		"pop": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("pop", args[1:], kw, 0, 1); err != nil {
				return nil, err
			}
			l := listSelf(args)
			var n int64 = -1
			if len(args) > 1 {
				var ok bool
				if n, ok = IndexValue(args[1]); !ok {
					return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", args[1].Type().Name)
				}
			}
			if len(l.Items) == 0 {
				return nil, IndexErrorf("pop from empty list")
			}
			i := len(l.Items) - 1
			if len(args) > 1 {
				if n < 0 {
					n += int64(len(l.Items))
				}
				if n < 0 || n >= int64(len(l.Items)) {
					return nil, IndexErrorf("pop index out of range")
				}
				i = int(n)
			}
			v := l.Items[i]
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[len(l.Items)-1] = nil
			l.Items = l.Items[:len(l.Items)-1]
			return v, nil
		},
		"remove": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("remove", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			l := listSelf(args)
			i, err := seqIndexOf(th, l.Items, args[1:2])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				return nil, ValueErrorf("list.remove(x): x not in list")
			}
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[len(l.Items)-1] = nil
			l.Items = l.Items[:len(l.Items)-1]
			return None, nil
		},
		"index": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("index", args[1:], kw, 1, 3); err != nil {
				return nil, err
			}
			i, err := seqIndexOf(th, listSelf(args).Items, args[1:])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				r, err := Repr(th, args[1])
				if err != nil {
					return nil, err
				}
				return nil, ValueErrorf("%s is not in list", r)
			}
			return Int(i), nil
		},
		"count": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("count", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := seqCount(th, listSelf(args).Items, args[1])
			return Int(n), err
		},
		"reverse": func(th *Thread, args []Value, kw []string) (Value, error) {
			items := listSelf(args).Items
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
			return None, nil
		},
		"sort": func(th *Thread, args []Value, kw []string) (Value, error) {
			var key Value
			reverse := false
			if err := UnpackArgs("sort", args[1:], kw, "$key?", &key, "$reverse?", &reverse); err != nil {
				return nil, err
			}
			l := listSelf(args)
			items := l.Items
			l.Items = nil // CPython empties the list while sorting
			err := SortValues(th, items, key, reverse)
			if l.Items != nil && err == nil {
				err = ValueErrorf("list modified during sort")
			}
			l.Items = items
			return None, err
		},
		"copy": func(th *Thread, args []Value, kw []string) (Value, error) {
			return &List{Items: append([]Value(nil), listSelf(args).Items...)}, nil
		},
		"clear": func(th *Thread, args []Value, kw []string) (Value, error) {
			listSelf(args).Items = nil
			return None, nil
		},
		"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Int(len(listSelf(args).Items)), nil
		},
		"__getitem__": getItemDunder,
		"__setitem__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, setItem(th, args[0], args[1], args[2])
		},
		"__delitem__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, delItem(th, args[0], args[1])
		},
		"__contains__": containsDunder,
		"__iter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return listSelf(args).Iter(), nil
		},
		"__reversed__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Reversed(th, args[0])
		},
	})
	addMethods(TupleType, map[string]BuiltinFunc{
		"index": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("index", args[1:], kw, 1, 3); err != nil {
				return nil, err
			}
			i, err := seqIndexOf(th, args[0].(Tuple), args[1:])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				return nil, ValueErrorf("tuple.index(x): x not in tuple")
			}
			return Int(i), nil
		},
		"count": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("count", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			n, err := seqCount(th, args[0].(Tuple), args[1])
			return Int(n), err
		},
		"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Int(len(args[0].(Tuple))), nil
		},
		"__getitem__":  getItemDunder,
		"__contains__": containsDunder,
		"__iter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return args[0].(Tuple).Iter(), nil
		},
	})

}
