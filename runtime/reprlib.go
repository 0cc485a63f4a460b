package runtime

import "strings"

// shortRepr is reprlib.repr(v) with reprlib's default limits, which asyncio uses for the
// arguments of a callback in handle reprs and "Exception in callback" messages: long strs,
// ints and other reprs are cut in the middle with "...", containers show at most a few
// items (sets and dict keys sorted when they can be) and nest at most 6 levels.
func shortRepr(th *Thread, v Value) string { return reprlibRepr(th, v, 6) }

// reprlib's default limits.
const (
	rlMaxString = 30
	rlMaxOther  = 30
	rlMaxLong   = 40
	rlMaxList   = 6
	rlMaxTuple  = 6
	rlMaxSet    = 6
	rlMaxDict   = 4
)

// cutMiddle keeps the first and last characters of s around "..." so that it is max long.
func cutMiddle(s string, limit int) string {
	r := []rune(s)
	if len(r) <= limit {
		return s
	}
	i := max(0, (limit-3)/2)
	j := max(0, limit-3-i)
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

// reprOrFailed is repr(v), or "<repr failed>" when that raises.
func reprOrFailed(th *Thread, v Value) string {
	s, err := Repr(th, v)
	if err != nil {
		return "<repr failed>"
	}
	return s
}

// reprlibRepr is reprlib.Repr.repr1: dispatch on the exact type name.
func reprlibRepr(th *Thread, v Value, level int) string {
	t := v.Type()
	if t.Module != "builtins" {
		return cutMiddle(reprOrFailed(th, v), rlMaxOther)
	}
	switch t.Name {
	case "str":
		s, ok := v.(Str)
		if !ok {
			break
		}
		r := []rune(string(s))
		if len(r) > rlMaxString {
			r = r[:rlMaxString]
		}
		out := reprOrFailed(th, Str(string(r)))
		if len([]rune(out)) > rlMaxString {
			all := []rune(string(s))
			i := max(0, (rlMaxString-3)/2)
			j := max(0, rlMaxString-3-i)
			out = reprOrFailed(th, Str(string(all[:i])+string(all[len(all)-j:])))
			rr := []rune(out)
			out = string(rr[:i]) + "..." + string(rr[len(rr)-j:])
		}
		return out
	case "int":
		return cutMiddle(reprOrFailed(th, v), rlMaxLong)
	case "list":
		if l, ok := v.(*List); ok {
			return reprlibIter(th, l.Items, level, "[", "]", rlMaxList, "")
		}
	case "tuple":
		if tu, ok := v.(Tuple); ok {
			return reprlibIter(th, tu, level, "(", ")", rlMaxTuple, ",")
		}
	case "set", "frozenset":
		items, err := ToSlice(th, v)
		if err != nil {
			break
		}
		if len(items) == 0 {
			return t.Name + "()"
		}
		items = possiblySorted(th, items)
		if t.Name == "set" {
			return reprlibIter(th, items, level, "{", "}", rlMaxSet, "")
		}
		return reprlibIter(th, items, level, "frozenset({", "})", rlMaxSet, "")
	case "dict":
		d, ok := v.(*Dict)
		if !ok {
			break
		}
		n := d.Len()
		if n == 0 {
			return "{}"
		}
		if level <= 0 {
			return "{...}"
		}
		keys := possiblySorted(th, d.Keys())
		var pieces []string
		for i, k := range keys {
			if i == rlMaxDict {
				pieces = append(pieces, "...")
				break
			}
			val, _, _ := d.Get(th, k)
			if val == nil {
				val = None
			}
			pieces = append(pieces, reprlibRepr(th, k, level-1)+": "+reprlibRepr(th, val, level-1))
		}
		return "{" + strings.Join(pieces, ", ") + "}"
	}
	return cutMiddle(reprOrFailed(th, v), rlMaxOther)
}

// reprlibIter is reprlib.Repr._repr_iterable.
func reprlibIter(th *Thread, items []Value, level int, left, right string, maxIter int, trail string) string {
	n := len(items)
	var s string
	if level <= 0 && n > 0 {
		s = "..."
	} else {
		var pieces []string
		for i, e := range items {
			if i == maxIter {
				pieces = append(pieces, "...")
				break
			}
			pieces = append(pieces, reprlibRepr(th, e, level-1))
		}
		s = strings.Join(pieces, ", ")
		if n == 1 && trail != "" {
			right = trail + right
		}
	}
	return left + s + right
}

// possiblySorted is reprlib's _possibly_sorted: sorted(items) when the items compare,
// else items in iteration order.
func possiblySorted(th *Thread, items []Value) []Value {
	sorted := append([]Value(nil), items...)
	if err := SortValues(th, sorted, nil, false); err != nil {
		return items
	}
	return sorted
}
