package vm

import "github.com/aiolang/aio/vm/code"

// Owned boxes. An augmented assignment to a local, `total += x`, boxes a new int (or
// float) each time it runs, and most of those boxes die at once: the next one replaces
// them. CPython frees such an int when its reference count drops; aio, without reference
// counts, writes the new value into the old box instead, when it can prove that nothing
// else references that box.
//
// The proof is per frame and per local slot (Frame.owned, one bit for each of the first
// 64 slots). An accumulator slot is a local that an augmented assignment stores (an
// in-place BINARY_OP followed by the STORE_FAST of that slot, quickened to
// opInplaceStoreFast). Its bit is set when that store boxes its result afresh; it is
// cleared by everything through which the box could become reachable from elsewhere:
//
//   - a load of the slot whose value could escape (opLoadFastDisown: the value is pushed
//     for anything but arithmetic); the safe loads are the augmented assignment's own
//     load of its target (code.Code.AugLoads), whose value is only the left operand of
//     its in-place BINARY_OP, and a load whose value is an operand of the BINARY_OP or
//     COMPARE_OP right after it (or after one more load);
//   - any other store into the slot (opStoreFastDisown), and DELETE_FAST;
//   - a BINARY_OP or COMPARE_OP that takes the general protocol, which may hand its
//     operands to user code (__radd__, __eq__, …): that clears every bit of the frame;
//   - a view of the frame's variables (locals(), frame.f_locals, super()): every bit.
//
// While the bit is set, the slot holds the only reference to its box, apart from the
// operand copies on the value stack that the arithmetic consumes, so the in-place store
// may overwrite the box (the operands are read first). Accumulator slots are never fused
// into superinstructions that would skip these rules.

// ownership is what the quickener needs to know about a code object's accumulator slots.
type ownership struct {
	slots uint64 // the accumulator slots (bit i: local slot i)
	aug   []int  // the pcs of code.Code.AugLoads
}

// ownershipOf finds the accumulator slots of c.
func ownershipOf(c *code.Code) ownership {
	var o ownership
	in := c.Code
	for j := 0; j+1 < len(in); j++ {
		if isInplaceStore(in, j) {
			o.slots |= 1 << in[j+1].Arg()
		}
	}
	if o.slots != 0 {
		o.aug = c.AugLoads
	}
	return o
}

// isInplaceStore reports whether instrs[j] is an in-place BINARY_OP whose result the next
// instruction stores into a local slot below 64 (an augmented assignment to a local).
func isInplaceStore(instrs []code.Instr, j int) bool {
	return j+1 < len(instrs) && instrs[j].Op() == code.BINARY_OP &&
		code.BinaryOp(instrs[j].Arg()).IsInplace() &&
		instrs[j+1].Op() == code.STORE_FAST && instrs[j+1].Arg() < 64
}

// isSlot reports whether slot a is an accumulator slot.
func (o *ownership) isSlot(a uint32) bool { return a < 64 && o.slots&(1<<a) != 0 }

// escapes reports whether instrs[i], a LOAD_FAST, loads an accumulator slot for a use
// that could keep its box (see the rules above): such a load clears the slot's bit.
func (o *ownership) escapes(instrs []code.Instr, i int) bool {
	if !o.isSlot(instrs[i].Arg()) {
		return false
	}
	for _, pc := range o.aug {
		if pc == i {
			return false
		}
	}
	isArith := func(k int) bool {
		return k < len(instrs) && (instrs[k].Op() == code.BINARY_OP || instrs[k].Op() == code.COMPARE_OP)
	}
	if isArith(i + 1) {
		return false
	}
	if i+1 < len(instrs) {
		if op := instrs[i+1].Op(); (op == code.LOAD_FAST || op == code.LOAD_CONST) && isArith(i+2) {
			return false
		}
	}
	return true
}
