package compile

import (
	"math"
	"math/big"
	"strings"

	"github.com/aiolang/aio/ast"
)

// Constant folding of binary operations on literal operands, a subset of CPython's AST
// optimizer: only cases whose result is certain to equal the run-time result (no errors, exact
// integer arithmetic, correctly rounded float operations, bounded sizes).

const maxFoldedLen = 4096 // CPython's limit for folded str/bytes results

// foldable returns the constant value of e if it is a literal or a folded expression.
func foldable(e ast.Expr) (any, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		switch e.Value.(type) {
		case int64, *big.Int, float64, complex128, string:
			return e.Value, true
		}
	case *ast.UnaryOp:
		return foldUnary(e)
	case *ast.BinOp:
		return foldBinary(e)
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
			if e.Op == ast.Add && len(a)+len(b) <= maxFoldedLen {
				return a + b, true
			}
		case int64:
			if e.Op == ast.Mult && b >= 0 && b <= maxFoldedLen && int64(len(a))*b <= maxFoldedLen {
				return strings.Repeat(a, int(b)), true
			}
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

func normInt(x *big.Int) any {
	if x.IsInt64() {
		return x.Int64()
	}
	return x
}

func foldInt(op ast.Operator, a, b *big.Int) (any, bool) {
	r := new(big.Int)
	switch op {
	case ast.Add:
		r.Add(a, b)
	case ast.Sub:
		r.Sub(a, b)
	case ast.Mult:
		if a.BitLen()+b.BitLen() > 128 {
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
		if b.Sign() < 0 || !b.IsInt64() || b.Int64() > 128 || a.BitLen() > 64 {
			return nil, false
		}
		r.Exp(a, b, nil)
	case ast.LShift:
		if b.Sign() < 0 || !b.IsInt64() || b.Int64() > 128 {
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
		if b.Sign() == 0 || !a.IsInt64() || !b.IsInt64() {
			return nil, false
		}
		fa, ok1 := exactFloat(a.Int64())
		fb, ok2 := exactFloat(b.Int64())
		if !ok1 || !ok2 {
			return nil, false
		}
		return fa / fb, true
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
