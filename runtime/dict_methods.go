package runtime

// Dict views and methods.

// View types.
var (
	DictKeysType   = newBuiltinType("dict_keys", ObjectType, 0)
	DictValuesType = newBuiltinType("dict_values", ObjectType, 0)
	DictItemsType  = newBuiltinType("dict_items", ObjectType, 0)
)

// DictView is a keys(), values() or items() view of a dict.
type DictView struct {
	D    *Dict
	Kind int // 0 keys, 1 values, 2 items
}

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *Type {
	switch v.Kind {
	case 0:
		return DictKeysType
	case 1:
		return DictValuesType
	}
	return DictItemsType
}

// Iter iterates the view.
func (v *DictView) Iter() Iterator {
	switch v.Kind {
	case 0:
		return v.D.Iter()
	case 1:
		return v.D.IterValues()
	}
	return v.D.IterItems()
}

// Repr returns e.g. "dict_keys(['a', 'b'])".
func (v *DictView) Repr(th *Thread) (string, error) {
	var items []Value
	it := v.Iter()
	for {
		x, ok, _ := it.Next(th)
		if !ok {
			break
		}
		items = append(items, x)
	}
	s, err := reprSeq(th, "[", items, "]")
	return v.Type().Name + "(" + s + ")", err
}

func (v *DictView) elems(th *Thread) []Value {
	var items []Value
	it := v.Iter()
	for {
		x, ok, _ := it.Next(th)
		if !ok {
			return items
		}
		items = append(items, x)
	}
}

// dictUpdate copies src's entries into d.
func dictUpdate(th *Thread, d, src *Dict) error {
	for i := 0; i < len(src.entries); i++ {
		e := src.entries[i]
		if e.key == nil {
			continue
		}
		if s, ok := e.key.(Str); ok {
			d.SetStr(string(s), e.val)
			continue
		}
		if err := d.Set(th, e.key, e.val); err != nil {
			return err
		}
	}
	return nil
}

