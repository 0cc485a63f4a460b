package vm

import (
	"github.com/aiolang/aio/runtime"
)

// rangeIter is the iterator a for loop makes over a range: FOR_ITER steps it in place and
// boxes the ints through the thread's evalState. It is the runtime's range_iterator type
// as far as aio code can tell (only the loop itself holds it).
type rangeIter struct {
	cur, step, n int64
}

// Type returns range_iterator.
func (it *rangeIter) Type() *runtime.Type { return runtime.RangeIterType }

// Next implements runtime.Iterator.
func (it *rangeIter) Next(th *runtime.Thread) (runtime.Value, bool, error) {
	if it.n <= 0 {
		return nil, false, nil
	}
	v := it.cur
	it.cur += it.step
	it.n--
	return runtime.MakeInt(v), true, nil
}
