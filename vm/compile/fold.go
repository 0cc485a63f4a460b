package compile

import (
	"bytes"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/vm/code"
)

// Constant folding of binary operations on literal operands, a subset of CPython's AST
// optimizer: only cases whose result is certain to equal the run-time result (no errors, exact
// integer arithmetic, correctly rounded float operations, bounded sizes).

// CPython's limits for folded results.
const (
	maxFoldedLen  = 4096 // characters of a str or bytes repetition
	maxFoldedBits = 128  // bits of an int product, power or left shift
)

// foldable returns the constant value of e if it is a literal or a folded expression.
func foldable(e ast.Expr) (any, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		switch e.Value.(type) {
		case int64, *big.Int, float64, complex128, string, []byte:
			return e.Value, true
		}
	case *ast.UnaryOp:
		return foldUnary(e)
	case *ast.BinOp:
		return foldBinary(e)
	case *ast.Subscript:
		return foldSubscript(e)
	}
	return nil, false
}

// foldBinary folds l op r for literal operands.
func foldBinary(e *ast.BinOp) (any, bool) {
	l, ok := foldable(e.Left)
	if !ok {
		return nil, false
	}
	r, ok := foldable(e.Right)
	if !ok {
		return nil, false
	}
	switch a := l.(type) {
	case int64:
		switch b := r.(type) {
		case int64:
			return foldInt(e.Op, big.NewInt(a), big.NewInt(b))
		case *big.Int:
			return foldInt(e.Op, big.NewInt(a), b)
		case float64:
			if fa, ok := exactFloat(a); ok {
				return foldFloat(e.Op, fa, b)
			}
		case complex128:
			if fa, ok := exactFloat(a); ok {
				return foldComplex(e.Op, complex(fa, 0), b)
			}
		}
	case *big.Int:
		switch b := r.(type) {
		case int64:
			return foldInt(e.Op, a, big.NewInt(b))
		case *big.Int:
			return foldInt(e.Op, a, b)
		}
	case float64:
		switch b := r.(type) {
		case float64:
			return foldFloat(e.Op, a, b)
		case int64:
			if fb, ok := exactFloat(b); ok {
				return foldFloat(e.Op, a, fb)
			}
		}
	case complex128:
		switch b := r.(type) {
		case complex128:
			return foldComplex(e.Op, a, b)
		case float64:
			return foldComplex(e.Op, a, complex(b, 0))
		case int64:
			if fb, ok := exactFloat(b); ok {
				return foldComplex(e.Op, a, complex(fb, 0))
			}
		}
	case string:
		switch b := r.(type) {
		case string:
			if e.Op == ast.Add {
				return a + b, true
			}
		case int64:
			if e.Op == ast.Mult {
				return repeatStr(a, b)
			}
		}
	case []byte:
		switch b := r.(type) {
		case []byte:
			if e.Op == ast.Add {
				return append(append([]byte(nil), a...), b...), true
			}
		case int64:
			if e.Op == ast.Mult {
				return repeatBytes(a, b)
			}
		}
	}
	// int * str and int * bytes.
	if n, ok := l.(int64); ok && e.Op == ast.Mult {
		switch b := r.(type) {
		case string:
			return repeatStr(b, n)
		case []byte:
			return repeatBytes(b, n)
		}
	}
	return nil, false
}

// repeatStr folds s * n within CPython's size limit (a negative n gives "").
func repeatStr(s string, n int64) (any, bool) {
	size := int64(len([]rune(s)))
	if size > 0 && n > maxFoldedLen/size {
		return nil, false
	}
	if n < 0 {
		n = 0
	}
	return strings.Repeat(s, int(n)), true
}

// repeatBytes folds b * n within CPython's size limit.
func repeatBytes(b []byte, n int64) (any, bool) {
	size := int64(len(b))
	if size > 0 && n > maxFoldedLen/size {
		return nil, false
	}
	if n < 0 {
		n = 0
	}
	return bytes.Repeat(b, int(n)), true
}

