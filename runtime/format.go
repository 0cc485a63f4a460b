package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aiolang/aio/internal/pyrepr"
)

// FormatSpec is a parsed format specification ([[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]), shared by format(), str.format and f-strings.
type FormatSpec struct {
	Fill      rune
	Align     byte // 0, '<', '>', '^', '='
	Sign      byte // 0, '+', '-', ' '
	NoNegZero bool // 'z'
	Alt       bool // '#'
	Zero      bool // '0'
	Width     int  // -1: none
	Grouping  byte // 0, ',', '_'
	Precision int  // -1: none
	Type      byte // 0 or the type letter
}

// ParseFormatSpec parses spec; typeName is used in error messages.
func ParseFormatSpec(spec, typeName string) (FormatSpec, error) {
	fs := FormatSpec{Fill: ' ', Width: -1, Precision: -1}
	s := spec
	fillGiven := false
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		fs.Fill, fs.Align = r, s[n]
		fillGiven = true
		s = s[n+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		fs.Align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		fs.Sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		fs.NoNegZero = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		fs.Alt = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		fs.Zero = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		fs.Width, _ = strconv.Atoi(s[:i])
		s = s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		fs.Grouping = s[0]
		s = s[1:]
		if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
			return fs, ValueErrorf("Cannot specify both ',' and '_'.")
		}
	}
	if len(s) > 0 && s[0] == '.' {
		s = s[1:]
		i = 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			return fs, ValueErrorf("Format specifier missing precision")
		}
		fs.Precision, _ = strconv.Atoi(s[:i])
		s = s[i:]
	}
	if len(s) > 1 {
		return fs, ValueErrorf("Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if len(s) == 1 {
		fs.Type = s[0]
	}
	if fs.Zero && !fillGiven {
		fs.Fill = '0'
	}
	if fs.Grouping != 0 {
		switch fs.Type {
		case 0, 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%':
		case 'b', 'o', 'x', 'X':
			if fs.Grouping == ',' {
				return fs, ValueErrorf("Cannot specify ',' with '%c'.", fs.Type)
			}
		default:
			return fs, ValueErrorf("Cannot specify '%c' with '%c'.", fs.Grouping, fs.Type)
		}
	}
	return fs, nil
}

// pad applies width, fill and alignment to a formatted body (sign/prefix separate for '=').
func (fs *FormatSpec) pad(sign, body string, defaultAlign byte) string {
	n := utf8.RuneCountInString(sign) + utf8.RuneCountInString(body)
	if fs.Width <= n {
		if sign == "" {
			return body
		}
		return sign + body
	}
	align := fs.Align
	if align == 0 {
		align = defaultAlign
		if fs.Zero && defaultAlign == '>' {
			align = '='
		}
	}
	total := fs.Width - n
	left := 0
	switch align {
	case '<':
	case '^':
		left = total / 2
	default: // '>' and '='
		left = total
	}
	var fb [utf8.UTFMax]byte
	f := fb[:utf8.EncodeRune(fb[:], fs.Fill)]
	var sb strings.Builder
	sb.Grow(len(sign) + len(body) + total*len(f))
	if align == '=' {
		sb.WriteString(sign)
	}
	for k := 0; k < left; k++ {
		sb.Write(f)
	}
	if align != '=' {
		sb.WriteString(sign)
	}
	sb.WriteString(body)
	for k := left; k < total; k++ {
		sb.Write(f)
	}
	return sb.String()
}

