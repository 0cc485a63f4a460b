package runtime

// ClassGetItem returns a __class_getitem__ classmethod making types.GenericAlias
// (cls[item]), as classmethod(GenericAlias) does in CPython's own classes (asyncio.Future,
// asyncio.Queue, collections.deque, …). Put it in a type's Dict.
func ClassGetItem() *ClassMethod {
	return &ClassMethod{Func: NewBuiltin("__class_getitem__", func(th *Thread, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return nil, TypeErrorf("__class_getitem__() takes exactly one argument (%d given)", len(args)-1)
		}
		t, ok := args[0].(*Type)
		if !ok {
			return nil, TypeErrorf("__class_getitem__() needs a class")
		}
		return NewGenericAlias(t, args[1]), nil
	})}
}

func init() {
	// types.GenericAlias(origin, args)
	GenericAliasType.New = func(th *Thread, _ *Type, args []Value, kw []string) (Value, error) {
		if len(kw) != 0 {
			return nil, TypeErrorf("GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, TypeErrorf("GenericAlias expected 2 arguments, got %d", len(args))
		}
		t, ok := args[0].(*Type)
		if !ok {
			return nil, TypeErrorf("GenericAlias() origin must be a class, not '%s'", args[0].Type().Name)
		}
		return NewGenericAlias(t, args[1]), nil
	}
	FutureType.Dict.SetStr("__class_getitem__", ClassGetItem())
	TaskType.Dict.SetStr("__class_getitem__", ClassGetItem())
}