// foldSubscript folds k[i] for a constant str, bytes or tuple k and a constant int i in range.
func foldSubscript(e *ast.Subscript) (any, bool) {
	if e.Ctx != ast.Load {
		return nil, false
	}
	i, ok := foldable(e.Slice)
	if !ok {
		return nil, false
	}
	idx, ok := i.(int64)
	if !ok {
		return nil, false
	}
	var v any
	switch x := e.Value.(type) {
	case *ast.Constant:
		v = x.Value
	case *ast.Tuple:
		t, ok := constTuple(x.Elts)
		if !ok {
			return nil, false
		}
		v = t
	default:
		return nil, false
	}
	at := func(n int) (int, bool) {
		j := idx
		if j < 0 {
			j += int64(n)
		}
		return int(j), j >= 0 && j < int64(n)
	}
	switch x := v.(type) {
	case string:
		r := []rune(x)
		if j, ok := at(len(r)); ok {
			return string(r[j]), true
		}
	case []byte:
		if j, ok := at(len(x)); ok {
			return int64(x[j]), true
		}
	case code.Tuple:
		if j, ok := at(len(x)); ok {
			return x[j], true
		}
	}
	return nil, false
}

// exactFloat converts an int that a float64 represents exactly.
func exactFloat(i int64) (float64, bool) {
	if i > -(1<<53) && i < 1<<53 {
		return float64(i), true
	}
	return 0, false
}

// normInt returns x as an int64 when it fits, else x.
func normInt(x *big.Int) any {
	if x.IsInt64() {
		return x.Int64()
	}
	return x
}

// foldInt, foldFloat and foldComplex compute a op b as CPython's optimizer would, or report
// false where it would not fold (an error at run time, or a result too large).
func foldInt(op ast.Operator, a, b *big.Int) (any, bool) {
	r := new(big.Int)
	switch op {
	case ast.Add:
		r.Add(a, b)
	case ast.Sub:
		r.Sub(a, b)
	case ast.Mult:
		if a.Sign() != 0 && b.Sign() != 0 && a.BitLen()+b.BitLen() > maxFoldedBits {
			return nil, false
		}
		r.Mul(a, b)
	case ast.FloorDiv, ast.Mod:
		if b.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int)) // Euclidean: 0 <= m < |b|
		if m.Sign() != 0 && b.Sign() < 0 {
			// Python floors: the remainder takes the sign of the divisor.
			q.Sub(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == ast.FloorDiv {
			r = q
		} else {
			r = m
		}
	case ast.Pow:
		if b.Sign() < 0 {
			return nil, false // a float result: C's pow(), not reproduced here
		}
		if a.Sign() != 0 && b.Sign() > 0 && (!b.IsInt64() || int64(a.BitLen()) > maxFoldedBits/b.Int64()) {
			return nil, false
		}
		r.Exp(a, b, nil)
	case ast.LShift:
		if b.Sign() < 0 {
			return nil, false
		}
		if a.Sign() != 0 && b.Sign() != 0 && (!b.IsInt64() || b.Int64() > maxFoldedBits || int64(a.BitLen()) > maxFoldedBits-b.Int64()) {
			return nil, false
		}
		r.Lsh(a, uint(b.Int64()))
	case ast.RShift:
		if b.Sign() < 0 || !b.IsInt64() {
			return nil, false
		}
		n := b.Int64()
		if n > 1<<20 {
			n = 1 << 20
		}
		r.Rsh(a, uint(n))
	case ast.BitAnd:
		r.And(a, b)
	case ast.BitOr:
		r.Or(a, b)
	case ast.BitXor:
		r.Xor(a, b)
	case ast.Div:
		if b.Sign() == 0 {
			return nil, false
		}
		// Correctly rounded, as CPython's int true division.
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return nil, false // OverflowError at run time
		}
		return f, true
	default:
		return nil, false
	}
	return normInt(r), true
}

func foldFloat(op ast.Operator, a, b float64) (any, bool) {
	var r float64
	switch op {
	case ast.Add:
		r = a + b
	case ast.Sub:
		r = a - b
	case ast.Mult:
		r = a * b
	case ast.Div:
		if b == 0 {
			return nil, false
		}
		r = a / b
	default:
		return nil, false
	}
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return nil, false // CPython raises OverflowError in some of these cases
	}
	return r, true
}

