package runtime

// Range is a Python range with int64 bounds.
type Range struct {
	Start, Stop, Step int64
}

// Type returns range.
func (*Range) Type() *Type { return RangeType }

// Len returns the number of elements.
func (r *Range) Len() int64 {
	if r.Step > 0 && r.Start < r.Stop {
		return (r.Stop-r.Start-1)/r.Step + 1
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start-r.Stop-1)/(-r.Step) + 1
	}
	return 0
}

// Slice is a Python slice object; missing parts are None.
type Slice struct {
	Start, Stop, Step Value
}

// Type returns slice.
func (*Slice) Type() *Type { return SliceType }
