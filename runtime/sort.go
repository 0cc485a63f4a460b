package runtime

import (
	"slices"
	"strings"
)

// Sorting: sorted(), list.sort() and the helpers they share.

// SortValues sorts items in place, stably, with Python's < on the items (or on key(item)),
// raising the first comparison error. Like CPython it only ever asks "<", and with reverse
// it keeps equal items in their original order.
func SortValues(th *Thread, items []Value, key Value, reverse bool) error {
	if len(items) < 2 {
		if len(items) == 1 && key != nil && key != None {
			_, err := Call(th, key, []Value{items[0]}, nil)
			return err
		}
		return nil
	}
	keys := items
	if key != nil && key != None {
		keys = make([]Value, len(items))
		// the vm's functions copy their arguments, so one buffer serves every call
		reuse := true
		switch key.(type) {
		case *Builtin, *MethodDescr, *Type, *BoundMethod:
			reuse = false
		}
		buf := make([]Value, 1)
		for i, it := range items {
			if !reuse {
				buf = make([]Value, 1)
			}
			buf[0] = it
			k, err := Call(th, key, buf, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	if reverse {
		slices.Reverse(items)
		if key != nil && key != None {
			slices.Reverse(keys)
		}
	}
	perm, err := sortPermutation(th, keys)
	if err == nil {
		sorted := make([]Value, len(items))
		for i, j := range perm {
			sorted[i] = items[j]
		}
		copy(items, sorted)
	}
	if reverse {
		slices.Reverse(items)
	}
	return err
}

// radixPermutation returns the stable sorting permutation of unsigned keys (LSD radix
// sort, skipping the byte positions where all keys agree).
func radixPermutation(keys []uint64) []int {
	n := len(keys)
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	if n < 2 {
		return perm
	}
	var or, and uint64 = 0, ^uint64(0)
	for _, k := range keys {
		or |= k
		and &= k
	}
	diff := or ^ and
	tmp := make([]int, n)
	for shift := uint(0); shift < 64; shift += 8 {
		if (diff>>shift)&0xff == 0 {
			continue
		}
		var count [257]int
		for _, p := range perm {
			count[(keys[p]>>shift)&0xff+1]++
		}
		for b := 1; b < 257; b++ {
			count[b] += count[b-1]
		}
		for _, p := range perm {
			b := (keys[p] >> shift) & 0xff
			tmp[count[b]] = p
			count[b]++
		}
		perm, tmp = tmp, perm
	}
	return perm
}

// sortPermutation returns the stable sorting permutation of keys.
func sortPermutation(th *Thread, keys []Value) ([]int, error) {
	n := len(keys)
	allInt, allStr, allFloat := true, true, true
	for _, k := range keys {
		switch f := k.(type) {
		case Int:
			allStr, allFloat = false, false
		case Str:
			allInt, allFloat = false, false
		case Float:
			allInt, allStr = false, false
			if f != f {
				allFloat = false
			}
		default:
			allInt, allStr, allFloat = false, false, false
		}
		if !allInt && !allStr && !allFloat {
			break
		}
	}
	perm := make([]int, n)
	switch {
	case allInt:
		us := make([]uint64, n)
		for i, k := range keys {
			us[i] = uint64(int64(k.(Int))) ^ (1 << 63)
		}
		return radixPermutation(us), nil
	case allFloat:
		type pair struct {
			k float64
			i int
		}
		ps := make([]pair, n)
		for i, k := range keys {
			ps[i] = pair{float64(k.(Float)), i}
		}
		slices.SortFunc(ps, func(a, b pair) int {
			if a.k != b.k {
				if a.k < b.k {
					return -1
				}
				return 1
			}
			return a.i - b.i
		})
		for i, p := range ps {
			perm[i] = p.i
		}
		return perm, nil
	case allStr:
		type pair struct {
			k string
			i int
		}
		ps := make([]pair, n)
		for i, k := range keys {
			ps[i] = pair{string(k.(Str)), i}
		}
		slices.SortFunc(ps, func(a, b pair) int {
			if c := strings.Compare(a.k, b.k); c != 0 {
				return c
			}
			return a.i - b.i
		})
		for i, p := range ps {
			perm[i] = p.i
		}
		return perm, nil
	}
	// General case: a stable merge sort that only asks "<".
	for i := range perm {
		perm[i] = i
	}
	buf := make([]int, n)
	var firstErr error
	less := func(a, b int) bool {
		if firstErr != nil {
			return false
		}
		lt, err := Less(th, keys[a], keys[b])
		if err != nil {
			firstErr = err
			return false
		}
		return lt
	}
	// insertion sort small runs, then merge
	const run = 16
	for lo := 0; lo < n; lo += run {
		hi := min(lo+run, n)
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && less(perm[j], perm[j-1]); j-- {
				perm[j], perm[j-1] = perm[j-1], perm[j]
			}
		}
	}
	for width := run; width < n && firstErr == nil; width *= 2 {
		for lo := 0; lo < n-width; lo += 2 * width {
			mid, hi := lo+width, min(lo+2*width, n)
			if !less(perm[mid], perm[mid-1]) {
				continue // already ordered
			}
			copy(buf[lo:hi], perm[lo:hi])
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if less(buf[j], buf[i]) {
					perm[k] = buf[j]
					j++
				} else {
					perm[k] = buf[i]
					i++
				}
				k++
			}
			k += copy(perm[k:], buf[i:mid])
			copy(perm[k:], buf[j:hi])
		}
	}
	return perm, firstErr
}

func builtinSorted(th *Thread, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos != 1 {
		return nil, TypeErrorf("sorted expected 1 argument, got %d", npos)
	}
	var key Value
	reverse := false
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
		case "reverse":
			b, err := Truth(th, args[npos+i])
			if err != nil {
				return nil, err
			}
			reverse = b
		default:
			return nil, TypeErrorf("sort() got an unexpected keyword argument '%s'", k)
		}
	}
	items, err := ToSlice(th, args[0])
	if err != nil {
		return nil, err
	}
	if err := SortValues(th, items, key, reverse); err != nil {
		return nil, err
	}
	return &List{Items: items}, nil
}