func foldComplex(op ast.Operator, a, b complex128) (any, bool) {
	switch op {
	case ast.Add:
		return complex(real(a)+real(b), imag(a)+imag(b)), true
	case ast.Sub:
		return complex(real(a)-real(b), imag(a)-imag(b)), true
	}
	return nil, false
}

// formatToFString rewrites `"...%s..." % (a, b)` into the f-string f"...{a!s}...", as
// CPython's optimizer does when the format uses only %s, %r and %a units (with optional
// width, precision and '-' flag) and the tuple display has one item per unit.
func formatToFString(e *ast.BinOp) (*ast.JoinedStr, bool) {
	if e.Op != ast.Mod {
		return nil, false
	}
	l, ok := foldable(e.Left)
	if !ok {
		return nil, false
	}
	format, ok := l.(string)
	if !ok {
		return nil, false
	}
	t, ok := e.Right.(*ast.Tuple)
	if !ok {
		return nil, false
	}
	if _, isConst := constTuple(t.Elts); isConst {
		return nil, false // CPython folds the tuple first and leaves str % constant alone
	}
	for _, x := range t.Elts {
		if _, star := x.(*ast.Starred); star {
			return nil, false
		}
	}
	fmt := []rune(format)
	var values []ast.Expr
	pos, cnt := 0, 0
	for {
		start := pos
		for pos < len(fmt) {
			if fmt[pos] != '%' {
				pos++
			} else if pos+1 < len(fmt) && fmt[pos+1] == '%' {
				pos += 2
			} else {
				break
			}
		}
		if pos > start {
			lit := strings.ReplaceAll(string(fmt[start:pos]), "%%", "%")
			values = append(values, &ast.Constant{Pos: e.Pos, Value: lit})
		}
		if pos >= len(fmt) {
			break
		}
		if cnt >= len(t.Elts) {
			return nil, false
		}
		pos++ // the '%'
		fv, next, ok := simpleFormatUnit(fmt, pos, t.Elts[cnt])
		if !ok {
			return nil, false
		}
		pos = next
		cnt++
		values = append(values, fv)
	}
	if cnt < len(t.Elts) {
		return nil, false
	}
	return &ast.JoinedStr{Pos: e.Pos, Values: values}, true
}

// simpleFormatUnit parses one %-format unit after its '%' (CPython's
// simple_format_arg_parse and parse_format): flags, width, precision and a conversion that
// must be s, r or a.
func simpleFormatUnit(fmt []rune, pos int, arg ast.Expr) (*ast.FormattedValue, int, bool) {
	next := func() (rune, bool) {
		if pos >= len(fmt) {
			return 0, false
		}
		pos++
		return fmt[pos-1], true
	}
	ljust := false
	var ch rune
	var ok bool
	for {
		if ch, ok = next(); !ok {
			return nil, 0, false
		}
		switch ch {
		case '-':
			ljust = true
			continue
		case '+', ' ', '#', '0':
			continue
		}
		break
	}
	width, prec := -1, -1
	// Widths and precisions of at most two digits (CPython's MAXDIGITS is 3, checked after
	// each digit with >=).
	if ch >= '0' && ch <= '9' {
		width = 0
		for digits := 1; ch >= '0' && ch <= '9'; digits++ {
			width = width*10 + int(ch-'0')
			if ch, ok = next(); !ok || digits >= 3 {
				return nil, 0, false
			}
		}
	}
	if ch == '.' {
		if ch, ok = next(); !ok {
			return nil, 0, false
		}
		prec = 0
		for digits := 1; ch >= '0' && ch <= '9'; digits++ {
			prec = prec*10 + int(ch-'0')
			if ch, ok = next(); !ok || digits >= 3 {
				return nil, 0, false
			}
		}
	}
	if ch != 's' && ch != 'r' && ch != 'a' {
		return nil, 0, false
	}
	spec := ""
	if !ljust && width > 0 {
		spec = ">"
	}
	if width >= 0 {
		spec += strconv.Itoa(width)
	}
	if prec >= 0 {
		spec += "." + strconv.Itoa(prec)
	}
	fv := &ast.FormattedValue{Pos: arg.Position(), Value: arg, Conversion: int(ch)}
	if spec != "" {
		fv.FormatSpec = &ast.Constant{Pos: arg.Position(), Value: spec}
	}
	return fv, pos, true
}
