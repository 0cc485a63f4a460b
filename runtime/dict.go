package runtime

import (
	"hash/maphash"
	"unsafe"
)

// Dict is a Python dict: insertion ordered, keys compared with Python's hash and ==.
//
// Layout follows CPython's compact dict: entries in insertion order plus an open-addressing
// index (absent while the dict has at most 8 entries: those are scanned linearly). Str keys
// have allocation-free fast paths (GetStr, SetStr).
type Dict struct {
	entries []dictEntry
	index   *[]int32 // entry position+1, 0 empty, -1 deleted (see slotAt); nil while small (a pointer keeps Dict at 48 bytes)
	used    int
	keysVer uint64 // changes whenever entry positions may change
}

type dictEntry struct {
	hash int64
	key  Value // nil: deleted
	val  Value
}

// The index of a big dict stores an entry's position plus one, so that its zero value
// means empty (a fresh index needs no fill); slotEmpty and slotDeleted are what a slot
// holds minus one.
const (
	slotEmpty   = -1
	slotDeleted = -2
	smallDict   = 8
)

// Type returns dict.
func (*Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSize returns an empty dict with room for n entries.
func NewDictSize(n int) *Dict { return &Dict{entries: make([]dictEntry, 0, n)} }

// Len returns the number of entries.
func (d *Dict) Len() int { return d.used }

var hashSeed = maphash.MakeSeed()

// strHash is the hash of a str (never -1).
func strHash(s string) int64 {
	if s == "" {
		return 0
	}
	h := int64(maphash.String(hashSeed, s))
	if h == -1 {
		h = -2
	}
	return h
}

// keyEqualFast compares a stored key with a probe of equal hash without calling user code.
// decided is false when user-level __eq__ must decide.
func keyEqualFast(a, b Value) (eq, decided bool) {
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, true
		}
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y, true
		case Bool:
			return (x == 1) == bool(y) && (x == 0 || x == 1), true
		}
	}
	if isPointerIdentical(a, b) {
		return true, true
	}
	return false, false
}

