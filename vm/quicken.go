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
	numVMOpcodes                                                 // (the number of opcodes)
)

// The super-opcodes must fit in an instruction's opcode byte.
var _ = [256 - int(numVMOpcodes)]struct{}{}

// quicken returns the dispatch array of instrs with the superinstructions in place.
func quicken(instrs []code.Instr) []code.Instr {
	out := make([]code.Instr, len(instrs))
	copy(out, instrs)
	for i := 0; i+1 < len(instrs); i++ {
		a, b := instrs[i], instrs[i+1]
		var op code.Opcode
		switch a.Op() {
		case code.LOAD_FAST:
			switch b.Op() {
			case code.LOAD_FAST:
				op = opLoadFastLoadFast
				if i+2 < len(instrs) {
					switch c := instrs[i+2]; c.Op() {
					case code.BINARY_OP:
						op = opLoadFastFastBinary
					case code.COMPARE_OP:
						if code.CompareOp(c.Arg()) <= code.CmpGe {
							op = opLoadFastFastCompare
						}
					}
				}
			case code.LOAD_CONST:
				op = opLoadFastLoadConst
				if i+2 < len(instrs) {
					switch c := instrs[i+2]; c.Op() {
					case code.BINARY_OP:
						op = opLoadFastConstBinary
					case code.COMPARE_OP:
						if code.CompareOp(c.Arg()) <= code.CmpGe {
							op = opLoadFastConstCompare
						}
					}
				}
			case code.LOAD_ATTR:
				op = opLoadFastLoadAttr
			case code.RETURN_VALUE:
				op = opLoadFastReturn
			}
		case code.STORE_FAST:
			if b.Op() == code.LOAD_FAST {
				op = opStoreFastLoadFast
			}
		case code.LOAD_CONST:
			if b.Op() == code.RETURN_VALUE {
				op = opLoadConstReturn
			}
		case code.FOR_ITER:
			if b.Op() == code.STORE_FAST {
				op = opForIterStoreFast
			}
		}
		if op != 0 {
			out[i] = code.MakeInstr(op, a.Arg())
		}
	}
	return out
}
