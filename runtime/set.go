package runtime

// Set is a Python set. It shares the dict's hash table (values unused).
type Set struct {
	d Dict
}

// Type returns set.
func (*Set) Type() *Type { return SetType }

// FrozenSet is a Python frozenset.
type FrozenSet struct {
	d Dict
}

// Type returns frozenset.
func (*FrozenSet) Type() *Type { return FrozenSetType }

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.d.used }

// Add inserts v.
func (s *Set) Add(th *Thread, v Value) error { return s.d.Set(th, v, None) }

// Contains reports whether v is an element.
func (s *Set) Contains(th *Thread, v Value) (bool, error) {
	_, ok, err := s.d.Get(th, v)
	return ok, err
}

// Discard removes v if present, reporting whether it was.
func (s *Set) Discard(th *Thread, v Value) (bool, error) {
	_, ok, err := s.d.Delete(th, v)
	return ok, err
}

// Elems returns the elements in iteration order.
func (s *Set) Elems() []Value { return s.d.Keys() }

// Len returns the number of elements.
func (s *FrozenSet) Len() int { return s.d.used }

// Contains reports whether v is an element.
func (s *FrozenSet) Contains(th *Thread, v Value) (bool, error) {
	_, ok, err := s.d.Get(th, v)
	return ok, err
}

// Elems returns the elements in iteration order.
func (s *FrozenSet) Elems() []Value { return s.d.Keys() }

// NewFrozenSet builds a frozenset from elems.
func NewFrozenSet(th *Thread, elems []Value) (*FrozenSet, error) {
	s := &FrozenSet{}
	for _, e := range elems {
		if err := s.d.Set(th, e, None); err != nil {
			return nil, err
		}
	}
	return s, nil
}
