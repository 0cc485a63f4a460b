package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The methods of str.

func strArg(fname string, v Value) (string, error) {
	switch s := unwrapBase(v).(type) {
	case Str:
		return string(s), nil
	}
	return "", TypeErrorf("%s() argument must be str, not %s", fname, v.Type().Name)
}

// isPySpace reports str.isspace for one code point.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// splitWhitespace is str.split() with no separator.
func splitWhitespace(s string, maxsplit int) []Value {
	var out []Value
	i := 0
	for {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isPySpace(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			return out
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			return append(out, Str(s[i:]))
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isPySpace(r) {
				break
			}
			j += n
		}
		out = append(out, Str(s[i:j]))
		i = j
	}
}

func rsplitWhitespace(s string, maxsplit int) []Value {
	var out []Value
	j := len(s)
	for {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, Str(s[:j]))
			break
		}
		i := j
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if isPySpace(r) {
				break
			}
			i -= n
		}
		out = append(out, Str(s[i:j]))
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// isLineBreak reports the line boundaries of str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// SplitLines implements str.splitlines.
func SplitLines(s string, keepends bool) []Value {
	var out []Value
	i, start := 0, 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLineBreak(r) {
			i += n
			continue
		}
		end := i
		i += n
		if r == '\r' && i < len(s) && s[i] == '\n' {
			i++
		}
		if keepends {
			end = i
		}
		out = append(out, Str(s[start:end]))
		start = i
	}
	if start < len(s) {
		out = append(out, Str(s[start:]))
	}
	return out
}

