package json

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/aiolang/aio/runtime"
)

// decoder parses one JSON document as CPython's json.loads does (NaN, Infinity and
// -Infinity accepted; the last of duplicate keys wins; positions in characters).
type decoder struct {
	th          *runtime.Thread
	s           []rune
	doc         string
	objectHook  runtime.Value
	pairsHook   runtime.Value
	parseFloat  runtime.Value
	parseInt    runtime.Value
	errType     *runtime.Type
	depth       int
	strictCtrls bool
}

// syntaxError is a JSONDecodeError: "msg: line L column C (char P)".
func (d *decoder) syntaxError(msg string, pos int) error {
	line := 1
	lastNL := -1
	for i := 0; i < pos && i < len(d.s); i++ {
		if d.s[i] == '\n' {
			line++
			lastNL = i
		}
	}
	col := pos - lastNL
	text := msg + ": line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) + " (char " + strconv.Itoa(pos) + ")"
	e := runtime.NewException(d.errType, text)
	e.SetAttr("msg", runtime.Str(msg))
	e.SetAttr("doc", runtime.Str(d.doc))
	e.SetAttr("pos", runtime.Int(pos))
	e.SetAttr("lineno", runtime.Int(line))
	e.SetAttr("colno", runtime.Int(col))
	return e
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

func (d *decoder) skip(i int) int {
	for i < len(d.s) && isSpace(d.s[i]) {
		i++
	}
	return i
}

// document decodes the whole input.
func (d *decoder) document() (runtime.Value, error) {
	i := d.skip(0)
	v, end, err := d.value(i)
	if err != nil {
		return nil, err
	}
	end = d.skip(end)
	if end != len(d.s) {
		return nil, d.syntaxError("Extra data", end)
	}
	return v, nil
}

func (d *decoder) hasPrefix(i int, p string) bool {
	if i+len(p) > len(d.s) {
		return false
	}
	for j, r := range p {
		if d.s[i+j] != r {
			return false
		}
	}
	return true
}

// value decodes the value starting at i and returns it with the index after it.
func (d *decoder) value(i int) (runtime.Value, int, error) {
	if i >= len(d.s) {
		return nil, i, d.syntaxError("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, err := d.str(i + 1)
		return runtime.Str(s), end, err
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case d.hasPrefix(i, "null"):
		return runtime.None, i + 4, nil
	case d.hasPrefix(i, "true"):
		return runtime.True, i + 4, nil
	case d.hasPrefix(i, "false"):
		return runtime.False, i + 5, nil
	case d.hasPrefix(i, "NaN"):
		return runtime.Float(math.NaN()), i + 3, nil
	case d.hasPrefix(i, "Infinity"):
		return runtime.Float(math.Inf(1)), i + 8, nil
	case d.hasPrefix(i, "-Infinity"):
		return runtime.Float(math.Inf(-1)), i + 9, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number(i)
	}
	return nil, i, d.syntaxError("Expecting value", i)
}

// number decodes an int or a float (CPython's NUMBER_RE).
func (d *decoder) number(i int) (runtime.Value, int, error) {
	start := i
	if d.s[i] == '-' {
		i++
	}
	if i >= len(d.s) || d.s[i] < '0' || d.s[i] > '9' {
		return nil, start, d.syntaxError("Expecting value", start)
	}
	if d.s[i] == '0' {
		i++
	} else {
		for i < len(d.s) && d.s[i] >= '0' && d.s[i] <= '9' {
			i++
		}
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && d.s[i+1] >= '0' && d.s[i+1] <= '9' {
		isFloat = true
		i += 2
		for i < len(d.s) && d.s[i] >= '0' && d.s[i] <= '9' {
			i++
		}
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if j < len(d.s) && d.s[j] >= '0' && d.s[j] <= '9' {
			for j < len(d.s) && d.s[j] >= '0' && d.s[j] <= '9' {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := string(d.s[start:i])
	if isFloat {
		if d.parseFloat != nil && d.parseFloat != runtime.None {
			v, err := runtime.Call(d.th, d.parseFloat, []runtime.Value{runtime.Str(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return nil, start, d.syntaxError("Expecting value", start)
		}
		return runtime.Float(f), i, nil
	}
	if d.parseInt != nil && d.parseInt != runtime.None {
		v, err := runtime.Call(d.th, d.parseInt, []runtime.Value{runtime.Str(text)}, nil)
		return v, i, err
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return runtime.Int(n), i, nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	return runtime.IntFromBig(b), i, nil
}

// str decodes a string whose opening quote is just before i.
func (d *decoder) str(i int) (string, int, error) {
	start := i - 1
	var sb strings.Builder
	for {
		if i >= len(d.s) {
			return "", i, d.syntaxError("Unterminated string starting at", start)
		}
		c := d.s[i]
		switch {
		case c == '"':
			return sb.String(), i + 1, nil
		case c == '\\':
			i++
			if i >= len(d.s) {
				return "", i, d.syntaxError("Unterminated string starting at", start)
			}
			switch e := d.s[i]; e {
			case '"', '\\', '/':
				sb.WriteRune(e)
			case 'b':
				sb.WriteByte('\b')
			case 'f':
				sb.WriteByte('\f')
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				r, ok := d.hex4(i + 1)
				if !ok {
					return "", i, d.syntaxError("Invalid \\uXXXX escape", i-1)
				}
				i += 4
				if r >= 0xd800 && r <= 0xdbff && d.hasPrefix(i+1, "\\u") {
					if lo, ok := d.hex4(i + 3); ok && lo >= 0xdc00 && lo <= 0xdfff {
						r = 0x10000 + (r-0xd800)<<10 + (lo - 0xdc00)
						i += 6
					}
				}
				sb.WriteRune(r)
			default:
				return "", i, d.syntaxError("Invalid \\escape", i-1)
			}
			i++
		case c < 0x20 && d.strictCtrls:
			return "", i, d.syntaxError("Invalid control character at", i)
		default:
			sb.WriteRune(c)
			i++
		}
	}
}

func (d *decoder) hex4(i int) (rune, bool) {
	if i+4 > len(d.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.s[i:i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}

func (d *decoder) nest(i int) error {
	d.depth++
	if d.depth > 1000 {
		return runtime.NewException(runtime.RecursionErrorType, "maximum recursion depth exceeded while decoding a JSON document")
	}
	return nil
}

// object decodes an object whose '{' is just before i.
func (d *decoder) object(i int) (runtime.Value, int, error) {
	if err := d.nest(i); err != nil {
		return nil, i, err
	}
	defer func() { d.depth-- }()
	var pairs []runtime.Value
	i = d.skip(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(pairs, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, i, d.syntaxError("Expecting property name enclosed in double quotes", i)
		}
		key, end, err := d.str(i + 1)
		if err != nil {
			return nil, end, err
		}
		i = d.skip(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return nil, i, d.syntaxError("Expecting ':' delimiter", i)
		}
		i = d.skip(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			return nil, end, err
		}
		pairs = append(pairs, runtime.Tuple{runtime.Str(key), v})
		i = d.skip(end)
		if i < len(d.s) && d.s[i] == '}' {
			return d.finishObject(pairs, i+1)
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, i, d.syntaxError("Expecting ',' delimiter", i)
		}
		i = d.skip(i + 1)
	}
}

func (d *decoder) finishObject(pairs []runtime.Value, end int) (runtime.Value, int, error) {
	if d.pairsHook != nil && d.pairsHook != runtime.None {
		v, err := runtime.Call(d.th, d.pairsHook, []runtime.Value{runtime.NewList(pairs)}, nil)
		return v, end, err
	}
	obj := runtime.NewDict()
	for _, p := range pairs {
		t := p.(runtime.Tuple)
		if err := obj.Set(d.th, t[0], t[1]); err != nil {
			return nil, end, err
		}
	}
	if d.objectHook != nil && d.objectHook != runtime.None {
		v, err := runtime.Call(d.th, d.objectHook, []runtime.Value{obj}, nil)
		return v, end, err
	}
	return obj, end, nil
}

// array decodes an array whose '[' is just before i.
func (d *decoder) array(i int) (runtime.Value, int, error) {
	if err := d.nest(i); err != nil {
		return nil, i, err
	}
	defer func() { d.depth-- }()
	var items []runtime.Value
	i = d.skip(i)
	if i < len(d.s) && d.s[i] == ']' {
		return runtime.NewList(items), i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return nil, end, err
		}
		items = append(items, v)
		i = d.skip(end)
		if i < len(d.s) && d.s[i] == ']' {
			return runtime.NewList(items), i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, i, d.syntaxError("Expecting ',' delimiter", i)
		}
		i = d.skip(i + 1)
	}
}