// lookup returns the entry position of key (hash h), or -1.
func (d *Dict) lookup(th *Thread, key Value, h int64) (int, error) {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h && e.key != nil {
				if eq, ok := keyEqualFast(e.key, key); ok {
					if eq {
						return i, nil
					}
					continue
				}
				eq, err := Equal(th, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return i, nil
				}
			}
		}
		return -1, nil
	}
	index := *d.index
	mask := uint64(len(index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := index[i] - 1 // (slotEmpty, slotDeleted or a position)
		if ix == slotEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if eq, ok := keyEqualFast(e.key, key); ok {
					if eq {
						return int(ix), nil
					}
				} else {
					eq, err := Equal(th, e.key, key)
					if err != nil {
						return -1, err
					}
					if eq {
						return int(ix), nil
					}
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStr is lookup for a str key; it never calls user code (keys of other types whose
// hash collides are treated as different).
func (d *Dict) lookupStr(s string, h int64) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if k, ok := e.key.(Str); ok && string(k) == s {
					return i
				}
			}
		}
		return -1
	}
	index := *d.index
	mask := uint64(len(index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := index[i] - 1 // (slotEmpty, slotDeleted or a position)
		if ix == slotEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if k, ok := e.key.(Str); ok && string(k) == s {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

func (d *Dict) insertIndex(h int64, pos int) {
	index := *d.index
	mask := uint64(len(index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for index[i] > 0 { // (a position+1; empty and deleted slots are taken)
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	index[i] = int32(pos) + 1
}

// rebuild compacts entries and rebuilds the index for at least n live entries, reserving
// entry capacity up to the index's load limit so appends do not reallocate in between.
func (d *Dict) rebuild(n int) {
	if n <= smallDict {
		if len(d.entries) != d.used {
			live := d.entries[:0]
			for _, e := range d.entries {
				if e.key != nil {
					live = append(live, e)
				}
			}
			clear(d.entries[len(live):])
			d.entries = live
		}
		d.index = nil
		return
	}
	size := 16
	for size*2 < n*3 {
		size <<= 1
	}
	limit := size * 2 / 3
	live := make([]dictEntry, 0, limit)
	if len(d.entries) == d.used {
		// no holes: bulk copies, in chunks so that the collector can still preempt
		for rest := d.entries; len(rest) > 0; {
			n := min(len(rest), 4096)
			live = append(live, rest[:n]...)
			rest = rest[n:]
		}
	} else {
		for i := range d.entries {
			if e := &d.entries[i]; e.key != nil {
				live = append(live, *e)
			}
		}
	}
	d.entries = live
	index := make([]int32, size) // all empty: no fill (fresh memory from the OS is not even touched)
	d.index = &index
	for i, e := range d.entries {
		d.insertIndex(e.hash, i)
	}
}

func (d *Dict) appendEntry(h int64, key, val Value) {
	d.keysVer++
	if d.index == nil {
		if len(d.entries) >= smallDict {
			d.rebuild((len(d.entries) + 1) * 3)
		}
	} else if len(d.entries)+1 > len(*d.index)*2/3 {
		d.rebuild(d.used * 3)
	}
	d.entries = append(d.entries, dictEntry{h, key, val})
	if d.index != nil {
		d.insertIndex(h, len(d.entries)-1)
	}
	d.used++
}

// lookupInt finds an int key without calling user code (float and bool keys equal to it
// match too).
func (d *Dict) lookupInt(k Int, h int64) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h && e.key != nil {
				if ek, ok := e.key.(Int); ok {
					if ek == k {
						return i
					}
				} else if eq, decided := keyEqualNumeric(e.key, k); eq {
					return i
				} else if !decided {
					return slowLookup
				}
			}
		}
		return -1
	}
	index := *d.index
	mask := uint64(len(index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := index[i] - 1 // (slotEmpty, slotDeleted or a position)
		if ix == slotEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if ek, ok := e.key.(Int); ok {
					if ek == k {
						return int(ix)
					}
				} else if eq, decided := keyEqualNumeric(e.key, k); eq {
					return int(ix)
				} else if !decided {
					return slowLookup
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// slowLookup is lookupInt's answer when a user object with the same hash must decide.
const slowLookup = -2

// keyEqualNumeric compares a stored key of another type with an int; decided is false
// when user code (__eq__) would have to decide.
func keyEqualNumeric(a Value, k Int) (eq, decided bool) {
	switch x := a.(type) {
	case Float:
		c, _ := floatIntCompare(float64(x), k)
		return c == 0, true
	case *BigInt, Str, Bytes, Tuple, NoneValue, Complex:
		if c, ok := a.(Complex); ok {
			return imag(c) == 0 && real(c) == float64(k), true
		}
		return false, true
	case Bool:
		return (k == 1 && bool(x)) || (k == 0 && !bool(x)), true
	}
	return false, false
}

// Get returns the value for key (ok false if absent). Hashing or comparing user objects
// may raise.
func (d *Dict) Get(th *Thread, key Value) (Value, bool, error) {
	switch k := key.(type) {
	case Str:
		v, ok := d.GetStr(string(k))
		return v, ok, nil
	case Int:
		if d.used == 0 {
			return nil, false, nil
		}
		i := d.lookupInt(k, hashInt64(int64(k)))
		if i >= 0 {
			return d.entries[i].val, true, nil
		}
		if i == -1 {
			return nil, false, nil
		}
	}
	h, err := Hash(th, key)
	if err != nil {
		return nil, false, err
	}
	i, err := d.lookup(th, key, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].val, true, nil
}

// GetStr is Get for a str key; it neither allocates nor fails.
func (d *Dict) GetStr(key string) (Value, bool) {
	if d.index == nil {
		// small dict: compare strings directly, no hashing
		for i := range d.entries {
			e := &d.entries[i]
			if k, ok := e.key.(Str); ok && smallStrEq(string(k), key) {
				return e.val, true
			}
		}
		return nil, false
	}
	i := d.lookupStr(key, strHash(key))
	if i < 0 {
		return nil, false
	}
	return d.entries[i].val, true
}

// Set stores key: val.
func (d *Dict) Set(th *Thread, key, val Value) error {
	switch k := key.(type) {
	case Str:
		d.setStr(string(k), key, val)
		return nil
	case Int:
		h := hashInt64(int64(k))
		i := d.lookupInt(k, h)
		if i >= 0 {
			d.entries[i].val = val
			return nil
		}
		if i == -1 {
			d.appendEntry(h, key, val)
			return nil
		}
	}
	h, err := Hash(th, key)
	if err != nil {
		return err
	}
	i, err := d.lookup(th, key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].val = val
		return nil
	}
	d.appendEntry(h, key, val)
	return nil
}

// SetStr is Set for a str key.
func (d *Dict) SetStr(key string, val Value) { d.setStr(key, nil, val) }

// setStr stores key (keyV is the key already boxed as a Value, or nil).
func (d *Dict) setStr(key string, keyV Value, val Value) {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if k, ok := e.key.(Str); ok && len(k) == len(key) && string(k) == key {
				e.val = val
				return
			}
		}
		if keyV == nil {
			keyV = Str(key)
		}
		d.appendEntry(strHash(key), keyV, val)
		return
	}
	h := strHash(key)
	if i := d.lookupStr(key, h); i >= 0 {
		d.entries[i].val = val
		return
	}
	if keyV == nil {
		keyV = Str(key)
	}
	d.appendEntry(h, keyV, val)
}

// addStr adds a str key known to be absent, with its precomputed hash.
func (d *Dict) addStr(key Value, h int64, val Value) { d.appendEntry(h, key, val) }

// Delete removes key and returns its value (ok false if absent).
func (d *Dict) Delete(th *Thread, key Value) (Value, bool, error) {
	var h int64
	var i int
	if s, ok := key.(Str); ok {
		h = strHash(string(s))
		i = d.lookupStr(string(s), h)
	} else {
		var err error
		if h, err = Hash(th, key); err != nil {
			return nil, false, err
		}
		if i, err = d.lookup(th, key, h); err != nil {
			return nil, false, err
		}
	}
	if i < 0 {
		return nil, false, nil
	}
	return d.deleteAt(i), true, nil
}

// DeleteStr removes a str key, reporting whether it was present.
func (d *Dict) DeleteStr(key string) bool {
	if d.used == 0 {
		return false
	}
	i := d.lookupStr(key, strHash(key))
	if i < 0 {
		return false
	}
	d.deleteAt(i)
	return true
}

func (d *Dict) deleteAt(i int) Value {
	d.keysVer++
	e := &d.entries[i]
	v := e.val
	if d.index != nil {
		index := *d.index
		mask := uint64(len(index) - 1)
		perturb := uint64(e.hash)
		j := uint64(e.hash) & mask
		for int(index[j])-1 != i {
			perturb >>= 5
			j = (j*5 + perturb + 1) & mask
		}
		index[j] = slotDeleted + 1
	}
	e.key, e.val = nil, nil
	d.used--
	if i == len(d.entries)-1 && d.index == nil {
		d.entries = d.entries[:i]
	} else if d.used < len(d.entries)/2 && len(d.entries) > smallDict {
		d.rebuild(d.used)
	} else if d.index == nil {
		// Small dicts keep no holes: compact in place.
		copy(d.entries[i:], d.entries[i+1:])
		d.entries[len(d.entries)-1] = dictEntry{}
		d.entries = d.entries[:len(d.entries)-1]
	}
	return v
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.entries, d.index, d.used = nil, nil, 0
	d.keysVer++
}

// KeysVersion changes whenever keys are added or removed (not when a value is replaced):
// with IndexStr and ValueAt it lets the vm cache where a global lives (LOAD_GLOBAL) and
// still read its current value.
func (d *Dict) KeysVersion() uint64 { return d.keysVer }

// IndexStr returns the entry position of a str key, or -1.
func (d *Dict) IndexStr(key string) int {
	if d.index == nil {
		for i := range d.entries {
			if k, ok := d.entries[i].key.(Str); ok && smallStrEq(string(k), key) {
				return i
			}
		}
		return -1
	}
	return d.lookupStr(key, strHash(key))
}

// ValueAt returns the value at a position returned by IndexStr; it is valid as long as
// KeysVersion has not changed.
func (d *Dict) ValueAt(i int) Value { return d.entries[i].val }

// Keys returns the keys in order (a fresh slice).
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Items calls f for each entry in order until f returns false. f must not modify d.
func (d *Dict) Items(f func(k, v Value) bool) {
	for _, e := range d.entries {
		if e.key != nil && !f(e.key, e.val) {
			return
		}
	}
}

// Entry returns the i-th slot (for iterators): ok false past the end; k nil for a hole.
func (d *Dict) entryAt(i int) (k, v Value, ok bool) {
	if i >= len(d.entries) {
		return nil, nil, false
	}
	e := &d.entries[i]
	return e.key, e.val, true
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{used: d.used}
	n.entries = append([]dictEntry(nil), d.entries...)
	if d.index != nil {
		index := append([]int32(nil), (*d.index)...)
		n.index = &index
	}
	return n
}

// smallStrEq is a == b for the linear scans of small dicts, where keys are short attribute
// names, often the very same (interned) string: equal data pointers and a first-byte
// mismatch decide without calling memequal.
func smallStrEq(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 || unsafe.StringData(a) == unsafe.StringData(b) {
		return true
	}
	return a[0] == b[0] && a == b
}
