package vm

import "github.com/aiolang/aio/vm/code"

// Superinstructions: the eval loop runs a copy of each code object's instructions in
// which the first instruction of some frequent pairs is replaced by a vm-only opcode that
// does the work of both and skips the second. The second instruction is left in place, so
// a jump to it still runs it alone; the super-opcode keeps the first instruction's
// argument and reads the second's from the next slot. Errors raised by either half are
// reported at the pc of the half that raised them. Only the dispatch array changes:
// everything that inspects code (tracebacks, the exception table, await detection) reads
// the compiler's instructions.
const (
	opLoadFastLoadFast  = code.Opcode(250) // LOAD_FAST a; LOAD_FAST b
	opLoadFastLoadConst = code.Opcode(251) // LOAD_FAST a; LOAD_CONST k
	opLoadFastLoadAttr  = code.Opcode(252) // LOAD_FAST a; LOAD_ATTR name
	opStoreFastLoadFast = code.Opcode(253) // STORE_FAST a; LOAD_FAST b
)

// The super-opcodes must not collide with the compiler's.
var _ = [1]struct{}{}[code.NumOpcodes/int(opLoadFastLoadFast)]

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
			case code.LOAD_CONST:
				op = opLoadFastLoadConst
			case code.LOAD_ATTR:
				op = opLoadFastLoadAttr
			}
		case code.STORE_FAST:
			if b.Op() == code.LOAD_FAST {
				op = opStoreFastLoadFast
			}
		}
		if op != 0 {
			out[i] = code.MakeInstr(op, a.Arg())
		}
	}
	return out
}
