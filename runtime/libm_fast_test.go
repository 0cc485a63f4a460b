package runtime

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestLibmFastAgreesWithExact checks the double-double fast paths against the exact
// big.Float evaluation on random arguments across the range.
func TestLibmFastAgreesWithExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n, fallbacks := 20000, 0
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		var x float64
		switch i % 3 {
		case 0:
			x = (rng.Float64()*2 - 1) * 700
		case 1:
			x = (rng.Float64()*2 - 1) * 2
		default:
			x = math.Ldexp(rng.Float64(), rng.IntN(120)-60)
		}
		if r, ok := expFast(x); ok {
			if want := expBig(bigF(x)); r != want {
				t.Fatalf("expFast(%v) = %v, exact %v", x, r, want)
			}
		} else if math.Abs(x) < 700 {
			fallbacks++
		}
		y := math.Abs(x)
		if i%3 == 0 {
			y = math.Ldexp(rng.Float64()+0.5, rng.IntN(2000)-1000)
		}
		if y == 0 {
			continue
		}
		if r, ok := logFast(y); ok {
			if want := toF64(lnBig(y)); r != want {
				t.Fatalf("logFast(%v) = %v, exact %v", y, r, want)
			}
		} else {
			fallbacks++
		}
	}
	if fallbacks > n/100 {
		t.Errorf("%d fallbacks to the exact path in %d calls", fallbacks, 2*n)
	}
}

func TestLibmFastEdges(t *testing.T) {
	for _, x := range []float64{1e-300, -1e-300, 0x1p-53, -0x1p-53, 0x1p-54, 1e-17, -1e-17, 1, -1, 0.5, 699.9, -699.9, math.Ln2, 2 * math.Ln2} {
		if r, ok := expFast(x); ok {
			if want := expBig(bigF(x)); r != want {
				t.Errorf("expFast(%v) = %v, exact %v", x, r, want)
			}
		}
	}
	for _, x := range []float64{2, 0.5, 1 + 0x1p-52, 1 - 0x1p-53, 10, 0.1, math.E, math.MaxFloat64, 0x1p-1021, 3} {
		if r, ok := logFast(x); ok {
			if want := toF64(lnBig(x)); r != want {
				t.Errorf("logFast(%v) = %v, exact %v", x, r, want)
			}
		}
	}
}
