package runtime

// Set is a Python set. Its hash table is CPython's (same probing, same growth), so sets of
// ints iterate and print in the same order as in CPython.
type Set struct {
	t hashSet
}

// Type returns set.
func (*Set) Type() *Type { return SetType }

// FrozenSet is a Python frozenset.
type FrozenSet struct {
	t hashSet
}

// Type returns frozenset.
func (*FrozenSet) Type() *Type { return FrozenSetType }

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.t.used }

// Add inserts v.
func (s *Set) Add(th *Thread, v Value) error { return s.t.add(th, v) }

// Contains reports whether v is an element.
func (s *Set) Contains(th *Thread, v Value) (bool, error) { return s.t.contains(th, v) }

// Discard removes v if present, reporting whether it was.
func (s *Set) Discard(th *Thread, v Value) (bool, error) { return s.t.discard(th, v) }

// Elems returns the elements in iteration order.
func (s *Set) Elems() []Value { return s.t.elems() }

// Len returns the number of elements.
func (s *FrozenSet) Len() int { return s.t.used }

// Contains reports whether v is an element.
func (s *FrozenSet) Contains(th *Thread, v Value) (bool, error) { return s.t.contains(th, v) }

// Elems returns the elements in iteration order.
func (s *FrozenSet) Elems() []Value { return s.t.elems() }

