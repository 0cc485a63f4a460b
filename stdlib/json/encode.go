package json

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/aiolang/aio/runtime"
)

// encoder holds the options of one dumps call.
type encoder struct {
	th           *runtime.Thread
	skipKeys     bool
	ensureASCII  bool
	checkCirc    bool
	allowNaN     bool
	sortKeys     bool
	indent       string
	hasIndent    bool
	itemSep      string
	keySep       string
	defaultFn    runtime.Value
	sb           strings.Builder
	inProgressID map[int64]bool
}

// encodeString writes s as a JSON string literal, as CPython's encoder does.
func (e *encoder) encodeString(s string) {
	sb := &e.sb
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		default:
			switch {
			case r < 0x20:
				writeU(sb, r)
			case r < 0x7f || !e.ensureASCII:
				sb.WriteRune(r)
			case r <= 0xffff:
				writeU(sb, r)
			default:
				r -= 0x10000
				writeU(sb, 0xd800|(r>>10)&0x3ff)
				writeU(sb, 0xdc00|r&0x3ff)
			}
		}
	}
	sb.WriteByte('"')
}

func writeU(sb *strings.Builder, r rune) {
	const hex = "0123456789abcdef"
	sb.WriteString(`\u`)
	sb.WriteByte(hex[(r>>12)&0xf])
	sb.WriteByte(hex[(r>>8)&0xf])
	sb.WriteByte(hex[(r>>4)&0xf])
	sb.WriteByte(hex[r&0xf])
}

// floatText formats a float as CPython's encoder does (repr, or NaN / Infinity).
func (e *encoder) floatText(f float64) (string, error) {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		if !e.allowNaN {
			return "", runtime.ValueErrorf("Out of range float values are not JSON compliant")
		}
		if math.IsNaN(f) {
			return "NaN", nil
		}
		if f > 0 {
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return runtime.Repr(e.th, runtime.Float(f))
}

// unwrap returns the built-in value a subclass instance extends.
func unwrap(v runtime.Value) runtime.Value {
	if o, ok := v.(*runtime.Object); ok && o.Base != nil {
		return o.Base
	}
	return v
}

// keyText converts a dict key as CPython does; ok is false for a key to skip.
func (e *encoder) keyText(k runtime.Value) (string, bool, error) {
	switch x := unwrap(k).(type) {
	case runtime.Str:
		return string(x), true, nil
	case runtime.Bool:
		if x {
			return "true", true, nil
		}
		return "false", true, nil
	case runtime.NoneValue:
		return "null", true, nil
	case runtime.Float:
		s, err := e.floatText(float64(x))
		return s, err == nil, err
	case runtime.Int, *runtime.BigInt:
		s, err := runtime.Repr(e.th, x)
		return s, err == nil, err
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, runtime.TypeErrorf("keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

// newline writes the line break and indentation for the given depth.
func (e *encoder) newline(depth int) {
	e.sb.WriteByte('\n')
	for i := 0; i < depth; i++ {
		e.sb.WriteString(e.indent)
	}
}

// enter marks a container as being encoded, detecting cycles.
func (e *encoder) enter(v runtime.Value) error {
	if !e.checkCirc {
		return nil
	}
	id := runtime.ID(v)
	if e.inProgressID[id] {
		return runtime.ValueErrorf("Circular reference detected")
	}
	e.inProgressID[id] = true
	return nil
}

func (e *encoder) leave(v runtime.Value) {
	if e.checkCirc {
		delete(e.inProgressID, runtime.ID(v))
	}
}

// encode writes v at the given nesting depth.
func (e *encoder) encode(v runtime.Value, depth int) error {
	if depth > 1000 {
		return runtime.NewException(runtime.RecursionErrorType, "maximum recursion depth exceeded while encoding a JSON object")
	}
	switch x := unwrap(v).(type) {
	case runtime.NoneValue:
		e.sb.WriteString("null")
		return nil
	case runtime.Bool:
		if x {
			e.sb.WriteString("true")
		} else {
			e.sb.WriteString("false")
		}
		return nil
	case runtime.Int:
		e.sb.WriteString(strconv.FormatInt(int64(x), 10))
		return nil
	case *runtime.BigInt:
		e.sb.WriteString(x.Big().String())
		return nil
	case runtime.Float:
		s, err := e.floatText(float64(x))
		if err != nil {
			return err
		}
		e.sb.WriteString(s)
		return nil
	case runtime.Str:
		e.encodeString(string(x))
		return nil
	case *runtime.List:
		return e.encodeList(v, x.Items, depth)
	case runtime.Tuple:
		return e.encodeList(v, x, depth)
	case *runtime.Dict:
		return e.encodeDict(v, x, depth)
	}
	if e.defaultFn == nil || e.defaultFn == runtime.None {
		return runtime.TypeErrorf("Object of type %s is not JSON serializable", v.Type().Name)
	}
	if err := e.enter(v); err != nil {
		return err
	}
	r, err := runtime.Call(e.th, e.defaultFn, []runtime.Value{v}, nil)
	if err != nil {
		return err
	}
	err = e.encode(r, depth)
	e.leave(v)
	return err
}

func (e *encoder) encodeList(v runtime.Value, items []runtime.Value, depth int) error {
	if len(items) == 0 {
		e.sb.WriteString("[]")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	e.sb.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			e.sb.WriteString(e.itemSep)
		}
		if e.hasIndent {
			e.newline(depth + 1)
		}
		if err := e.encode(it, depth+1); err != nil {
			return err
		}
	}
	e.closeContainer(v, depth, ']')
	return nil
}

// closeContainer ends the list or dict v: a newline when indenting, the closing
// bracket, and v no longer in progress for the circular-reference check.
func (e *encoder) closeContainer(v runtime.Value, depth int, bracket byte) {
	if e.hasIndent {
		e.newline(depth)
	}
	e.sb.WriteByte(bracket)
	e.leave(v)
}

func (e *encoder) encodeDict(v runtime.Value, d *runtime.Dict, depth int) error {
	if d.Len() == 0 {
		e.sb.WriteString("{}")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	type item struct {
		orig runtime.Value
		key  string
		val  runtime.Value
	}
	var items []item
	d.Items(func(k, val runtime.Value) bool {
		items = append(items, item{orig: k, val: val})
		return true
	})
	if e.sortKeys {
		var err error
		sort.SliceStable(items, func(i, j int) bool {
			if err != nil {
				return false
			}
			less, lerr := runtime.Less(e.th, items[i].orig, items[j].orig)
			if lerr != nil {
				err = lerr
			}
			return less
		})
		if err != nil {
			return err
		}
	}
	kept := items[:0]
	for _, it := range items {
		s, ok, err := e.keyText(it.orig)
		if err != nil {
			return err
		}
		if ok {
			it.key = s
			kept = append(kept, it)
		}
	}
	items = kept
	e.sb.WriteByte('{')
	for i, it := range items {
		if i > 0 {
			e.sb.WriteString(e.itemSep)
		}
		if e.hasIndent {
			e.newline(depth + 1)
		}
		e.encodeString(it.key)
		e.sb.WriteString(e.keySep)
		if err := e.encode(it.val, depth+1); err != nil {
			return err
		}
	}
	e.closeContainer(v, depth, '}')
	return nil
}
