package code

// Change log of the opcode set (opcodes are only ever added; numbers may change between builds,
// names and semantics do not):
//   - initial set.
//   - CALL_FUNCTION_EX: the positional operand of f(*a) may be any iterable (documented).
//   - LOAD_SUPER_ATTR: super().name without a super object (CPython 3.12's opcode).

// Opcode is one bytecode operation. An instruction (Instr) is a 32-bit word: the opcode in the
// low 8 bits and a 24-bit unsigned argument in the high bits, so no EXTENDED_ARG is needed.
//
// Conventions used in the comments below: the stack is written left to right with the top of
// stack (TOS) last; "a, b → c" pops b (TOS) and a (TOS1) and pushes c. Jump targets are absolute
// instruction indexes into Code.Code. NULL is the Go nil value (not None) on the value stack.
//
// Every instruction may raise; when it does, the vm looks up the raising pc in Code.ExceptTable
// (see ExceptEntry): if an entry covers it, the stack is cut down to the entry's Depth, the
// exception is pushed, and execution continues at the entry's Handler; otherwise the frame is
// exited with the exception. A traceback entry for the frame is added when an exception is
// raised by any instruction except RERAISE (which re-raises an exception that already has one).
type Opcode uint8

// The opcodes.
const (
	// NOP does nothing. Stack: unchanged.
	NOP Opcode = iota

	// ---- stack manipulation ----

	// POP_TOP: a → .
	POP_TOP
	// COPY n (n ≥ 1): pushes a copy of the n-th item from the top (COPY 1 duplicates TOS).
	// Stack: …, x, …(n-1 items) → …, x, …, x.
	COPY
	// SWAP n (n ≥ 2): swaps TOS with the n-th item from the top.
	SWAP
	// PUSH_NULL: → NULL. Pushes Go nil (used as the "no self" slot of CALL_METHOD).
	PUSH_NULL

	// ---- constants and variables ----

	// LOAD_CONST i: → Consts[i]. Constants are plain Go data (see Code.Consts); the vm converts
	// them to runtime values once per code object.
	LOAD_CONST
	// LOAD_FAST i: → local slot i (VarNames[i]). Raises UnboundLocalError
	// ("cannot access local variable 'x' where it is not associated with a value") if unset.
	LOAD_FAST
	// STORE_FAST i: v → . Sets local slot i.
	STORE_FAST
	// DELETE_FAST i: unsets local slot i (UnboundLocalError if unset). Stack unchanged.
	DELETE_FAST
	// LOAD_NAME i: → value of Names[i] looked up in locals, then globals, then builtins
	// (module and class bodies). NameError "name 'x' is not defined" if absent.
	LOAD_NAME
	// STORE_NAME i: v → . locals[Names[i]] = v.
	STORE_NAME
	// DELETE_NAME i: del locals[Names[i]] (NameError if absent). Stack unchanged.
	DELETE_NAME
	// LOAD_GLOBAL i: → globals[Names[i]], else builtins[Names[i]], else NameError.
	// The vm may cache the lookup per instruction.
	LOAD_GLOBAL
	// STORE_GLOBAL i: v → . globals[Names[i]] = v.
	STORE_GLOBAL
	// DELETE_GLOBAL i: del globals[Names[i]] (NameError if absent). Stack unchanged.
	DELETE_GLOBAL
	// LOAD_DEREF i: → contents of cell i. Cells are indexed CellVars first, then FreeVars
	// (i ≥ len(CellVars) is free variable i-len(CellVars)). Raises UnboundLocalError for an
	// empty cell variable, NameError ("cannot access free variable 'x' where it is not
	// associated with a value in enclosing scope") for an empty free variable.
	LOAD_DEREF
	// STORE_DEREF i: v → . Stores into cell i.
	STORE_DEREF
	// DELETE_DEREF i: empties cell i (error as LOAD_DEREF if already empty). Stack unchanged.
	DELETE_DEREF
	// LOAD_CLOSURE i: → the cell object i itself (for building a closure tuple).
	LOAD_CLOSURE
	// LOAD_CLASSDEREF i: → (class bodies only) locals[name of cell i] if the class namespace
	// has it, else the contents of cell i (as LOAD_DEREF).
	LOAD_CLASSDEREF

	// ---- attributes and subscripts ----

	// LOAD_ATTR i: obj → getattr(obj, Names[i]).
	LOAD_ATTR
	// STORE_ATTR i: v, obj → . setattr(obj, Names[i], v).
	STORE_ATTR
	// DELETE_ATTR i: obj → . delattr(obj, Names[i]).
	DELETE_ATTR
	// LOAD_METHOD i: obj → meth, self  or  obj → attr, NULL.
	// If type(obj) has a plain function (method descriptor) named Names[i] that is not shadowed
	// by the instance, pushes the unbound function and obj without allocating a bound method;
	// otherwise pushes getattr(obj, Names[i]) and NULL. Always followed by CALL_METHOD or
	// CALL_METHOD_KW.
	LOAD_METHOD
	// BINARY_SUBSCR: container, key → container[key].
	BINARY_SUBSCR
	// STORE_SUBSCR: v, container, key → . container[key] = v.
	STORE_SUBSCR
	// DELETE_SUBSCR: container, key → . del container[key].
	DELETE_SUBSCR
	// BUILD_SLICE n (2 or 3): start, stop → slice(start, stop)
	// or start, stop, step → slice(start, stop, step).
	BUILD_SLICE

	// ---- operators ----

	// UNARY_POSITIVE: a → +a.
	UNARY_POSITIVE
	// UNARY_NEGATIVE: a → -a.
	UNARY_NEGATIVE
	// UNARY_INVERT: a → ~a.
	UNARY_INVERT
	// UNARY_NOT: a → not a (a bool).
	UNARY_NOT
	// BINARY_OP op: a, b → a op b. op is a BinaryOp (BinAdd … BinXor; BinInplaceAdd … for
	// augmented assignment, which try __iadd__ etc. first).
	BINARY_OP
	// COMPARE_OP op: a, b → a op b. op is a CompareOp: the six rich comparisons (result may be
	// any object), CmpIs/CmpIsNot (identity, bool), CmpIn/CmpNotIn (b.__contains__(a), bool).
	COMPARE_OP

	// ---- jumps (targets are absolute instruction indexes) ----

	// JUMP target: forward (or any) unconditional jump. Stack unchanged.
	JUMP
	// JUMP_BACKWARD target: unconditional jump to an earlier pc (a loop back edge); the vm may
	// check step limits and interrupts here. Stack unchanged.
	JUMP_BACKWARD
	// POP_JUMP_IF_FALSE target: cond → . Jumps if not truthy(cond).
	POP_JUMP_IF_FALSE
	// POP_JUMP_IF_TRUE target: cond → . Jumps if truthy(cond).
	POP_JUMP_IF_TRUE
	// POP_JUMP_IF_NONE target: v → . Jumps if v is None.
	POP_JUMP_IF_NONE
	// POP_JUMP_IF_NOT_NONE target: v → . Jumps if v is not None.
	POP_JUMP_IF_NOT_NONE
	// JUMP_IF_FALSE_OR_POP target: cond → cond (jump taken, if not truthy) or cond → (else).
	JUMP_IF_FALSE_OR_POP
	// JUMP_IF_TRUE_OR_POP target: cond → cond (jump taken, if truthy) or cond → (else).
	JUMP_IF_TRUE_OR_POP

	// ---- iteration ----

	// GET_ITER: iterable → iter(iterable).
	GET_ITER
	// FOR_ITER exit: it → it, next(it); when the iterator is exhausted (StopIteration, which is
	// swallowed) pops it and jumps to exit: it → .
	FOR_ITER

	// ---- building ----

	// BUILD_TUPLE n: x1, …, xn → (x1, …, xn).
	BUILD_TUPLE
	// BUILD_LIST n: x1, …, xn → [x1, …, xn].
	BUILD_LIST
	// BUILD_SET n: x1, …, xn → {x1, …, xn}.
	BUILD_SET
	// BUILD_MAP n: k1, v1, …, kn, vn → {k1: v1, …} (inserted in that order).
	BUILD_MAP
	// BUILD_CONST_KEY_MAP n: v1, …, vn, keys → {keys[0]: v1, …}; keys is a tuple (from a
	// LOAD_CONST of a Tuple).
	BUILD_CONST_KEY_MAP
	// BUILD_STRING n: s1, …, sn → s1 + … + sn (all str, from FORMAT_VALUE or constants).
	BUILD_STRING
	// LIST_APPEND i: list, …(i-1 items), v → list, …. Appends v to the list found at stack[-i]
	// after popping v (comprehensions use i = depth of the list).
	LIST_APPEND
	// SET_ADD i: as LIST_APPEND, adding v to the set at stack[-i].
	SET_ADD
	// MAP_ADD i: map, …(i-1 items), k, v → map, …. Sets map[k] = v for the dict at stack[-i]
	// after popping k and v.
	MAP_ADD
	// LIST_EXTEND i: list, …, iterable → list, …. list.extend(iterable), list at stack[-i]
	// after the pop.
	LIST_EXTEND
	// SET_UPDATE i: set, …, iterable → set, …. set.update(iterable).
	SET_UPDATE
	// DICT_UPDATE i: dict, …, mapping → dict, …. dict.update(mapping); a non-mapping raises
	// TypeError "'T' object is not a mapping".
	DICT_UPDATE
	// DICT_MERGE i: callable, args, …, dict, mapping → callable, args, …, dict.
	// As DICT_UPDATE (dict at stack[-i] after the pop) but for f(**m): a repeated key raises
	// TypeError "F() got multiple values for keyword argument 'k'", a non-mapping
	// "F() argument after ** must be a mapping, not T"; F is the callable, found at
	// stack[-i-2] after the pop.
	DICT_MERGE
	// LIST_TO_TUPLE: list → tuple(list).
	LIST_TO_TUPLE
	// UNPACK_SEQUENCE n: seq → xn, …, x1 (x1 on top). ValueError "not enough values to unpack
	// (expected n, got m)" / "too many values to unpack (expected n)"; TypeError
	// "cannot unpack non-iterable T object".
	UNPACK_SEQUENCE
	// UNPACK_EX before | after<<8: seq → x_last, …, [middle list], …, x1 (x1 on top): the
	// `before` leading items, a list of the rest, then the `after` trailing items.
	// ValueError "not enough values to unpack (expected at least n, got m)".
	UNPACK_EX

	// ---- formatting ----

	// FORMAT_VALUE flags: v → format(conv(v), '')  or  v, spec → format(conv(v), spec).
	// flags&FormatConvMask is the conversion (FormatConvNone, FormatConvStr, FormatConvRepr,
	// FormatConvASCII); flags&FormatHasSpec says a spec string is on top of the value.
	FORMAT_VALUE

	// ---- calls and functions ----

	// CALL n: callable, a1, …, an → callable(a1, …, an).
	CALL
	// CALL_KW n: callable, a1, …, an, kwnames → result. kwnames is a tuple of k str names
	// (pushed by LOAD_CONST of a Tuple); the last k of the n arguments are the keyword
	// arguments' values, in the order of kwnames.
	CALL_KW
	// CALL_METHOD n: meth, self_or_NULL, a1, …, an → result. If self_or_NULL is not NULL calls
	// meth(self, a1, …, an), else meth(a1, …, an). (See LOAD_METHOD.)
	CALL_METHOD
	// CALL_METHOD_KW n: meth, self_or_NULL, a1, …, an, kwnames → result; as CALL_METHOD with
	// keyword arguments as in CALL_KW.
	CALL_METHOD_KW
	// CALL_FUNCTION_EX flags: callable, args → result  or (flags&1)
	// callable, args, kwargs_dict → result. Calls callable(*args, **kwargs). args is a
	// tuple, except for a call f(*a) with nothing else positional, where it is a itself
	// (any iterable: the vm converts it, TypeError "F() argument after * must be an
	// iterable, not T").
	CALL_FUNCTION_EX
	// MAKE_FUNCTION flags: [defaults], [kwdefaults], [annotations], [closure], code → function.
	// Optional operands, in this stack order, when the flag bit is set:
	// MakeFuncDefaults (a tuple of positional defaults), MakeFuncKwDefaults (a dict
	// name → default), MakeFuncAnnotations (a dict name → annotation), MakeFuncClosure
	// (a tuple of cells, one per code.FreeVars, in order). code is a *Code constant; the
	// function's __name__/__qualname__ come from it, __doc__ from Code.Doc, __module__ from
	// globals['__name__'].
	MAKE_FUNCTION
	// RETURN_VALUE: v → . Returns v from the frame (for a generator: StopIteration(v)).
	RETURN_VALUE
	// LOAD_BUILD_CLASS: → builtins.__build_class__. The class statement then calls it as
	// __build_class__(body_function, 'Name', *bases, **keywords) (keywords may hold
	// metaclass=). The body function's code has FlagClassBody: the vm runs it with a fresh
	// namespace dict as its locals; it returns the __class__ cell if it has one (also stored
	// in the namespace as __classcell__) or None.
	LOAD_BUILD_CLASS
	// LOAD_ASSERTION_ERROR: → AssertionError (the class).
	LOAD_ASSERTION_ERROR

	// ---- exceptions ----

	// RAISE_VARARGS n: n=0: re-raise the exception being handled (RuntimeError "No active
	// exception to reraise" if none); n=1: exc → raise exc (a class is instantiated);
	// n=2: exc, cause → raise exc from cause.
	RAISE_VARARGS
	// RERAISE n: exc → (raises exc again without adding a traceback entry). n is 0 (reserved).
	RERAISE
	// PUSH_EXC_INFO: exc → prev, exc. prev is the currently handled exception (or None); exc
	// becomes the currently handled exception (sys.exc_info()).
	PUSH_EXC_INFO
	// POP_EXCEPT: prev → . Restores prev as the currently handled exception.
	POP_EXCEPT
	// CHECK_EXC_MATCH: exc, type → exc, bool. isinstance(exc, type), where type is an exception
	// class or a tuple of them (TypeError "catching classes that do not inherit from
	// BaseException is not allowed" otherwise).
	CHECK_EXC_MATCH
	// CHECK_EG_MATCH: exc, type → rest, match. For except*: splits exc (wrapping a naked
	// exception in an ExceptionGroup) into the part matching type and the rest; if nothing
	// matches pushes exc, None. (TypeError "catching ExceptionGroup with except* is not
	// allowed. Use except instead." when type is an ExceptionGroup subclass.)
	CHECK_EG_MATCH
	// PREP_RERAISE_STAR: orig, raised_list → exc_or_None. Combines the exceptions raised or
	// re-raised by the except* clauses with what is left of orig, as CPython does.
	PREP_RERAISE_STAR
	// BEFORE_WITH: mgr → bound_exit, mgr.__enter__(). TypeError "'T' object does not support
	// the context manager protocol" if the methods are missing.
	BEFORE_WITH
	// WITH_EXCEPT_START: exit, prev, exc → exit, prev, exc, exit(type(exc), exc, exc.__traceback__).
	WITH_EXCEPT_START

	// ---- generators and coroutines ----

	// YIELD_VALUE exit: v → (suspends the frame yielding v); on resume the sent value is
	// pushed: v → sent.
	// exit == 0: a `yield` expression (in an async generator: a value for asend's caller).
	// exit != 0: the yield inside a delegation loop (yield from / await), which is always
	//   exactly   SEND exit; YIELD_VALUE exit; JUMP_BACKWARD <pc of SEND>
	// with the receiver (sub-iterator / awaitable) just below v. While the frame is suspended
	// there, the receiver is TOS. gen.throw(e)/close() on such a frame first delegate to the
	// receiver's throw/close; if the receiver returns r (StopIteration(r)), the vm pops the
	// receiver, pushes r and resumes at pc = exit; if it raises, the exception is raised in
	// the frame at the YIELD_VALUE's pc; if it yields, the frame stays suspended.
	// In an async generator, exit == 0 yields go to the consumer, exit != 0 ones to the task.
	YIELD_VALUE
	// SEND exit: receiver, v → receiver, yielded   (the receiver yielded: falls through)
	//            receiver, v → result              (the receiver returned result: jump to exit)
	// Sends v into the receiver: if v is None and the receiver is an iterator (or a
	// coroutine), next()/send(None); else receiver.send(v).
	SEND
	// GET_YIELD_FROM_ITER: iterable → iterator. Generators and coroutines are left as they are
	// (a coroutine is only accepted inside a coroutine-flagged code); others get iter().
	GET_YIELD_FROM_ITER
	// GET_AWAITABLE where: obj → awaitable. A coroutine as is (RuntimeError "cannot reuse
	// already awaited coroutine" if exhausted), else obj.__await__() (which must return an
	// iterator). TypeError "object T can't be used in 'await' expression". where: 0 plain
	// await, 1 the result of __aenter__, 2 the result of __aexit__ (CPython's messages
	// "'async with' received an object from __aenter__ that does not implement __await__: T").
	GET_AWAITABLE
	// GET_AITER: obj → obj.__aiter__(). TypeError "'async for' requires an object with
	// __aiter__ method, got T".
	GET_AITER
	// GET_ANEXT: ait → ait, awaitable of ait.__anext__(). TypeError "'async for' requires an
	// iterator with __anext__ method, got T".
	GET_ANEXT
	// END_ASYNC_FOR: ait, exc → . Exception handler of an async for loop: if exc is a
	// StopAsyncIteration the loop ends (ait is dropped), else exc is re-raised (as RERAISE).
	END_ASYNC_FOR
	// BEFORE_ASYNC_WITH: mgr → bound_aexit, mgr.__aenter__() (the latter still to be awaited).
	// TypeError "'T' object does not support the asynchronous context manager protocol".
	BEFORE_ASYNC_WITH

	// ---- imports, modules, misc ----

	// IMPORT_NAME i: level, fromlist → module. __import__(Names[i], globals, None, fromlist,
	// level): level is an int, fromlist None or a tuple of str.
	IMPORT_NAME
	// IMPORT_FROM i: module → module, module.Names[i] (falling back to importing the
	// submodule; ImportError "cannot import name 'x' from 'm' (path)").
	IMPORT_FROM
	// IMPORT_STAR: module → . Copies the module's public names (__all__ or names not starting
	// with '_') into the current namespace (module level only).
	IMPORT_STAR
	// SETUP_ANNOTATIONS: creates locals['__annotations__'] = {} if absent (module and class
	// bodies with annotated assignments).
	SETUP_ANNOTATIONS
	// PRINT_EXPR: v → . Interactive mode: if v is not None, prints repr(v) to stdout and binds
	// builtins._ = v.
	PRINT_EXPR

	// ---- added later (kept last so the numbers of the opcodes above do not change) ----

	// LOAD_SUPER_ATTR i: super, class, self → super(class, self).Names[i>>1]
	//                    super, class, self → meth, self  or  attr, NULL   (i&1 == 1)
	// The compiler emits it for super().name (and super().name(...), with the low bit set and
	// followed by CALL_METHOD or CALL_METHOD_KW) in a function with a __class__ cell and a
	// first argument: super is the value of the global name super, class the __class__ cell,
	// self the first argument. When super is the builtin super, no super object is made: the
	// name is looked up past class in the MRO of self's type (or of self, a class) and bound
	// as super binds it (with the low bit set a plain function is pushed unbound with self, as
	// LOAD_METHOD does). Otherwise super(class, self) is called (a super rebound to another
	// value is called without arguments, as written) and the attribute read from its result.
	// Errors of that call are reported at the position of the instruction before (the
	// super() call), those of the attribute lookup at its own.
	LOAD_SUPER_ATTR

	// numOpcodes is the number of opcodes (keep last).
	numOpcodes
)