// dictUpdateFrom is dict.update(v) for a mapping or an iterable of pairs.
func dictUpdateFrom(th *Thread, d *Dict, v Value) error {
	if src, ok := unwrapBase(v).(*Dict); ok {
		if _, user := userMethod(v.Type(), "keys"); !user {
			return dictUpdate(th, d, src)
		}
	}
	if ok, _ := HasAttr(th, v, "keys"); ok {
		keys, err := CallMethod(th, v, "keys")
		if err != nil {
			return err
		}
		return ForEach(th, keys, func(k Value) error {
			x, err := GetItem(th, v, k)
			if err != nil {
				return err
			}
			return d.Set(th, k, x)
		})
	}
	i := 0
	it, err := Iter(th, v)
	if err != nil {
		return err
	}
	for {
		item, ok, err := it.Next(th)
		if err != nil || !ok {
			return err
		}
		var pair []Value
		switch p := item.(type) {
		case Tuple:
			pair = p
		case *List:
			pair = p.Items
		default:
			pair, err = ToSlice(th, item)
			if err != nil {
				if IsInstanceOf(err, TypeErrorType) {
					return TypeErrorf("cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				return err
			}
		}
		if len(pair) != 2 {
			return ValueErrorf("dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.Set(th, pair[0], pair[1]); err != nil {
			return err
		}
		i++
	}
}

func dictSelf(args []Value) *Dict { return args[0].(*Dict) }

func init() {
	addMethods(DictType, map[string]BuiltinFunc{
		"keys": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("keys", args[1:], kw, 0, 0); err != nil {
				return nil, err
			}
			return &DictView{D: dictSelf(args)}, nil
		},
		"values": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("values", args[1:], kw, 0, 0); err != nil {
				return nil, err
			}
			return &DictView{D: dictSelf(args), Kind: 1}, nil
		},
		"items": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("items", args[1:], kw, 0, 0); err != nil {
				return nil, err
			}
			return &DictView{D: dictSelf(args), Kind: 2}, nil
		},
		"get": func(th *Thread, args []Value, kw []string) (Value, error) {
			if len(args) != 2 && len(args) != 3 || len(kw) > 0 {
				if len(kw) > 0 {
					return nil, TypeErrorf("dict.get() takes no keyword arguments")
				}
				return nil, CheckArity("get", args[1:], nil, 1, 2)
			}
			v, ok, err := dictSelf(args).Get(th, args[1])
			if err != nil {
				return nil, err
			}
			if ok {
				return v, nil
			}
			if len(args) > 2 {
				return args[2], nil
			}
			return None, nil
		},
		"setdefault": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("setdefault", args[1:], kw, 1, 2); err != nil {
				return nil, err
			}
			d := dictSelf(args)
			v, ok, err := d.Get(th, args[1])
			if err != nil || ok {
				return v, err
			}
			var def Value = None
			if len(args) > 2 {
				def = args[2]
			}
			return def, d.Set(th, args[1], def)
		},
		"pop": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("pop", args[1:], kw, 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := dictSelf(args).Delete(th, args[1])
			if err != nil || ok {
				return v, err
			}
			if len(args) > 2 {
				return args[2], nil
			}
			return nil, KeyError(args[1])
		},
		"popitem": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("popitem", args[1:], kw, 0, 0); err != nil {
				return nil, err
			}
			d := dictSelf(args)
			for i := len(d.entries) - 1; i >= 0; i-- {
				if e := d.entries[i]; e.key != nil {
					d.deleteAt(i)
					return Tuple{e.key, e.val}, nil
				}
			}
			return nil, NewException(KeyErrorType, "popitem(): dictionary is empty")
		},
		"update": func(th *Thread, args []Value, kw []string) (Value, error) {
			d := dictSelf(args)
			npos := len(args) - len(kw) - 1
			if npos > 1 {
				return nil, TypeErrorf("update expected at most 1 argument, got %d", npos)
			}
			if npos == 1 {
				if err := dictUpdateFrom(th, d, args[1]); err != nil {
					return nil, err
				}
			}
			for i, k := range kw {
				d.SetStr(k, args[1+npos+i])
			}
			return None, nil
		},
		"copy": func(th *Thread, args []Value, kw []string) (Value, error) {
			return dictSelf(args).Copy(), nil
		},
		"clear": func(th *Thread, args []Value, kw []string) (Value, error) {
			dictSelf(args).Clear()
			return None, nil
		},
		"__contains__": func(th *Thread, args []Value, kw []string) (Value, error) {
			_, ok, err := dictSelf(args).Get(th, args[1])
			return Bool(ok), err
		},
		"__getitem__": getItemDunder,
		"__setitem__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, dictSelf(args).Set(th, args[1], args[2])
		},
		"__delitem__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return None, delItem(th, args[0], args[1])
		},
		"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Int(dictSelf(args).Len()), nil
		},
		"__iter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return dictSelf(args).Iter(), nil
		},
		"__reversed__": func(th *Thread, args []Value, kw []string) (Value, error) {
			keys := dictSelf(args).Keys()
			for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
				keys[i], keys[j] = keys[j], keys[i]
			}
			return &SliceIter{items: keys, typ: DictKeyIterType}, nil
		},
	})
	DictType.Dict.SetStr("fromkeys", &ClassMethod{Func: NewBuiltin("fromkeys", func(th *Thread, args []Value, kw []string) (Value, error) {
		if err := CheckArity("fromkeys", args[1:], kw, 1, 2); err != nil {
			return nil, err
		}
		var v Value = None
		if len(args) > 2 {
			v = args[2]
		}
		dv, err := Call(th, args[0], nil, nil)
		if err != nil {
			return nil, err
		}
		err = ForEach(th, args[1], func(k Value) error { return SetItem(th, dv, k, v) })
		return dv, err
	})})
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		addMethods(t, map[string]BuiltinFunc{
			"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
				return Int(args[0].(*DictView).D.Len()), nil
			},
		})
	}
	addMethods(DictKeysType, map[string]BuiltinFunc{
		"isdisjoint": func(th *Thread, args []Value, kw []string) (Value, error) {
			t, _, err := setLikeTable(th, args[0])
			if err != nil {
				return nil, err
			}
			r, err := setIntersection(th, t, args[1])
			if err != nil {
				return nil, err
			}
			return Bool(r.used == 0), nil
		},
	})
}
