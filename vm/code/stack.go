package code

import "math/bits"

// StackEffect returns the net change of the value stack depth caused by executing op with arg;
// jump selects the effect when the jump is taken (for jumping instructions) or not. For
// YIELD_VALUE the effect is that of a resumed frame (the yielded value replaced by the sent
// one).
func StackEffect(op Opcode, arg uint32, jump bool) int {
	n := int(arg)
	switch op {
	case NOP, JUMP, JUMP_BACKWARD, DELETE_FAST, DELETE_NAME, DELETE_GLOBAL, DELETE_DEREF,
		SWAP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_INVERT, UNARY_NOT, GET_ITER,
		LIST_TO_TUPLE, LOAD_ATTR, GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER,
		YIELD_VALUE, SETUP_ANNOTATIONS, CHECK_EXC_MATCH, CHECK_EG_MATCH:
		return 0
	case POP_TOP, STORE_FAST, STORE_NAME, STORE_GLOBAL, STORE_DEREF, DELETE_ATTR,
		BINARY_SUBSCR, BINARY_OP, COMPARE_OP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
		POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, LIST_APPEND, SET_ADD, LIST_EXTEND,
		SET_UPDATE, DICT_UPDATE, DICT_MERGE, RERAISE, POP_EXCEPT, IMPORT_NAME, IMPORT_STAR,
		PRINT_EXPR, RETURN_VALUE, PREP_RERAISE_STAR:
		return -1
	case COPY, PUSH_NULL, LOAD_CONST, LOAD_FAST, LOAD_NAME, LOAD_GLOBAL, LOAD_DEREF,
		LOAD_CLOSURE, LOAD_CLASSDEREF, LOAD_METHOD, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR,
		PUSH_EXC_INFO, BEFORE_WITH, WITH_EXCEPT_START, GET_ANEXT, BEFORE_ASYNC_WITH,
		IMPORT_FROM:
		return 1
	case STORE_ATTR, DELETE_SUBSCR, MAP_ADD:
		return -2
	case STORE_SUBSCR:
		return -3
	case LOAD_SUPER_ATTR:
		if n&1 != 0 {
			return -1
		}
		return -2
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE:
		return 1 - n
	case BUILD_MAP:
		return 1 - 2*n
	case BUILD_CONST_KEY_MAP:
		return -n
	case UNPACK_SEQUENCE:
		return n - 1
	case UNPACK_EX:
		return (n & 0xff) + (n >> 8)
	case FORMAT_VALUE:
		if n&FormatHasSpec != 0 {
			return -1
		}
		return 0
	case CALL, RAISE_VARARGS:
		return -n
	case CALL_KW, CALL_METHOD:
		return -n - 1
	case CALL_METHOD_KW:
		return -n - 2
	case CALL_FUNCTION_EX:
		if n&CallExKwargs != 0 {
			return -2
		}
		return -1
	case MAKE_FUNCTION: // one item popped for each flag set
		return -bits.OnesCount32(arg & (MakeFuncDefaults | MakeFuncKwDefaults | MakeFuncAnnotations | MakeFuncClosure))
	case SEND:
		if jump {
			return -1
		}
		return 0
	case END_ASYNC_FOR:
		return -2
	}
	return 0
}

// IsJump reports whether op's argument is a jump target.
func IsJump(op Opcode) bool {
	switch op {
	case JUMP, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
		POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND:
		return true
	}
	return false
}

// IsTerminal reports whether execution never falls through op to the next instruction.
func IsTerminal(op Opcode) bool {
	switch op {
	case JUMP, JUMP_BACKWARD, RETURN_VALUE, RAISE_VARARGS, RERAISE:
		return true
	}
	return false
}