// group inserts sep every n digits from the right of an integer digit string.
func group(digits string, sep byte, n int) string {
	if len(digits) <= n {
		return digits
	}
	var sb strings.Builder
	first := len(digits) % n
	if first > 0 {
		sb.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += n {
		if sb.Len() > 0 {
			sb.WriteByte(sep)
		}
		sb.WriteString(digits[i : i+n])
	}
	return sb.String()
}

// groupZeroPadded groups digits, zero padding them first so that the whole number reaches
// width (CPython pads inside the grouping).
func (fs *FormatSpec) groupDigits(digits string, n int, signLen int) string {
	if fs.Grouping == 0 {
		return digits
	}
	g := group(digits, fs.Grouping, n)
	if (fs.Align == '=' || (fs.Align == 0 && fs.Zero)) && fs.Fill == '0' && fs.Width > 0 {
		for utf8.RuneCountInString(g)+signLen < fs.Width {
			digits = "0" + digits
			g = group(digits, fs.Grouping, n)
			if strings.HasPrefix(g, string(fs.Grouping)) {
				g = "0" + g
			}
		}
	}
	return g
}

func (fs *FormatSpec) signOf(neg bool) string {
	if neg {
		return "-"
	}
	switch fs.Sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

// format implements Format.
func format(th *Thread, v Value, spec string) (string, error) {
	t := v.Type()
	if f, ok := userMethod(t, "__format__"); ok {
		r, err := callDunder(th, f, v, Str(spec))
		if err != nil {
			return "", err
		}
		s, ok := r.(Str)
		if !ok {
			return "", TypeErrorf("__format__ must return a str, not %s", r.Type().Name)
		}
		return string(s), nil
	}
	if spec == "" {
		return ToStr(th, v)
	}
	switch x := v.(type) {
	case Int:
		return formatInt(x, spec, "int")
	case Float:
		return formatFloat(float64(x), spec)
	case Str:
		return FormatStr(string(x), spec)
	}
	switch unwrapBase(v).(type) {
	case Str, Bool, Int, *BigInt, Float, Complex:
		return formatBuiltin(th, v, spec)
	}
	if f, ok := t.Lookup("__format__"); ok {
		if _, isMD := f.(*MethodDescr); isMD {
			r, err := callDunder(th, f, v, Str(spec))
			if err != nil {
				return "", err
			}
			if s, ok := r.(Str); ok {
				return string(s), nil
			}
		}
	}
	return "", TypeErrorf("unsupported format string passed to %s.__format__", t.Name)
}

// FormatStr formats a str with a format spec.
func FormatStr(s, spec string) (string, error) {
	fs, err := ParseFormatSpec(spec, "str")
	if err != nil {
		return "", err
	}
	if fs.Type != 0 && fs.Type != 's' {
		return "", ValueErrorf("Unknown format code '%c' for object of type 'str'", fs.Type)
	}
	if fs.NoNegZero {
		return "", ValueErrorf("Negative zero coercion (z) not allowed in string format specifier")
	}
	if fs.Sign == ' ' {
		return "", ValueErrorf("Space not allowed in string format specifier")
	}
	if fs.Sign != 0 {
		return "", ValueErrorf("Sign not allowed in string format specifier")
	}
	if fs.Alt {
		return "", ValueErrorf("Alternate form (#) not allowed in string format specifier")
	}
	if fs.Align == '=' {
		return "", ValueErrorf("'=' alignment not allowed in string format specifier")
	}
	if fs.Grouping != 0 {
		return "", ValueErrorf("Cannot specify '%c' with 's'.", fs.Grouping)
	}
	if fs.Precision >= 0 {
		if rs := []rune(s); len(rs) > fs.Precision {
			s = string(rs[:fs.Precision])
		}
	}
	return fs.pad("", s, '<'), nil
}

func formatInt(v Value, spec, typeName string) (string, error) {
	fs, err := ParseFormatSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	switch fs.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := toFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(f, fs)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", ValueErrorf("Unknown format code '%c' for object of type '%s'", fs.Type, typeName)
	}
	if fs.Precision >= 0 {
		return "", ValueErrorf("Precision not allowed in integer format specifier")
	}
	if fs.NoNegZero {
		return "", ValueErrorf("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if x, ok := AsInt64(v); ok && x != math.MinInt64 && fs.Type != 'c' {
		// fast path without math/big
		neg := x < 0
		if neg {
			x = -x
		}
		base, prefix, groupN := intBase(fs.Type)
		return fs.padInt(neg, strconv.FormatInt(x, base), prefix, groupN), nil
	}
	b := toBig(v)
	if fs.Type == 'c' {
		if fs.Sign != 0 {
			return "", ValueErrorf("Sign not allowed with integer format specifier 'c'")
		}
		if !b.IsInt64() {
			return "", OverflowErrorf("Python int too large to convert to C long")
		}
		if b.Int64() < 0 || b.Int64() > 0x10ffff {
			return "", OverflowErrorf("%%c arg not in range(0x110000)")
		}
		return fs.pad("", string(rune(b.Int64())), '>'), nil
	}
	neg := b.Sign() < 0
	abs := new(big.Int).Abs(b)
	base, prefix, groupN := intBase(fs.Type)
	return fs.padInt(neg, abs.Text(base), prefix, groupN), nil
}

// intBase returns the base, the '#' prefix and the digits per '_' group
// of integer presentation type t (0, 'd', 'n', 'b', 'o', 'x' or 'X').
func intBase(t byte) (base int, prefix string, groupN int) {
	switch t {
	case 'b':
		return 2, "0b", 4
	case 'o':
		return 8, "0o", 4
	case 'x':
		return 16, "0x", 4
	case 'X':
		return 16, "0X", 4
	}
	return 10, "", 3
}

// padInt lays out the digits of an integer's absolute value (in the base
// of intBase) with its sign, '#' prefix, grouping and padding.
func (fs *FormatSpec) padInt(neg bool, digits, prefix string, groupN int) string {
	if fs.Type == 'X' {
		digits = strings.ToUpper(digits)
	}
	if !fs.Alt {
		prefix = ""
	}
	sign := fs.signOf(neg) + prefix
	digits = fs.groupDigits(digits, groupN, len(sign))
	return fs.pad(sign, digits, '>')
}

func formatFloat(f float64, spec string) (string, error) {
	fs, err := ParseFormatSpec(spec, "float")
	if err != nil {
		return "", err
	}
	switch fs.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", ValueErrorf("Unknown format code '%c' for object of type 'float'", fs.Type)
	}
	return formatFloatSpec(f, fs)
}

// formatFloatBody formats |f| per type and precision (no sign, no padding).
func formatFloatBody(f float64, typ byte, prec int, alt bool) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		s := "inf"
		if math.IsNaN(f) {
			s = "nan"
		}
		if typ == 'E' || typ == 'F' || typ == 'G' {
			s = strings.ToUpper(s)
		}
		if typ == '%' {
			s += "%"
		}
		return s
	}
	switch typ {
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		s := strconv.FormatFloat(f, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	case '%':
		if prec < 0 {
			prec = 6
		}
		s := strconv.FormatFloat(f*100, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s + "%"
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		s := fixExp(strconv.FormatFloat(f, 'e', prec, 64))
		if alt && prec == 0 {
			i := strings.IndexByte(s, 'e')
			s = s[:i] + "." + s[i:]
		}
		if typ == 'E' {
			s = strings.ToUpper(s)
		}
		return s
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		s := formatG(f, prec, alt, false)
		if typ == 'G' {
			s = strings.ToUpper(s)
		}
		return s
	default: // none
		if prec < 0 {
			return pyrepr.Float(f)
		}
		return formatG(f, max(prec, 1), alt, true)
	}
}

// fixExp makes Go's exponent at least two digits (Go already does) — kept for clarity.
func fixExp(s string) string { return s }

// formatG is %g with precision p; keepPoint adds ".0" to fixed results without a point
// (the no-type float format).
func formatG(f float64, p int, alt, keepPoint bool) string {
	if p == 0 {
		p = 1
	}
	es := strconv.FormatFloat(f, 'e', p-1, 64)
	i := strings.IndexByte(es, 'e')
	exp, _ := strconv.Atoi(es[i+1:])
	var s string
	limit := p
	if keepPoint {
		limit = p - 1
	}
	if exp >= -4 && exp < limit {
		s = strconv.FormatFloat(f, 'f', p-1-exp, 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(s, "0")
			s = strings.TrimSuffix(s, ".")
		}
		if alt && !strings.Contains(s, ".") {
			s += "."
		}
		if keepPoint && !strings.Contains(s, ".") {
			s += ".0"
		}
	} else {
		mant := es[:i]
		if !alt && strings.Contains(mant, ".") {
			mant = strings.TrimRight(mant, "0")
			mant = strings.TrimSuffix(mant, ".")
		}
		if alt && !strings.Contains(mant, ".") {
			mant += "."
		}
		s = mant + es[i:]
	}
	return s
}

func formatFloatSpec(f float64, fs FormatSpec) (string, error) {
	neg := math.Signbit(f) && !math.IsNaN(f)
	af := math.Abs(f)
	body := formatFloatBody(af, fs.Type, fs.Precision, fs.Alt)
	if fs.NoNegZero && neg {
		if strings.Trim(body, "0.%e+-") == "" {
			neg = false
		}
	}
	sign := fs.signOf(neg)
	if fs.Grouping != 0 {
		intPart, rest := body, ""
		if j := strings.IndexAny(body, ".e%"); j >= 0 {
			intPart, rest = body[:j], body[j:]
		}
		if intPart != "inf" && intPart != "nan" {
			body = fs.groupDigits(intPart, 3, len(sign)+utf8.RuneCountInString(rest)) + rest
		}
	}
	return fs.pad(sign, body, '>'), nil
}

func formatComplex(c complex128, spec string) (string, error) {
	fs, err := ParseFormatSpec(spec, "complex")
	if err != nil {
		return "", err
	}
	switch fs.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", ValueErrorf("Unknown format code '%c' for object of type 'complex'", fs.Type)
	}
	if fs.Zero || fs.Fill == '0' {
		return "", ValueErrorf("Zero padding is not allowed in complex format specifier")
	}
	if fs.Align == '=' {
		return "", ValueErrorf("'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	typ := fs.Type
	skipRe, parens := false, false
	if typ == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	part := func(f float64) string {
		if typ == 0 && fs.Precision < 0 {
			return strings.TrimSuffix(pyrepr.Float(math.Abs(f)), ".0")
		}
		t := typ
		if t == 0 || t == 'n' {
			t = 'g'
		}
		body := formatFloatBody(math.Abs(f), t, fs.Precision, fs.Alt)
		if fs.Grouping != 0 {
			intPart, rest := body, ""
			if j := strings.IndexAny(body, ".e"); j >= 0 {
				intPart, rest = body[:j], body[j:]
			}
			if intPart != "inf" && intPart != "nan" {
				body = group(intPart, fs.Grouping, 3) + rest
			}
		}
		return body
	}
	body := ""
	if !skipRe {
		body = fs.signOf(math.Signbit(re) && !math.IsNaN(re)) + part(re)
	}
	isign := "+"
	if math.Signbit(im) && !math.IsNaN(im) {
		isign = "-"
	} else if skipRe {
		isign = fs.signOf(false)
	}
	body += isign + part(im) + "j"
	if parens {
		body = "(" + body + ")"
	}
	return fs.pad("", body, '>'), nil
}

// formatBuiltin is the __format__ of the built-in types: the format-spec mini-language
// for numbers and str, str(v) for an empty spec, TypeError otherwise.
func formatBuiltin(th *Thread, v Value, spec string) (string, error) {
	if spec == "" {
		return ToStr(th, v)
	}
	switch x := unwrapBase(v).(type) {
	case Str:
		return FormatStr(string(x), spec)
	case Bool, Int, *BigInt:
		return formatInt(x, spec, v.Type().Name)
	case Float:
		return formatFloat(float64(x), spec)
	case Complex:
		return formatComplex(complex128(x), spec)
	}
	return "", TypeErrorf("unsupported format string passed to %s.__format__", v.Type().Name)
}
