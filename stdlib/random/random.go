// Package random implements aio's random module with CPython's generator (MT19937, seeded
// the same way) and CPython's algorithms for randrange, choice, shuffle, sample, choices,
// uniform, gauss, …, so that random.seed(n) makes an aio program draw exactly the numbers
// CPython draws.
package random

import (
	"crypto/sha512"
	"encoding/binary"
	"math/big"
	"os"
	"time"

	"github.com/aiolang/aio/runtime"
)

// Module is the random module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "random", Init: initModule}

// Random is a random.Random instance.
type Random struct {
	mt        mt19937
	gaussNext float64
	hasGauss  bool
}

// RandomType is random.Random.
var RandomType = newRandomType()

// Type returns random.Random.
func (*Random) Type() *runtime.Type { return RandomType }

// methods are Random's methods; the module's functions are those of a hidden instance.
var methods = map[string]func(r *Random, th *runtime.Thread, args []runtime.Value, kw map[string]runtime.Value) (runtime.Value, error){
	"seed":          (*Random).seedMethod,
	"random":        (*Random).randomMethod,
	"getrandbits":   (*Random).getrandbitsMethod,
	"randrange":     (*Random).randrangeMethod,
	"randint":       (*Random).randintMethod,
	"choice":        (*Random).choiceMethod,
	"choices":       (*Random).choicesMethod,
	"shuffle":       (*Random).shuffleMethod,
	"sample":        (*Random).sampleMethod,
	"uniform":       (*Random).uniformMethod,
	"triangular":    (*Random).triangularMethod,
	"gauss":         (*Random).gaussMethod,
	"normalvariate": (*Random).normalvariateMethod,
	"expovariate":   (*Random).expovariateMethod,
	"randbytes":     (*Random).randbytesMethod,
}

// keywords are the keyword arguments each method accepts.
var keywords = map[string][]string{
	"seed":          {"a", "version"},
	"randrange":     {"start", "stop", "step"},
	"randint":       {"a", "b"},
	"choices":       {"population", "weights", "cum_weights", "k"},
	"sample":        {"population", "k", "counts"},
	"uniform":       {"a", "b"},
	"triangular":    {"low", "high", "mode"},
	"gauss":         {"mu", "sigma"},
	"normalvariate": {"mu", "sigma"},
	"expovariate":   {"lambd"},
	"getrandbits":   {"k"},
	"randbytes":     {"n"},
	"choice":        {"seq"},
	"shuffle":       {"x"},
}

// call adapts a method: it splits keyword arguments (rejecting unknown ones).
func call(name string, r *Random, th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	npos := len(args) - len(kwnames)
	var kw map[string]runtime.Value
	if len(kwnames) > 0 {
		kw = make(map[string]runtime.Value, len(kwnames))
		for i, k := range kwnames {
			ok := false
			for _, a := range keywords[name] {
				ok = ok || a == k
			}
			if !ok {
				return nil, runtime.TypeErrorf("Random.%s() got an unexpected keyword argument '%s'", name, k)
			}
			kw[k] = args[npos+i]
		}
	}
	return methods[name](r, th, args[:npos], kw)
}

func newRandomType() *runtime.Type {
	t := runtime.NewBuiltinType("Random", "random", nil, false)
	t.New = func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		r := &Random{}
		if len(args) > 1 {
			return nil, runtime.TypeErrorf("Random() takes at most 1 argument (%d given)", len(args))
		}
		var seed runtime.Value = runtime.None
		if len(args) == 1 {
			seed = args[0]
		}
		if err := r.Seed(th, seed); err != nil {
			return nil, err
		}
		return r, nil
	}
	for name := range methods {
		runtime.AddMethod(t, name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			r, ok := args[0].(*Random)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor '%s' requires a 'random.Random' object", name)
			}
			return call(name, r, th, args[1:], kwnames)
		})
	}
	return t
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("random")
	r := &Random{}
	if err := r.Seed(th, runtime.None); err != nil {
		return nil, err
	}
	for name := range methods {
		m.Dict.SetStr(name, &runtime.Builtin{Name: name, Module: "random", Self: r,
			Fn: func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
				return call(name, args[0].(*Random), th, args[1:], kwnames)
			}})
	}
	m.Dict.SetStr("Random", RandomType)
	return m, nil
}

