package vm

import "github.com/aiolang/aio/vm/code"

// Superinstructions: the eval loop runs a copy of each code object's instructions in
// which the first instruction of some frequent pairs (and triples) is replaced by a
// vm-only opcode that does the work of all and skips the others. Those are left in
// place, so a jump to one still runs it alone; the super-opcode keeps the first
// instruction's argument and reads the others' from the next slots. Errors raised by any
// part are reported at the pc of the part that raised them; a triple whose fast path
// does not apply (operands other than ints and floats) runs its first two parts and
// leaves the third to run on its own. Only the dispatch array changes: everything that
// inspects code (tracebacks, the exception table, await detection) reads the compiler's
// instructions.
//
// The super-opcodes follow the compiler's opcodes directly, so that the opcodes the eval
// loop switches on stay dense enough for Go to compile its switch into a jump table.
const (
	opLoadFastLoadFast     = code.Opcode(code.NumOpcodes + iota) // LOAD_FAST a; LOAD_FAST b
	opLoadFastLoadConst                                          // LOAD_FAST a; LOAD_CONST k
	opLoadFastLoadAttr                                           // LOAD_FAST a; LOAD_ATTR name
	opStoreFastLoadFast                                          // STORE_FAST a; LOAD_FAST b
	opLoadFastConstBinary                                        // LOAD_FAST a; LOAD_CONST k; BINARY_OP op
	opLoadFastConstCompare                                       // LOAD_FAST a; LOAD_CONST k; COMPARE_OP op (op ≤ >=)
	opLoadFastFastBinary                                         // LOAD_FAST a; LOAD_FAST b; BINARY_OP op
	opLoadFastFastCompare                                        // LOAD_FAST a; LOAD_FAST b; COMPARE_OP op (op ≤ >=)
	opLoadFastReturn                                             // LOAD_FAST a; RETURN_VALUE
	opLoadConstReturn                                            // LOAD_CONST k; RETURN_VALUE
	opForIterStoreFast                                           // FOR_ITER exit; STORE_FAST a (over a range)
	opLoadFastYield                                              // LOAD_FAST a; YIELD_VALUE 0
	opStoreFastJump                                              // STORE_FAST a; JUMP_BACKWARD target
	opLoadConstCompare                                           // LOAD_CONST k; COMPARE_OP op (op ≤ >=)
	opLoadConstBinary                                            // LOAD_CONST k; BINARY_OP op
	opCallAwaited                                                // CALL n whose result is awaited at once (marked by enterGenFunction)
	opLoadFastLoadMethod                                         // LOAD_FAST a; LOAD_METHOD name
	opInplaceStoreFast                                           // BINARY_OP op (in place); STORE_FAST a (see owned.go)
	opLoadFastDisown                                             // LOAD_FAST a of an accumulator slot, whose value may escape
	opStoreFastDisown                                            // STORE_FAST a of an owned slot
	opForIterStoreOwned                                          // FOR_ITER exit; STORE_FAST a of an owned slot
	numVMOpcodes                                                 // (the number of opcodes)
)

// The super-opcodes must fit in an instruction's opcode byte.
var _ = [256 - int(numVMOpcodes)]struct{}{}

// quicken returns the dispatch array of c's instructions with the superinstructions in
// place, and the loads and stores of its accumulator slots marked (see owned.go).
func quicken(c *code.Code) []code.Instr {
	instrs := c.Code
	own := ownershipOf(c)
	out := make([]code.Instr, len(instrs))
	copy(out, instrs)
	for i := 0; i < len(instrs); i++ {
		a := instrs[i]
		switch {
		case a.Op() == code.LOAD_FAST && own.escapes(instrs, i):
			out[i] = code.MakeInstr(opLoadFastDisown, a.Arg())
			continue
		case a.Op() == code.STORE_FAST && own.isSlot(a.Arg()):
			out[i] = code.MakeInstr(opStoreFastDisown, a.Arg())
			continue
		case isInplaceStore(instrs, i):
			out[i] = code.MakeInstr(opInplaceStoreFast, a.Arg())
			continue
		}
		if i+1 == len(instrs) {
			break
		}
		b := instrs[i+1]
		var op code.Opcode
		switch a.Op() {
		case code.LOAD_FAST:
			if b.Op() != code.LOAD_FAST || !own.standsAlone(instrs, i+1) {
				op = loadFastOp(instrs, i)
			}
		case code.STORE_FAST:
			switch b.Op() {
			case code.LOAD_FAST:
				// (a LOAD_FAST that starts a triple does more on its own)
				if !isTriple(loadFastOp(instrs, i+1)) && !own.standsAlone(instrs, i+1) {
					op = opStoreFastLoadFast
				}
			case code.JUMP_BACKWARD:
				op = opStoreFastJump
			}
		case code.LOAD_CONST:
			switch b.Op() {
			case code.RETURN_VALUE:
				op = opLoadConstReturn
			case code.COMPARE_OP:
				if code.CompareOp(b.Arg()) <= code.CmpGe {
					op = opLoadConstCompare
				}
			case code.BINARY_OP:
				if !isInplaceStore(instrs, i+1) {
					op = opLoadConstBinary
				}
			}
		case code.FOR_ITER:
			if b.Op() == code.STORE_FAST {
				op = opForIterStoreFast
				if own.isSlot(b.Arg()) {
					op = opForIterStoreOwned
				}
			}
		}
		if op != 0 {
			out[i] = code.MakeInstr(op, a.Arg())
		}
	}
	return out
}

// loadFastOp returns the super-opcode for the LOAD_FAST at instrs[i] and what follows it
// (0 for none).
func loadFastOp(instrs []code.Instr, i int) code.Opcode {
	if i+1 >= len(instrs) {
		return 0
	}
	var third code.Instr // (NOP when there is none)
	if i+2 < len(instrs) {
		third = instrs[i+2]
	}
	isCmp := third.Op() == code.COMPARE_OP && code.CompareOp(third.Arg()) <= code.CmpGe
	// (an augmented assignment's BINARY_OP stays on its own: see opInplaceStoreFast)
	isBin := third.Op() == code.BINARY_OP && !isInplaceStore(instrs, i+2)
	switch b := instrs[i+1]; b.Op() {
	case code.LOAD_FAST:
		switch {
		case isBin:
			return opLoadFastFastBinary
		case isCmp:
			return opLoadFastFastCompare
		}
		return opLoadFastLoadFast
	case code.LOAD_CONST:
		switch {
		case isBin:
			return opLoadFastConstBinary
		case isCmp:
			return opLoadFastConstCompare
		}
		return opLoadFastLoadConst
	case code.LOAD_ATTR:
		return opLoadFastLoadAttr
	case code.LOAD_METHOD:
		return opLoadFastLoadMethod
	case code.RETURN_VALUE:
		return opLoadFastReturn
	case code.YIELD_VALUE:
		if b.Arg() == 0 {
			return opLoadFastYield
		}
	}
	return 0
}

// isTriple reports whether op fuses three instructions.
func isTriple(op code.Opcode) bool {
	switch op {
	case opLoadFastConstBinary, opLoadFastConstCompare, opLoadFastFastBinary, opLoadFastFastCompare:
		return true
	}
	return false
}