// strBounds converts optional start/end code-point arguments to byte offsets of s.
func strBounds(th *Thread, s string, args []Value) (string, int, error) {
	n := -1
	ascii := isASCII(s)
	length := len(s)
	if !ascii {
		n = utf8.RuneCountInString(s)
		length = n
	}
	start, end := 0, length
	if len(args) > 0 && args[0] != None {
		v, ok := IndexValue(args[0])
		if !ok {
			return "", 0, TypeErrorf("slice indices must be integers or None or have an __index__ method")
		}
		start = clampIndex(int(v), length)
	}
	if len(args) > 1 && args[1] != None {
		v, ok := IndexValue(args[1])
		if !ok {
			return "", 0, TypeErrorf("slice indices must be integers or None or have an __index__ method")
		}
		end = clampIndex(int(v), length)
	}
	if start > end {
		return "", -1, nil
	}
	if ascii {
		return s[start:end], start, nil
	}
	bs := strIndex(s, start)
	be := bs + strIndex(s[bs:], end-start)
	return s[bs:be], start, nil
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

// runeOffset converts a byte offset in s to a code-point offset.
func runeOffset(s string, b int) int {
	if isASCII(s[:b]) {
		return b
	}
	return utf8.RuneCountInString(s[:b])
}

func strFind(th *Thread, args []Value, kw []string, name string, last bool) (int, error) {
	if err := CheckArity(name, args[1:], kw, 1, 3); err != nil {
		return 0, err
	}
	s := string(args[0].(Str))
	sub, ok := args[1].(Str)
	if !ok {
		return 0, TypeErrorf("must be str, not %s", args[1].Type().Name)
	}
	sl, off, err := strBounds(th, s, args[2:])
	if err != nil || off < 0 {
		return -1, err
	}
	var i int
	if last {
		i = strings.LastIndex(sl, string(sub))
	} else {
		i = strings.Index(sl, string(sub))
	}
	if i < 0 {
		return -1, nil
	}
	return off + runeOffset(sl, i), nil
}

func strStartsEnds(th *Thread, args []Value, kw []string, name string, ends bool) (Value, error) {
	if err := CheckArity(name, args[1:], kw, 1, 3); err != nil {
		return nil, err
	}
	s := string(args[0].(Str))
	sl, off, err := strBounds(th, s, args[2:])
	if err != nil {
		return nil, err
	}
	check := func(p Value) (bool, error) {
		ps, ok := p.(Str)
		if !ok {
			return false, TypeErrorf("%s first arg must be str or a tuple of str, not %s", name, p.Type().Name)
		}
		if off < 0 {
			return false, nil
		}
		if ends {
			return strings.HasSuffix(sl, string(ps)), nil
		}
		return strings.HasPrefix(sl, string(ps)), nil
	}
	if t, ok := args[1].(Tuple); ok {
		for _, p := range t {
			ok, err := check(p)
			if err != nil {
				return nil, TypeErrorf("tuple for %s must only contain str, not %s", name, p.Type().Name)
			}
			if ok {
				return True, nil
			}
		}
		return False, nil
	}
	r, err := check(args[1])
	return Bool(r), err
}

func stripChars(args []Value, kw []string, name string) (string, func(rune) bool, error) {
	if err := CheckArity(name, args[1:], kw, 0, 1); err != nil {
		return "", nil, err
	}
	s := string(args[0].(Str))
	if len(args) < 2 || args[1] == None {
		return s, isPySpace, nil
	}
	cs, ok := args[1].(Str)
	if !ok {
		return "", nil, TypeErrorf("%s arg must be None or str", name)
	}
	return s, func(r rune) bool { return strings.ContainsRune(string(cs), r) }, nil
}

func fillArg(name string, args []Value) (rune, error) {
	if len(args) < 3 {
		return ' ', nil
	}
	f, ok := args[2].(Str)
	if !ok {
		return 0, TypeErrorf("%s() argument 2 must be str, not %s", name, args[2].Type().Name)
	}
	if utf8.RuneCountInString(string(f)) != 1 {
		return 0, TypeErrorf("The fill character must be exactly one character long")
	}
	r, _ := utf8.DecodeRuneInString(string(f))
	return r, nil
}

func strPad(name string, args []Value, kw []string, how byte) (Value, error) {
	if err := CheckArity(name, args[1:], kw, 1, 2); err != nil {
		return nil, err
	}
	s := string(args[0].(Str))
	w, ok := IndexValue(args[1])
	if !ok {
		return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", args[1].Type().Name)
	}
	fill, err := fillArg(name, args)
	if err != nil {
		return nil, err
	}
	n := utf8.RuneCountInString(s)
	pad := int(w) - n
	if pad <= 0 {
		return args[0], nil
	}
	f := string(fill)
	switch how {
	case '<':
		return Str(s + strings.Repeat(f, pad)), nil
	case '>':
		return Str(strings.Repeat(f, pad) + s), nil
	}
	left := pad/2 + (pad & int(w) & 1)
	return Str(strings.Repeat(f, left) + s + strings.Repeat(f, pad-left)), nil
}

func strPredicate(name string, empty bool, pred func(r rune) bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		if err := CheckArity(name, args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		s := string(args[0].(Str))
		if s == "" {
			return Bool(empty), nil
		}
		for _, r := range s {
			if !pred(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func strMap(name string, f func(string) string) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		if err := CheckArity(name, args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		return Str(f(string(args[0].(Str)))), nil
	}
}

// pyUpper is str.upper (with the full case mappings Go lacks, like ß → SS).
func pyUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var sb strings.Builder
	for _, r := range s {
		if sp, ok := specialUpper[r]; ok {
			sb.WriteString(sp)
		} else {
			sb.WriteRune(unicode.ToUpper(r))
		}
	}
	return sb.String()
}

var specialUpper = map[rune]string{'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST"}

func pyLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var sb strings.Builder
	for _, r := range s {
		if r == 'İ' {
			sb.WriteString("i̇")
			continue
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

func pyTitle(s string) string {
	var sb strings.Builder
	prevCased := false
	for _, r := range s {
		if prevCased {
			sb.WriteString(pyLower(string(r)))
		} else if r == 'ß' {
			sb.WriteString("Ss")
		} else {
			sb.WriteRune(unicode.ToTitle(r))
		}
		prevCased = isCased(r)
	}
	return sb.String()
}

func pyCapitalize(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	first := string(unicode.ToTitle(r))
	if r == 'ß' {
		first = "Ss"
	}
	return first + pyLower(s[n:])
}

func pySwapcase(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			sb.WriteString(pyLower(string(r)))
		case unicode.IsLower(r):
			sb.WriteString(pyUpper(string(r)))
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// JoinStrings implements sep.join(iterable).
func JoinStrings(th *Thread, sep string, it Value) (string, error) {
	items, err := Items(th, it)
	if err != nil {
		return "", err
	}
	if len(items) == 1 {
		if s, ok := items[0].(Str); ok {
			return string(s), nil
		}
	}
	size := len(sep) * max(len(items)-1, 0)
	for _, v := range items {
		if s, ok := v.(Str); ok {
			size += len(s)
		}
	}
	var sb strings.Builder
	sb.Grow(size)
	for i, v := range items {
		s, ok := v.(Str)
		if !ok {
			if o, isObj := v.(*Object); isObj && o.Base != nil {
				s, ok = o.Base.(Str)
			}
			if !ok {
				return "", TypeErrorf("sequence item %d: expected str instance, %s found", i, v.Type().Name)
			}
		}
		if i > 0 {
			sb.WriteString(sep)
		}
		sb.WriteString(string(s))
	}
	return sb.String(), nil
}

func init() {
	addMethods(StrType, map[string]BuiltinFunc{
		"split": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, sp, ws, maxsplit, err := splitArgs("split", args, kw)
			if err != nil {
				return nil, err
			}
			if ws {
				return &List{Items: splitWhitespace(s, maxsplit)}, nil
			}
			parts := strings.SplitN(s, sp, maxsplit+1)
			if maxsplit < 0 {
				parts = strings.Split(s, sp)
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = Str(p)
			}
			return &List{Items: out}, nil
		},
		"rsplit": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, sp, ws, maxsplit, err := splitArgs("rsplit", args, kw)
			if err != nil {
				return nil, err
			}
			if ws {
				return &List{Items: rsplitWhitespace(s, maxsplit)}, nil
			}
			var out []Value
			for maxsplit < 0 || len(out) < maxsplit {
				i := strings.LastIndex(s, sp)
				if i < 0 {
					break
				}
				out = append(out, Str(s[i+len(sp):]))
				s = s[:i]
			}
			out = append(out, Str(s))
			for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
				out[a], out[b] = out[b], out[a]
			}
			return &List{Items: out}, nil
		},
		"splitlines": func(th *Thread, args []Value, kw []string) (Value, error) {
			keep := false
			if err := UnpackArgs("splitlines", args[1:], kw, "keepends?", &keep); err != nil {
				return nil, err
			}
			return &List{Items: SplitLines(string(args[0].(Str)), keep)}, nil
		},
		"join": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("join", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			s, err := JoinStrings(th, string(args[0].(Str)), args[1])
			return Str(s), err
		},
		"strip": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, f, err := stripChars(args, kw, "strip")
			if err != nil {
				return nil, err
			}
			return Str(strings.TrimFunc(s, f)), nil
		},
		"lstrip": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, f, err := stripChars(args, kw, "lstrip")
			if err != nil {
				return nil, err
			}
			return Str(strings.TrimLeftFunc(s, f)), nil
		},
		"rstrip": func(th *Thread, args []Value, kw []string) (Value, error) {
			s, f, err := stripChars(args, kw, "rstrip")
			if err != nil {
				return nil, err
			}
			return Str(strings.TrimRightFunc(s, f)), nil
		},
		"replace": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("replace", args[1:], kw, 2, 3); err != nil {
				return nil, err
			}
			old, err := strArg("replace", args[1])
			if err != nil {
				return nil, TypeErrorf("replace() argument 1 must be str, not %s", args[1].Type().Name)
			}
			nw, err := strArg("replace", args[2])
			if err != nil {
				return nil, TypeErrorf("replace() argument 2 must be str, not %s", args[2].Type().Name)
			}
			n := -1
			if len(args) > 3 {
				c, ok := IndexValue(args[3])
				if !ok {
					return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", args[3].Type().Name)
				}
				n = int(c)
			}
			return Str(strings.Replace(string(args[0].(Str)), old, nw, n)), nil
		},
		"startswith": func(th *Thread, args []Value, kw []string) (Value, error) {
			return strStartsEnds(th, args, kw, "startswith", false)
		},
		"endswith": func(th *Thread, args []Value, kw []string) (Value, error) {
			return strStartsEnds(th, args, kw, "endswith", true)
		},
		"find": func(th *Thread, args []Value, kw []string) (Value, error) {
			i, err := strFind(th, args, kw, "find", false)
			return Int(i), err
		},
		"rfind": func(th *Thread, args []Value, kw []string) (Value, error) {
			i, err := strFind(th, args, kw, "rfind", true)
			return Int(i), err
		},
		"index": func(th *Thread, args []Value, kw []string) (Value, error) {
			i, err := strFind(th, args, kw, "index", false)
			if err == nil && i < 0 {
				err = ValueErrorf("substring not found")
			}
			return Int(i), err
		},
		"rindex": func(th *Thread, args []Value, kw []string) (Value, error) {
			i, err := strFind(th, args, kw, "rindex", true)
			if err == nil && i < 0 {
				err = ValueErrorf("substring not found")
			}
			return Int(i), err
		},
		"count": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("count", args[1:], kw, 1, 3); err != nil {
				return nil, err
			}
			sub, ok := args[1].(Str)
			if !ok {
				return nil, TypeErrorf("must be str, not %s", args[1].Type().Name)
			}
			sl, off, err := strBounds(th, string(args[0].(Str)), args[2:])
			if err != nil || off < 0 {
				return Int(0), err
			}
			if sub == "" {
				return Int(utf8.RuneCountInString(sl) + 1), nil
			}
			return Int(strings.Count(sl, string(sub))), nil
		},
		"upper":      strMap("upper", pyUpper),
		"lower":      strMap("lower", pyLower),
		"casefold":   strMap("casefold", func(s string) string { return strings.ReplaceAll(pyLower(s), "ß", "ss") }),
		"title":      strMap("title", pyTitle),
		"capitalize": strMap("capitalize", pyCapitalize),
		"swapcase":   strMap("swapcase", pySwapcase),
		"center": func(th *Thread, args []Value, kw []string) (Value, error) {
			return strPad("center", args, kw, '^')
		},
		"ljust": func(th *Thread, args []Value, kw []string) (Value, error) {
			return strPad("ljust", args, kw, '<')
		},
		"rjust": func(th *Thread, args []Value, kw []string) (Value, error) {
			return strPad("rjust", args, kw, '>')
		},
		"zfill": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("zfill", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			s := string(args[0].(Str))
			w, ok := IndexValue(args[1])
			if !ok {
				return nil, TypeErrorf("'%s' object cannot be interpreted as an integer", args[1].Type().Name)
			}
			n := utf8.RuneCountInString(s)
			if int(w) <= n {
				return args[0], nil
			}
			pad := strings.Repeat("0", int(w)-n)
			if s != "" && (s[0] == '+' || s[0] == '-') {
				return Str(s[:1] + pad + s[1:]), nil
			}
			return Str(pad + s), nil
		},
		"partition":  strPartition("partition", false),
		"rpartition": strPartition("rpartition", true),
		"isdigit": strPredicate("isdigit", false, func(r rune) bool {
			return unicode.IsDigit(r) || (r >= '⁰' && r <= '⁹') || r == '²' || r == '³' || r == '¹' || (r >= '₀' && r <= '₉') || (r >= '①' && r <= '⑨')
		}),
		"isdecimal": strPredicate("isdecimal", false, unicode.IsDigit),
		"isnumeric": strPredicate("isnumeric", false, func(r rune) bool {
			return unicode.IsNumber(r) || unicode.Is(unicode.Han, r) && strings.ContainsRune("零一二三四五六七八九十百千万亿", r)
		}),
		"isalpha": strPredicate("isalpha", false, unicode.IsLetter),
		"isalnum": strPredicate("isalnum", false, func(r rune) bool {
			return unicode.IsLetter(r) || unicode.IsNumber(r)
		}),
		"isspace": strPredicate("isspace", false, isPySpace),
		"isascii": strPredicate("isascii", true, func(r rune) bool { return r < 0x80 }),
		"isprintable": strPredicate("isprintable", true, func(r rune) bool {
			return r == ' ' || (unicode.IsPrint(r) && r != 0xad)
		}),
		"isupper": func(th *Thread, args []Value, kw []string) (Value, error) {
			cased := false
			for _, r := range string(args[0].(Str)) {
				if unicode.IsLower(r) || unicode.IsTitle(r) {
					return False, nil
				}
				if unicode.IsUpper(r) {
					cased = true
				}
			}
			return Bool(cased), nil
		},
		"islower": func(th *Thread, args []Value, kw []string) (Value, error) {
			cased := false
			for _, r := range string(args[0].(Str)) {
				if unicode.IsUpper(r) || unicode.IsTitle(r) {
					return False, nil
				}
				if unicode.IsLower(r) {
					cased = true
				}
			}
			return Bool(cased), nil
		},
		"istitle": func(th *Thread, args []Value, kw []string) (Value, error) {
			cased, prevCased := false, false
			for _, r := range string(args[0].(Str)) {
				switch {
				case unicode.IsUpper(r) || unicode.IsTitle(r):
					if prevCased {
						return False, nil
					}
					prevCased, cased = true, true
				case unicode.IsLower(r):
					if !prevCased {
						return False, nil
					}
					prevCased, cased = true, true
				default:
					prevCased = false
				}
			}
			return Bool(cased), nil
		},
		"isidentifier": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Bool(IsIdentifier(string(args[0].(Str)))), nil
		},
		"format": func(th *Thread, args []Value, kw []string) (Value, error) {
			npos := len(args) - len(kw)
			var kwargs *Dict
			if len(kw) > 0 {
				kwargs = KwargsDict(args, kw)
			}
			s, err := StrFormat(th, string(args[0].(Str)), args[1:npos], kwargs)
			return Str(s), err
		},
		"format_map": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("format_map", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			s, err := strFormat(th, string(args[0].(Str)), nil, args[1])
			return Str(s), err
		},
		"encode": func(th *Thread, args []Value, kw []string) (Value, error) {
			enc, errs := "utf-8", "strict"
			if err := UnpackArgs("encode", args[1:], kw, "encoding?", &enc, "errors?", &errs); err != nil {
				return nil, err
			}
			b, err := Encode(string(args[0].(Str)), enc, errs)
			return Bytes(b), err
		},
		"expandtabs": func(th *Thread, args []Value, kw []string) (Value, error) {
			size := 8
			if err := UnpackArgs("expandtabs", args[1:], kw, "tabsize?", &size); err != nil {
				return nil, err
			}
			var sb strings.Builder
			col := 0
			for _, r := range string(args[0].(Str)) {
				switch r {
				case '\t':
					if size > 0 {
						n := size - col%size
						sb.WriteString(strings.Repeat(" ", n))
						col += n
					}
				case '\n', '\r':
					sb.WriteRune(r)
					col = 0
				default:
					sb.WriteRune(r)
					col++
				}
			}
			return Str(sb.String()), nil
		},
		"removeprefix": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("removeprefix", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			p, err := strArg("removeprefix", args[1])
			if err != nil {
				return nil, err
			}
			return Str(strings.TrimPrefix(string(args[0].(Str)), p)), nil
		},
		"removesuffix": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("removesuffix", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			p, err := strArg("removesuffix", args[1])
			if err != nil {
				return nil, err
			}
			return Str(strings.TrimSuffix(string(args[0].(Str)), p)), nil
		},
		"translate": func(th *Thread, args []Value, kw []string) (Value, error) {
			if err := CheckArity("translate", args[1:], kw, 1, 1); err != nil {
				return nil, err
			}
			var sb strings.Builder
			for _, r := range string(args[0].(Str)) {
				v, err := GetItem(th, args[1], Int(r))
				if err != nil {
					if IsInstanceOf(err, LookupErrorType) {
						sb.WriteRune(r)
						continue
					}
					return nil, err
				}
				switch x := v.(type) {
				case NoneValue:
				case Str:
					sb.WriteString(string(x))
				case Int:
					sb.WriteRune(rune(x))
				default:
					return nil, TypeErrorf("character mapping must return integer, None or str")
				}
			}
			return Str(sb.String()), nil
		},
		"__len__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return Int(StrLen(string(args[0].(Str)))), nil
		},
		"__getitem__":  getItemDunder,
		"__contains__": containsDunder,
		"__iter__": func(th *Thread, args []Value, kw []string) (Value, error) {
			return args[0].(Str).Iter(), nil
		},
	})
	StrType.Dict.SetStr("maketrans", &StaticMethod{Func: NewBuiltin("maketrans", func(th *Thread, args []Value, kw []string) (Value, error) {
		if err := CheckArity("maketrans", args, kw, 1, 3); err != nil {
			return nil, err
		}
		d := NewDict()
		if len(args) == 1 {
			src, ok := args[0].(*Dict)
			if !ok {
				return nil, TypeErrorf("if you give only one argument to maketrans it must be a dict")
			}
			var err error
			src.Items(func(k, v Value) bool {
				if s, ok := k.(Str); ok {
					r, _ := utf8.DecodeRuneInString(string(s))
					k = Int(r)
				}
				err = d.Set(th, k, v)
				return err == nil
			})
			return d, err
		}
		x, _ := args[0].(Str)
		y, _ := args[1].(Str)
		xr, yr := []rune(string(x)), []rune(string(y))
		if len(xr) != len(yr) {
			return nil, ValueErrorf("the first two maketrans arguments must have equal length")
		}
		for i := range xr {
			d.Set(th, Int(xr[i]), Int(yr[i]))
		}
		if len(args) == 3 {
			z, _ := args[2].(Str)
			for _, r := range string(z) {
				d.Set(th, Int(r), None)
			}
		}
		return d, nil
	})})
}

