package vm

import (
	"slices"
	"unsafe"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/vm/code"
)

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
//     its in-place BINARY_OP, a load whose value is an operand of the BINARY_OP or
//     COMPARE_OP right after it (or after one more load), and a generator's yield of the
//     slot, which clears the bit unless the loop it yields to copies the value (see
//     loop slots below);
//   - any other store into the slot (opStoreFastDisown), and DELETE_FAST;
//   - a BINARY_OP or COMPARE_OP that takes the general protocol, which may hand its
//     operands to user code (__radd__, __eq__, …): that clears every bit of the frame;
//   - a view of the frame's variables (locals(), frame.f_locals, super()): every bit.
//
// While the bit is set, the slot holds the only reference to its box, apart from the
// operand copies on the value stack that the arithmetic consumes, so the in-place store
// may overwrite the box (the operands are read first). Accumulator slots are never fused
// into superinstructions that would skip these rules.

// Loop slots. A loop variable (`for i in range(n)`, `async for x in agen()`) takes a
// new value at each step, and the old one usually dies with the step. When every load
// of the variable is safe, or is the yield of a generator (`yield i`), the loop stores
// own their boxes too:
//
//   - a FOR_ITER over a range writes the next int into the slot's box when the frame owns
//     it (opForIterStoreOwned);
//   - a value delivered into an owned slot, by an inline async for or for loop (the item
//     an async generator or generator yields) or by an awaited call's return, is copied
//     into the slot's own box (storeOwned): the slot never references the box it was
//     given;
//   - so a generator that yields an owned slot (opLoadFastYield) keeps owning its box when
//     the loop it yields to copied the value, and loses it otherwise.
//
// A pipeline of generators over a range then allocates nothing per item for the
// variables that carry the items.

// ownership is what the quickener needs to know about a code object's owned slots.
type ownership struct {
	slots uint64 // the accumulator and loop slots (bit i: local slot i)
	accum uint64 // the accumulator slots
	aug   []int  // the pcs of code.Code.AugLoads
}

// ownershipOf finds the accumulator and loop slots of c.
func ownershipOf(c *code.Code) ownership {
	var o ownership
	in := c.Code
	var loops uint64
	for j := 0; j+1 < len(in); j++ {
		switch {
		case isInplaceStore(in, j):
			o.accum |= 1 << in[j+1].Arg()
		case in[j].Op() == code.FOR_ITER && in[j+1].Op() == code.STORE_FAST && in[j+1].Arg() < 64:
			loops |= 1 << in[j+1].Arg()
		case in[j].Op() == code.GET_ANEXT && j+2 < len(in) && in[j+2].Op() == code.SEND:
			if e := in[j+2].Arg(); int(e) < len(in) && in[e].Op() == code.STORE_FAST && in[e].Arg() < 64 {
				loops |= 1 << in[e].Arg()
			}
		}
	}
	loops &^= o.accum
	for i, x := range in {
		if x.Op() == code.LOAD_FAST && x.Arg() < 64 && loops&(1<<x.Arg()) != 0 &&
			!consumedAt(in, i) && !yieldedAt(in, i) {
			loops &^= 1 << x.Arg()
		}
	}
	o.slots = o.accum | loops
	if o.accum != 0 {
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

// consumedAt reports whether the value the LOAD_FAST at instrs[i] pushes is an operand of
// the BINARY_OP or COMPARE_OP right after it (or after one more load).
func consumedAt(instrs []code.Instr, i int) bool {
	isArith := func(k int) bool {
		return k < len(instrs) && (instrs[k].Op() == code.BINARY_OP || instrs[k].Op() == code.COMPARE_OP)
	}
	if isArith(i + 1) {
		return true
	}
	if i+1 < len(instrs) {
		if op := instrs[i+1].Op(); (op == code.LOAD_FAST || op == code.LOAD_CONST) && isArith(i+2) {
			return true
		}
	}
	return false
}

// yieldedAt reports whether the LOAD_FAST at instrs[i] is yielded at once (the pair runs
// as opLoadFastYield).
func yieldedAt(instrs []code.Instr, i int) bool {
	return i+1 < len(instrs) && instrs[i+1].Op() == code.YIELD_VALUE && instrs[i+1].Arg() == 0
}

// isSlot reports whether slot a is an accumulator or loop slot.
func (o *ownership) isSlot(a uint32) bool { return a < 64 && o.slots&(1<<a) != 0 }

// escapes reports whether instrs[i], a LOAD_FAST, loads an accumulator slot for a use
// that could keep its box (see the rules above): such a load clears the slot's bit.
func (o *ownership) escapes(instrs []code.Instr, i int) bool {
	a := instrs[i].Arg()
	if a >= 64 || o.accum&(1<<a) == 0 || consumedAt(instrs, i) || yieldedAt(instrs, i) {
		return false // (a yield keeps or clears the bit itself: see opLoadFastYield)
	}
	return !slices.Contains(o.aug, i)
}

// standsAlone reports whether instrs[i], a LOAD_FAST, must not be fused into the
// superinstruction of the instruction before it: it clears its slot's bit (escapes), or
// it is a loop slot's yield, which only opLoadFastYield handles.
func (o *ownership) standsAlone(instrs []code.Instr, i int) bool {
	return o.escapes(instrs, i) || o.isSlot(instrs[i].Arg()) && yieldedAt(instrs, i)
}

// storeOwned stores x into the owned slot a of f (an accumulator or loop slot, the
// target of a delivery): an int or float is copied, into the slot's own box when f owns
// it, else into a new one that f then owns (a small int is the shared one); anything
// else is stored as it is, and f no longer owns the slot. It reports whether the slot
// does not reference x's box, which the frame that gave x may then keep owning.
func (f *Frame) storeOwned(a uint32, x runtime.Value) bool {
	bit := uint64(1) << a
	src := (*iface)(unsafe.Pointer(&x))
	dst := (*iface)(unsafe.Pointer(&f.fast[a]))
	var bx *evalState
	if f.ts != nil {
		bx = &f.ts.box
	}
	switch src.tab {
	case intTab:
		v := *(*int64)(src.data)
		if u := uint64(v + smallIntNeg); u < uint64(len(smallInts)) {
			f.fast[a] = smallInts[u]
			f.owned &^= bit
			return true
		}
		if f.owned&bit != 0 && dst.tab == intTab {
			*(*int64)(dst.data) = v
			return true
		}
		f.fast[a] = bx.int(runtime.Int(v)) // (a new box, even from Go's own boxing: v is not small)
		f.owned |= bit
		return true
	case floatTab:
		v := *(*float64)(src.data)
		if f.owned&bit != 0 && dst.tab == floatTab {
			*(*float64)(dst.data) = v
			return true
		}
		f.fast[a] = bx.float(v)
		if bx != nil {
			f.owned |= bit
		} else {
			f.owned &^= bit // (Go's own boxing may share the box: see storeOwnedFloat)
		}
		return true
	}
	f.fast[a] = x
	f.owned &^= bit
	return false
}