// NewFrozenSet builds a frozenset from elems.
func NewFrozenSet(th *Thread, elems []Value) (*FrozenSet, error) {
	s := &FrozenSet{}
	for _, e := range elems {
		if err := s.t.add(th, e); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// hashSet is CPython's set table (Objects/setobject.c, 3.11).
type hashSet struct {
	table  []setEntry // nil: the empty 8-slot table
	fill   int        // active + dummy slots
	used   int        // active slots
	finger int        // where pop() resumes
}

type setEntry struct {
	key  Value // nil: unused; dummyKey: deleted
	hash int64
}

type setDummy struct{ _ int }

var dummyKey Value = &setDummy{}

func (*setDummy) Type() *Type { return ObjectType }

const (
	setMinSize    = 8
	linearProbes  = 9
	perturbShift  = 5
	setResizeBase = 50000
)

func (s *hashSet) mask() uint64 {
	if s.table == nil {
		return setMinSize - 1
	}
	return uint64(len(s.table) - 1)
}

func (s *hashSet) ensure() {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
}

func (s *hashSet) add(th *Thread, key Value) error {
	h, err := Hash(th, key)
	if err != nil {
		return err
	}
	return s.addEntry(th, key, h)
}

// setKeyEqual compares a stored key with a probe of the same hash.
func setKeyEqual(th *Thread, a, b Value) (bool, error) {
	if eq, ok := keyEqualFast(a, b); ok {
		return eq, nil
	}
	return Equal(th, a, b)
}

func (s *hashSet) addEntry(th *Thread, key Value, h int64) error {
	s.ensure()
restart:
	mask := s.mask()
	i := uint64(h) & mask
	perturb := uint64(h)
	freeslot := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.key == nil {
				if freeslot >= 0 {
					s.used++
					s.table[freeslot] = setEntry{key, h}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key, h}
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > setResizeBase {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == h && e.key != dummyKey {
				table := s.table
				eq, err := setKeyEqual(th, e.key, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if len(table) != len(s.table) || &table[0] != &s.table[0] {
					goto restart
				}
			} else if e.key == dummyKey && freeslot < 0 {
				freeslot = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// lookup returns the slot holding key, or -1.
func (s *hashSet) lookup(th *Thread, key Value, h int64) (int, error) {
	if s.used == 0 {
		return -1, nil
	}
	mask := s.mask()
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == h && e.key != dummyKey {
				eq, err := setKeyEqual(th, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(j), nil
				}
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *hashSet) contains(th *Thread, key Value) (bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(th, key, h)
	return i >= 0, err
}

func (s *hashSet) containsEntry(th *Thread, key Value, h int64) (bool, error) {
	i, err := s.lookup(th, key, h)
	return i >= 0, err
}

func (s *hashSet) discard(th *Thread, key Value) (bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		return false, err
	}
	return s.discardEntry(th, key, h)
}

func (s *hashSet) discardEntry(th *Thread, key Value, h int64) (bool, error) {
	i, err := s.lookup(th, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{dummyKey, -1}
	s.used--
	return true, nil
}

func insertClean(table []setEntry, mask uint64, key Value, h int64) {
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key, h}
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if table[i+j].key == nil {
					table[i+j] = setEntry{key, h}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *hashSet) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	mask := uint64(size - 1)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != dummyKey {
			insertClean(s.table, mask, e.key, e.hash)
		}
	}
}

// merge is set_merge: add all of other's elements.
func (s *hashSet) merge(th *Thread, other *hashSet) error {
	if other == s || other.used == 0 {
		return nil
	}
	s.ensure()
	if uint64(s.fill+other.used)*5 >= s.mask()*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && s.mask() == other.mask() && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = other.used, other.used
		for _, e := range other.table {
			if e.key != nil && e.key != dummyKey {
				insertClean(s.table, s.mask(), e.key, e.hash)
			}
		}
		return nil
	}
	for _, e := range other.table {
		if e.key != nil && e.key != dummyKey {
			if err := s.addEntry(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update is set_update_internal: merge a set-like, or add an iterable's items.
func (s *hashSet) update(th *Thread, v Value) error {
	if o, ok := setOf(v); ok {
		return s.merge(th, o)
	}
	if d, ok := unwrapBase(v).(*Dict); ok {
		for _, e := range d.entries {
			if e.key != nil {
				if err := s.addEntry(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return ForEach(th, v, func(x Value) error { return s.add(th, x) })
}

func (s *hashSet) copy() *hashSet {
	n := &hashSet{}
	n.merge(nil, s)
	return n
}

func (s *hashSet) clear() { *s = hashSet{} }

func (s *hashSet) elems() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != dummyKey {
			out = append(out, e.key)
		}
	}
	return out
}

// pop is set.pop.
func (s *hashSet) pop() (Value, bool) {
	if s.used == 0 {
		return nil, false
	}
	mask := int(s.mask())
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == dummyKey {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{dummyKey, -1}
	s.used--
	s.finger = i + 1
	return k, true
}

// setIter iterates a set's table.
type setIter struct {
	s    *hashSet
	i    int
	used int
}

func (*setIter) Type() *Type { return SetIterType }

func (it *setIter) Next(th *Thread) (Value, bool, error) {
	if it.s.used != it.used {
		it.used = -1
		return nil, false, RuntimeErrorf("Set changed size during iteration")
	}
	for it.i < len(it.s.table) {
		e := it.s.table[it.i]
		it.i++
		if e.key != nil && e.key != dummyKey {
			return e.key, true, nil
		}
	}
	return nil, false, nil
}

// Iter returns a set iterator.
func (s *Set) Iter() Iterator { return &setIter{s: &s.t, used: s.t.used} }

// Iter returns a set iterator.
func (s *FrozenSet) Iter() Iterator { return &setIter{s: &s.t, used: s.t.used} }

// ConstSet builds the set of a set display whose items are all constants, the way
// CPython 3.11 does: for more than two items the compiler folds them into a frozenset
// constant, which it rebuilds once while merging constants, and BUILD_SET/SET_UPDATE
// copies it into a new set. The double insertion gives a different iteration order than
// adding the items one by one when hashes collide ({5, 13, 21, 8} prints {8, 21, 5, 13}).
// With two items or fewer, the items are simply added in order.
func ConstSet(th *Thread, items []Value) (*Set, error) {
	s := &Set{}
	if len(items) <= 2 {
		for _, it := range items {
			if err := s.t.add(th, it); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	first := &hashSet{}
	for _, it := range items {
		if err := first.add(th, it); err != nil {
			return nil, err
		}
	}
	second := &hashSet{}
	for _, e := range first.elemsWithHash() {
		if err := second.addEntry(th, e.key, e.hash); err != nil {
			return nil, err
		}
	}
	return s, s.t.merge(th, second)
}