// NumOpcodes is the number of defined opcodes: every Opcode is < NumOpcodes.
const NumOpcodes = int(numOpcodes)

// BinaryOp is the argument of BINARY_OP: CPython's NB_* numbering.
type BinaryOp uint32

// The binary operators. The in-place forms (augmented assignment) are the plain ones plus
// BinInplaceAdd-BinAdd.
const (
	BinAdd BinaryOp = iota
	BinAnd
	BinFloorDiv
	BinLShift
	BinMatMul
	BinMul
	BinMod
	BinOr
	BinPow
	BinRShift
	BinSub
	BinTrueDiv
	BinXor
	BinInplaceAdd
	BinInplaceAnd
	BinInplaceFloorDiv
	BinInplaceLShift
	BinInplaceMatMul
	BinInplaceMul
	BinInplaceMod
	BinInplaceOr
	BinInplacePow
	BinInplaceRShift
	BinInplaceSub
	BinInplaceTrueDiv
	BinInplaceXor
	numBinaryOps
)

var binaryOpSymbols = [numBinaryOps]string{
	"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
}

// String returns the operator's symbol, e.g. "+" or "+=".
func (op BinaryOp) String() string {
	if op < numBinaryOps {
		return binaryOpSymbols[op]
	}
	return "?"
}