// Seed seeds the generator as CPython's Random.seed(a) (version 2) does: None from the
// system, an int from its absolute value, str and bytes through SHA-512, anything else
// through its hash.
func (r *Random) Seed(th *runtime.Thread, a runtime.Value) error {
	r.hasGauss = false
	var n *big.Int
	switch x := a.(type) {
	case runtime.NoneValue:
		var key [8]uint32
		buf := make([]byte, 32)
		if f, err := os.Open("/dev/urandom"); err == nil {
			_, err = f.Read(buf)
			f.Close()
			if err != nil {
				binary.LittleEndian.PutUint64(buf, uint64(time.Now().UnixNano()))
			}
		} else {
			binary.LittleEndian.PutUint64(buf, uint64(time.Now().UnixNano()))
		}
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		r.mt.initByArray(key[:])
		return nil
	case runtime.Int:
		n = big.NewInt(int64(x))
	case runtime.Bool:
		n = big.NewInt(0)
		if x {
			n.SetInt64(1)
		}
	case *runtime.BigInt:
		n = new(big.Int).Set(x.Big())
	case runtime.Str:
		n = bytesSeed([]byte(x))
	case runtime.Bytes:
		n = bytesSeed([]byte(x))
	case runtime.Float:
		h, err := runtime.Hash(th, x)
		if err != nil {
			return err
		}
		n = big.NewInt(h)
	default:
		return runtime.TypeErrorf("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	n.Abs(n)
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.mt.initByArray(key)
	return nil
}

// bitsPerWord is the size of a big.Word.
const bitsPerWord = 32 << (^uint(0) >> 63)

// bytesSeed is int.from_bytes(b + sha512(b).digest()) (big-endian).
func bytesSeed(b []byte) *big.Int {
	sum := sha512.Sum512(b)
	return new(big.Int).SetBytes(append(append([]byte(nil), b...), sum[:]...))
}

// Float returns random() in [0, 1).
func (r *Random) Float() float64 { return r.mt.float64() }

// getrandbits returns k random bits as an int (k >= 0).
func (r *Random) getrandbits(k int) runtime.Value {
	if k <= 32 {
		if k == 0 {
			return runtime.Int(0)
		}
		return runtime.Int(int64(r.mt.uint32() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	ws := make([]uint32, words)
	for i := 0; i < words; i++ {
		w := r.mt.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		ws[i] = w
		k -= 32
	}
	n := new(big.Int)
	for i := words - 1; i >= 0; i-- {
		n.Lsh(n, 32)
		n.Or(n, big.NewInt(int64(ws[i])))
	}
	return runtime.IntFromBig(n)
}

// below returns a random int in [0, n) for n > 0 (_randbelow_with_getrandbits).
func (r *Random) below(n *big.Int) runtime.Value {
	k := n.BitLen()
	if n.IsInt64() && k <= 63 {
		ni := n.Int64()
		for {
			v := r.getrandbits(k)
			x, _ := runtime.AsInt64(v)
			if x < ni {
				return runtime.Int(x)
			}
		}
	}
	for {
		v := r.getrandbits(k)
		if toBigInt(v).Cmp(n) < 0 {
			return v
		}
	}
}

// belowInt is below for a small n.
func (r *Random) belowInt(n int) int {
	v, _ := runtime.AsInt64(r.below(big.NewInt(int64(n))))
	return int(v)
}

// toBigInt converts an int value to a big.Int.
func toBigInt(v runtime.Value) *big.Int {
	switch x := v.(type) {
	case runtime.Int:
		return big.NewInt(int64(x))
	case *runtime.BigInt:
		return x.Big()
	case runtime.Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	if i, ok := runtime.AsInt64(v); ok {
		return big.NewInt(i)
	}
	return nil
}

// floatOf converts a number argument to float64.
func floatOf(v runtime.Value) (float64, error) {
	if f, ok, err := runtime.FloatOfReal(v); ok {
		return f, err
	}
	if i, ok := runtime.AsInt64(v); ok {
		return float64(i), nil
	}
	return 0, runtime.TypeErrorf("must be real number, not %s", v.Type().Name)
}
