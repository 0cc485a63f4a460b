package vm

import (
	"sync/atomic"
	"unsafe"

	"github.com/aiolang/aio/runtime"
)

// evalState is the per-thread state the eval loop keeps at hand: the boxing blocks for
// ints and floats, the generator serial, the step limit and the interrupt request. Each
// thread has its own, so no locking is needed.
//
// Boxing stores ints and floats in runtime.Values without one allocation each: values are
// written into a block of 128 slots and the interface points into the block (a boxed value
// is never written again, and the block stays alive while any of its values does).
type evalState struct {
	ints   []int64
	floats []float64
	// genSerial counts the generators created on the thread (see genBase.serial); it
	// lives here because the eval loop already holds the evalState.
	genSerial uint64
	// limited is set when the interpreter has a step limit: steps is what is left of it
	// (counted at loop back edges and calls). halted is set once it ran out, so no
	// handler can catch the error that stops the program.
	limited bool
	halted  bool
	steps   int64
	// intr is the interpreter's interrupt request (Interrupt), checked with the steps.
	intr *atomic.Bool
	// tb is the block traceback slices are carved from (see traceback).
	tb []runtime.Frame
}

// tbBlock is the number of traceback entries allocated at once; tbRoom is the room a
// fresh exception gets (a raise caught one or two calls up needs no allocation of its
// own; a longer traceback grows by append as usual).
const (
	tbBlock = 128
	tbRoom  = 2
)

// traceback returns an empty traceback slice with room for tbRoom entries, carved from a
// shared block: the capacity is capped, so appending past it reallocates and never
// touches another exception's entries.
func (b *evalState) traceback() []runtime.Frame {
	if len(b.tb) < tbRoom {
		b.tb = make([]runtime.Frame, tbBlock)
	}
	s := b.tb[:0:tbRoom]
	b.tb = b.tb[tbRoom:]
	return s
}

// step counts one step against the limit and checks for an interrupt request.
func (b *evalState) step() error {
	if b.intr.Load() {
		b.intr.Store(false)
		return runtime.NewException(runtime.KeyboardInterruptType, "")
	}
	if b.steps == -1<<63 {
		return nil // no step limit, only interrupts
	}
	b.steps--
	if b.steps >= 0 {
		return nil
	}
	b.halted = true
	return runtime.NewException(runtime.RuntimeErrorType, "step limit exceeded")
}

const boxBlock = 128

// iface is the memory layout of a non-empty interface value.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// The itab words of runtime.Value for Int and Float (immutable after init).
var intTab, floatTab unsafe.Pointer

func init() {
	var v runtime.Value = runtime.Int(1 << 40)
	intTab = (*iface)(unsafe.Pointer(&v)).tab
	v = runtime.Float(0.5)
	floatTab = (*iface)(unsafe.Pointer(&v)).tab
}

// int boxes i (small ints come from the shared cache).
func (b *evalState) int(i runtime.Int) runtime.Value {
	if u := uint64(i + smallIntNeg); u < uint64(len(smallInts)) {
		return smallInts[u]
	}
	if b == nil {
		return i
	}
	if len(b.ints) == 0 {
		b.ints = make([]int64, boxBlock)
	}
	p := &b.ints[0]
	*p = int64(i)
	b.ints = b.ints[1:]
	var v runtime.Value
	w := (*iface)(unsafe.Pointer(&v))
	w.tab = intTab
	w.data = unsafe.Pointer(p)
	return v
}

// float boxes f.
func (b *evalState) float(f float64) runtime.Value {
	if b == nil {
		return runtime.Float(f)
	}
	if len(b.floats) == 0 {
		b.floats = make([]float64, boxBlock)
	}
	p := &b.floats[0]
	*p = f
	b.floats = b.floats[1:]
	var v runtime.Value
	w := (*iface)(unsafe.Pointer(&v))
	w.tab = floatTab
	w.data = unsafe.Pointer(p)
	return v
}