// IsInplace reports whether op is an augmented-assignment form.
func (op BinaryOp) IsInplace() bool { return op >= BinInplaceAdd && op < numBinaryOps }

// Plain returns the non-inplace form of op.
func (op BinaryOp) Plain() BinaryOp {
	if op.IsInplace() {
		return op - BinInplaceAdd
	}
	return op
}

// CompareOp is the argument of COMPARE_OP.
type CompareOp uint32

// The comparison operators.
const (
	CmpLt CompareOp = iota
	CmpLe
	CmpEq
	CmpNe
	CmpGt
	CmpGe
	CmpIs
	CmpIsNot
	CmpIn
	CmpNotIn
	numCompareOps
)

var compareOpSymbols = [numCompareOps]string{"<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"}

// String returns the operator as written in Python, e.g. "<=" or "not in".
func (op CompareOp) String() string {
	if op < numCompareOps {
		return compareOpSymbols[op]
	}
	return "?"
}

// FORMAT_VALUE flag bits.
const (
	FormatConvMask  = 0x3 // the conversion:
	FormatConvNone  = 0x0 // no conversion
	FormatConvStr   = 0x1 // !s
	FormatConvRepr  = 0x2 // !r
	FormatConvASCII = 0x3 // !a
	FormatHasSpec   = 0x4 // a format spec is on the stack above the value
)

// MAKE_FUNCTION flag bits.
const (
	MakeFuncDefaults    = 0x01
	MakeFuncKwDefaults  = 0x02
	MakeFuncAnnotations = 0x04
	MakeFuncClosure     = 0x08
)

// CALL_FUNCTION_EX flag bits.
const (
	CallExKwargs = 0x01 // a kwargs dict is on top of the args tuple
)

// GET_AWAITABLE arguments.
const (
	AwaitPlain  = 0
	AwaitAenter = 1
	AwaitAexit  = 2
)
