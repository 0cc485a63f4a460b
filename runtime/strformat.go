package runtime

import (
	"strconv"
	"strings"
)

// StrFormat implements str.format(*args, **kwargs) (kwargs may be nil).
func StrFormat(th *Thread, f string, args []Value, kwargs *Dict) (string, error) {
	var m Value
	if kwargs != nil {
		m = kwargs
	}
	return strFormatArgs(th, f, args, m, 2)
}

func strFormat(th *Thread, f string, args []Value, mapping Value) (string, error) {
	return strFormatArgs(th, f, args, mapping, 2)
}

type formatState struct {
	args    []Value
	mapping Value
	auto    int // next automatic index; -1 once manual numbering is used
	manual  bool
}

func strFormatArgs(th *Thread, f string, args []Value, mapping Value, depth int) (string, error) {
	st := &formatState{args: args, mapping: mapping}
	return st.format(th, f, depth)
}

func (st *formatState) format(th *Thread, f string, depth int) (string, error) {
	if depth < 0 {
		return "", ValueErrorf("Max string recursion exceeded")
	}
	var sb strings.Builder
	for i := 0; i < len(f); {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				sb.WriteByte('}')
				i += 2
				continue
			}
			return "", ValueErrorf("Single '}' encountered in format string")
		}
		if c != '{' {
			j := i
			for j < len(f) && f[j] != '{' && f[j] != '}' {
				j++
			}
			sb.WriteString(f[i:j])
			i = j
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			sb.WriteByte('{')
			i += 2
			continue
		}
		// find the matching '}'
		j := i + 1
		nest := 1
		for j < len(f) {
			if f[j] == '{' {
				nest++
			} else if f[j] == '}' {
				nest--
				if nest == 0 {
					break
				}
			} else if f[j] == '[' {
				// brackets in the field name may contain braces? CPython scans to ']'
				k := strings.IndexByte(f[j:], ']')
				if k > 0 && !strings.ContainsAny(f[j:j+k], "{}") {
					j += k
				}
			}
			j++
		}
		if j >= len(f) {
			if nest > 0 && strings.IndexByte(f[i:], '}') < 0 {
				return "", ValueErrorf("Single '{' encountered in format string")
			}
			return "", ValueErrorf("expected '}' before end of string")
		}
		field := f[i+1 : j]
		i = j + 1
		s, err := st.field(th, field, depth)
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	return sb.String(), nil
}

func (st *formatState) field(th *Thread, field string, depth int) (string, error) {
	// split name!conv:spec (the name part ends at the first ! or : outside brackets)
	name, conv, spec := field, byte(0), ""
	for k := 0; k < len(field); k++ {
		if field[k] == '[' {
			if e := strings.IndexByte(field[k:], ']'); e >= 0 {
				k += e
				continue
			}
		}
		if field[k] == '!' || field[k] == ':' {
			name = field[:k]
			rest := field[k:]
			if rest[0] == '!' {
				if len(rest) < 2 {
					return "", ValueErrorf("end of string while looking for conversion specifier")
				}
				conv = rest[1]
				rest = rest[2:]
				if len(rest) > 0 && rest[0] != ':' {
					return "", ValueErrorf("expected ':' after conversion specifier")
				}
			}
			if len(rest) > 0 && rest[0] == ':' {
				spec = rest[1:]
			}
			break
		}
	}
	v, err := st.lookup(th, name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r', 's', 'a':
		var s string
		if conv == 's' {
			s, err = ToStr(th, v)
		} else {
			s, err = Repr(th, v)
			if conv == 'a' {
				s = asciiEscape(s)
			}
		}
		if err != nil {
			return "", err
		}
		v = Str(s)
	default:
		return "", ValueErrorf("Unknown conversion specifier %c", conv)
	}
	if strings.ContainsAny(spec, "{}") {
		spec, err = st.format(th, spec, depth-1)
		if err != nil {
			return "", err
		}
	}
	return Format(th, v, spec)
}

func (st *formatState) lookup(th *Thread, name string) (Value, error) {
	// first part: up to '.' or '['
	end := len(name)
	for k := 0; k < len(name); k++ {
		if name[k] == '.' || name[k] == '[' {
			end = k
			break
		}
	}
	first, rest := name[:end], name[end:]
	var v Value
	if first == "" {
		if st.manual {
			return nil, ValueErrorf("cannot switch from manual field specification to automatic field numbering")
		}
		idx := st.auto
		st.auto++
		if idx >= len(st.args) {
			return nil, IndexErrorf("Replacement index %d out of range for positional args tuple", idx)
		}
		v = st.args[idx]
	} else if n, err := strconv.Atoi(first); err == nil && first[0] != '-' && first[0] != '+' {
		if st.auto > 0 {
			return nil, ValueErrorf("cannot switch from automatic field numbering to manual field specification")
		}
		st.manual = true
		if n >= len(st.args) {
			return nil, IndexErrorf("Replacement index %d out of range for positional args tuple", n)
		}
		v = st.args[n]
	} else {
		if st.mapping == nil {
			return nil, KeyError(Str(first))
		}
		var err error
		if d, ok := st.mapping.(*Dict); ok {
			var found bool
			v, found, err = d.Get(th, Str(first))
			if err == nil && !found {
				err = KeyError(Str(first))
			}
		} else {
			v, err = GetItem(th, st.mapping, Str(first))
		}
		if err != nil {
			return nil, err
		}
	}
	for rest != "" {
		if rest[0] == '.' {
			k := 1
			for k < len(rest) && rest[k] != '.' && rest[k] != '[' {
				k++
			}
			attr := rest[1:k]
			if attr == "" {
				return nil, ValueErrorf("Empty attribute in format string")
			}
			var err error
			if v, err = GetAttr(th, v, attr); err != nil {
				return nil, err
			}
			rest = rest[k:]
			continue
		}
		// [key]
		k := strings.IndexByte(rest, ']')
		if k < 0 {
			return nil, ValueErrorf("Missing ']' in format string")
		}
		key := rest[1:k]
		if key == "" {
			return nil, ValueErrorf("Empty attribute in format string")
		}
		var kv Value = Str(key)
		if n, err := strconv.Atoi(key); err == nil && key[0] >= '0' && key[0] <= '9' {
			kv = Int(n)
		}
		var err error
		if v, err = GetItem(th, v, kv); err != nil {
			return nil, err
		}
		rest = rest[k+1:]
		if rest != "" && rest[0] != '.' && rest[0] != '[' {
			return nil, ValueErrorf("Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v, nil
}
