package random

import (
	"math/big"
	"slices"
	"testing"

	"github.com/aiolang/aio/runtime"
)

// The expected values were printed by CPython 3.11.
func TestMatchesCPython(t *testing.T) {
	th := runtime.NewInterp(runtime.Options{}).NewThread()
	seeded := func(seed runtime.Value) *Random {
		r := &Random{}
		if err := r.Seed(th, seed); err != nil {
			t.Fatal(err)
		}
		return r
	}
	r := seeded(runtime.Int(42))
	if a, b := r.Float(), r.Float(); a != 0.6394267984578837 || b != 0.025010755222666936 {
		t.Errorf("seed(42): random() = %v, %v", a, b)
	}
	if v := r.getrandbits(100); toBigInt(v).String() != "176140902141063639299770569303" {
		t.Errorf("getrandbits(100) = %v", toBigInt(v))
	}
	big64 := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(5))
	if f := seeded(runtime.IntFromBig(big64)).Float(); f != 0.5105783769365112 {
		t.Errorf("seed(2**64+5): %v", f)
	}
	if f := seeded(runtime.Str("hello")).Float(); f != 0.3537754404730722 {
		t.Errorf("seed('hello'): %v", f)
	}
	r = seeded(runtime.Int(0))
	var got []int64
	for range 5 {
		v, err := r.randrange(runtime.Int(1), runtime.Int(7), nil)
		if err != nil {
			t.Fatal(err)
		}
		i, _ := runtime.AsInt64(v)
		got = append(got, i)
	}
	if want := []int64{4, 4, 1, 3, 5}; !slices.Equal(got, want) {
		t.Errorf("seed(0): randint(1, 6) x5 = %v, want %v", got, want)
	}
}

func TestFloorDiv(t *testing.T) {
	for _, tc := range [][3]int64{{7, 2, 3}, {-7, 2, -4}, {7, -2, -4}, {-7, -2, 3}, {6, -3, -2}} {
		n := big.NewInt(tc[0])
		floorDiv(n, big.NewInt(tc[1]))
		if n.Int64() != tc[2] {
			t.Errorf("%d // %d = %d, want %d", tc[0], tc[1], n.Int64(), tc[2])
		}
	}
}
