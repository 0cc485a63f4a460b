package runtime

import (
	"math/big"
	"strconv"
	"strings"
)

// PercentFormat implements printf-style formatting (str % args, also used for bytes).
func PercentFormat(th *Thread, f string, args Value) (string, error) {
	var items []Value
	var mapping Value
	switch a := args.(type) {
	case Tuple:
		items = a
	case *Dict:
		mapping = a
		items = []Value{a}
	default:
		if o, ok := a.(*Object); ok {
			if _, has := o.typ.Lookup("__getitem__"); has {
				mapping = a
			}
		}
		items = []Value{args}
	}
	argi := 0
	nextArg := func() (Value, error) {
		if argi >= len(items) {
			return nil, TypeErrorf("not enough arguments for format string")
		}
		v := items[argi]
		argi++
		return v, nil
	}
	var sb strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			sb.WriteByte(c)
			continue
		}
		i++
		if i >= len(f) {
			return "", ValueErrorf("incomplete format")
		}
		var arg Value
		if f[i] == '(' {
			if mapping == nil {
				return "", TypeErrorf("format requires a mapping")
			}
			depth := 1
			j := i + 1
			for j < len(f) && depth > 0 {
				if f[j] == '(' {
					depth++
				} else if f[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", ValueErrorf("incomplete format key")
			}
			key := f[i+1 : j-1]
			v, err := GetItem(th, mapping, Str(key))
			if err != nil {
				return "", err
			}
			arg = v
			i = j
		}
		fs := FormatSpec{Fill: ' ', Width: -1, Precision: -1}
		left := false
		for ; i < len(f); i++ {
			switch f[i] {
			case '-':
				left = true
				continue
			case '+':
				fs.Sign = '+'
				continue
			case ' ':
				if fs.Sign == 0 {
					fs.Sign = ' '
				}
				continue
			case '#':
				fs.Alt = true
				continue
			case '0':
				fs.Zero = true
				continue
			}
			break
		}
		if i < len(f) && f[i] == '*' {
			v, err := nextArg()
			if err != nil {
				return "", err
			}
			n, ok := IndexValue(v)
			if !ok {
				return "", TypeErrorf("* wants int")
			}
			if n < 0 {
				left = true
				n = -n
			}
			fs.Width = int(n)
			i++
		} else {
			j := i
			for j < len(f) && f[j] >= '0' && f[j] <= '9' {
				j++
			}
			if j > i {
				fs.Width, _ = strconv.Atoi(f[i:j])
			}
			i = j
		}
		if i < len(f) && f[i] == '.' {
			i++
			if i < len(f) && f[i] == '*' {
				v, err := nextArg()
				if err != nil {
					return "", err
				}
				n, _ := IndexValue(v)
				fs.Precision = int(n)
				i++
			} else {
				j := i
				for j < len(f) && f[j] >= '0' && f[j] <= '9' {
					j++
				}
				fs.Precision, _ = strconv.Atoi(f[i:j])
				i = j
			}
		}
		for i < len(f) && (f[i] == 'l' || f[i] == 'h' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			return "", ValueErrorf("incomplete format")
		}
		conv := f[i]
		if conv == '%' {
			sb.WriteByte('%')
			continue
		}
		if arg == nil {
			v, err := nextArg()
			if err != nil {
				return "", err
			}
			arg = v
		}
		if left {
			fs.Align = '<'
		} else if fs.Zero && conv != 's' && conv != 'r' && conv != 'a' && conv != 'c' {
			fs.Fill, fs.Align = '0', '='
		} else {
			fs.Align = '>'
		}
		var out string
		switch conv {
		case 's', 'r', 'a':
			var s string
			var err error
			if conv == 's' {
				s, err = ToStr(th, arg)
			} else {
				s, err = Repr(th, arg)
				if conv == 'a' {
					s = asciiEscape(s)
				}
			}
			if err != nil {
				return "", err
			}
			if fs.Precision >= 0 {
				if rs := []rune(s); len(rs) > fs.Precision {
					s = string(rs[:fs.Precision])
				}
			}
			out = fs.pad("", s, '>')
		case 'd', 'i', 'u':
			a := unwrapBase(arg)
			var b *big.Int
			switch x := a.(type) {
			case Int, Bool, *BigInt:
				b = toBig(x)
			case Float:
				iv, err := FloatToInt(float64(x))
				if err != nil {
					return "", err
				}
				b = toBig(iv)
			default:
				iv, err := Index(th, arg)
				if err != nil {
					return "", TypeErrorf("%%%c format: a real number is required, not %s", conv, arg.Type().Name)
				}
				b = toBig(iv)
			}
			digits := new(big.Int).Abs(b).String()
			if fs.Precision >= 0 && len(digits) < fs.Precision {
				digits = strings.Repeat("0", fs.Precision-len(digits)) + digits
			}
			out = fs.pad(fs.signOf(b.Sign() < 0), digits, '>')
		case 'x', 'X', 'o':
			a := unwrapBase(arg)
			if !isIntLike(a) {
				iv, err := Index(th, arg)
				if err != nil {
					return "", TypeErrorf("%%%c format: an integer is required, not %s", conv, arg.Type().Name)
				}
				a = iv
			}
			b := toBig(a)
			base := 16
			prefix := "0x"
			if conv == 'o' {
				base, prefix = 8, "0o"
			}
			digits := new(big.Int).Abs(b).Text(base)
			if conv == 'X' {
				digits = strings.ToUpper(digits)
				prefix = "0X"
			}
			if fs.Precision >= 0 && len(digits) < fs.Precision {
				digits = strings.Repeat("0", fs.Precision-len(digits)) + digits
			}
			if !fs.Alt {
				prefix = ""
			}
			out = fs.pad(fs.signOf(b.Sign() < 0)+prefix, digits, '>')
		case 'e', 'E', 'f', 'F', 'g', 'G':
			x, err := toFloat(unwrapBase(arg))
			if err != nil {
				if _, isBig := arg.(*BigInt); isBig {
					return "", err
				}
				return "", TypeErrorf("must be real number, not %s", arg.Type().Name)
			}
			fs.Type = conv
			if fs.Precision < 0 {
				fs.Precision = 6
			}
			out, err = formatFloatSpec(x, fs)
			if err != nil {
				return "", err
			}
		case 'c':
			switch x := arg.(type) {
			case Str:
				if StrLen(string(x)) != 1 {
					return "", TypeErrorf("%%c requires int or char")
				}
				out = fs.pad("", string(x), '>')
			default:
				n, ok := IndexValue(arg)
				if !ok {
					if _, big := arg.(*BigInt); big {
						return "", OverflowErrorf("%%c arg not in range(0x110000)")
					}
					return "", TypeErrorf("%%c requires int or char")
				}
				if n < 0 || n > 0x10ffff {
					return "", OverflowErrorf("%%c arg not in range(0x110000)")
				}
				out = fs.pad("", string(rune(n)), '>')
			}
		default:
			return "", ValueErrorf("unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		sb.WriteString(out)
	}
	if argi < len(items) && mapping == nil {
		return "", TypeErrorf("not all arguments converted during string formatting")
	}
	return sb.String(), nil
}