// IsIdentifier reports str.isidentifier.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return true
}

// splitArgs unpacks the arguments of str.split and str.rsplit: the
// string, the separator (ws reports a sep of None: split on runs of
// whitespace) and maxsplit.
func splitArgs(name string, args []Value, kw []string) (s, sep string, ws bool, maxsplit int, err error) {
	var sepv Value = None
	maxsplit = -1
	if err := UnpackArgs(name, args[1:], kw, "sep?", &sepv, "maxsplit?", &maxsplit); err != nil {
		return "", "", false, 0, err
	}
	s = string(args[0].(Str))
	if sepv == None {
		return s, "", true, maxsplit, nil
	}
	sp, ok := sepv.(Str)
	if !ok {
		return "", "", false, 0, TypeErrorf("must be str or None, not %s", sepv.Type().Name)
	}
	if sp == "" {
		return "", "", false, 0, ValueErrorf("empty separator")
	}
	return s, string(sp), false, maxsplit, nil
}

// strPartition builds str.partition (last false: at the first sep) and
// str.rpartition (at the last); when sep is absent the string stands
// first for partition and last for rpartition.
func strPartition(name string, last bool) BuiltinFunc {
	return func(th *Thread, args []Value, kw []string) (Value, error) {
		if err := CheckArity(name, args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		sep, ok := args[1].(Str)
		if !ok {
			return nil, TypeErrorf("must be str, not %s", args[1].Type().Name)
		}
		if sep == "" {
			return nil, ValueErrorf("empty separator")
		}
		s := string(args[0].(Str))
		var i int
		if last {
			i = strings.LastIndex(s, string(sep))
		} else {
			i = strings.Index(s, string(sep))
		}
		if i >= 0 {
			return Tuple{Str(s[:i]), sep, Str(s[i+len(sep):])}, nil
		}
		if last {
			return Tuple{Str(""), Str(""), args[0]}, nil
		}
		return Tuple{args[0], Str(""), Str("")}, nil
	}
}
