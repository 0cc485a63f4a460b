package runtime

import (
	"math"
	"math/big"
)

// hashModulus is CPython's _PyHASH_MODULUS (2**61 - 1).
const hashModulus = (1 << 61) - 1

// hashInt64 is hash() of an int.
func hashInt64(x int64) int64 {
	if uint64(x) < hashModulus {
		return x // the common case: a non-negative int is its own hash
	}
	neg := x < 0
	u := uint64(x)
	if neg {
		u = uint64(-x)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func hashBig(b *big.Int) int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashModulus)).Int64()
	if b.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

// hashFloat is CPython's _Py_HashDouble (NaN hashes by identity there; here 0).
func hashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && f > -9e18 && f < 9e18 {
		return hashInt64(int64(f))
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// hashTuple is CPython's tuplehash (xxHash based).
func hashTupleOf(hs []int64) int64 {
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	acc := uint64(p5)
	for _, h := range hs {
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(hs)) ^ (p5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// hashValueNoUser hashes built-in values without running user code (ok false otherwise).
func hashValueNoUser(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return hashInt64(int64(x)), true
	case Str:
		return strHash(string(x)), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case Float:
		return hashFloat(float64(x)), true
	case *BigInt:
		return hashBig(&x.b), true
	case NoneValue:
		return 0x5f3759df, true
	case Bytes:
		return strHash(string(x)), true
	case Complex:
		h := hashFloat(real(x)) + 1000003*hashFloat(imag(x))
		if h == -1 {
			h = -2
		}
		return h, true
	}
	return 0, false
}

// hash implements Hash.
func hash(th *Thread, v Value) (int64, error) {
	if h, ok := hashValueNoUser(v); ok {
		return h, nil
	}
	switch x := v.(type) {
	case Tuple:
		hs := make([]int64, len(x))
		for i, e := range x {
			h, err := hash(th, e)
			if err != nil {
				return 0, err
			}
			hs[i] = h
		}
		return hashTupleOf(hs), nil
	case *FrozenSet:
		// CPython's frozenset hash: order independent.
		var h uint64
		for _, e := range x.t.table {
			if e.key != nil && e.key != dummyKey {
				eh := uint64(e.hash)
				h ^= ((eh ^ 89869747) ^ (eh << 16)) * 3644798167
			}
		}
		h ^= (uint64(x.t.used) + 1) * 1927868237
		h ^= (h >> 11) ^ (h >> 25)
		h = h*69069 + 907133923
		if int64(h) == -1 {
			h = 590923713
		}
		return int64(h), nil
	case *List, *Dict, *Set, *ByteArray:
		return 0, TypeErrorf("unhashable type: '%s'", v.Type().Name)
	case *Slice:
		return 0, TypeErrorf("unhashable type: 'slice'")
	case *Object:
		f, owner := x.typ.LookupOwner("__hash__")
		if f == nil || f == None {
			return 0, TypeErrorf("unhashable type: '%s'", v.Type().Name)
		}
		if owner.IsHeap() {
			r, err := callDunder0(th, f, v)
			if err != nil {
				return 0, err
			}
			switch h := r.(type) {
			case Int:
				return hashInt64(int64(h)), nil
			case *BigInt:
				return hashBig(&h.b), nil
			case Bool:
				if h {
					return 1, nil
				}
				return 0, nil
			}
			return 0, TypeErrorf("__hash__ method should return an integer")
		}
		if x.Base != nil {
			return hash(th, x.Base)
		}
	case *Exception:
		if f, owner := x.typ.LookupOwner("__hash__"); owner != nil && owner.IsHeap() {
			if f == None {
				return 0, TypeErrorf("unhashable type: '%s'", v.Type().Name)
			}
			r, err := callDunder0(th, f, v)
			if err != nil {
				return 0, err
			}
			if h, ok := r.(Int); ok {
				return hashInt64(int64(h)), nil
			}
			return 0, TypeErrorf("__hash__ method should return an integer")
		}
	case *Type:
		if f, owner := x.Type().LookupOwner("__hash__"); owner != nil && owner.IsHeap() {
			r, err := callDunder0(th, f, v)
			if err != nil {
				return 0, err
			}
			if h, ok := r.(Int); ok {
				return hashInt64(int64(h)), nil
			}
		}
	case *Handle:
		if x.timer {
			return hashFloat(x.when), nil // TimerHandle.__hash__: hash(self._when)
		}
	case *Context:
		return 0, TypeErrorf("unhashable type: '_contextvars.Context'")
	}
	// Default object hash: identity.
	id := ID(v)
	return int64(uint64(id)>>4 | uint64(id)<<60), nil
}
