package random

// mt19937 is the Mersenne Twister exactly as CPython's _random module implements it
// (Modules/_randommodule.c), so that a seeded aio program draws CPython's numbers.
type mt19937 struct {
	state [mtN]uint32
	index int
}

const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	tempering1  = 0x9d2c5680
	tempering2  = 0xefc60000
	initMult    = 1812433253
	arrayMult1  = 1664525
	arrayMult2  = 1566083941
	arrayInit   = 19650218
	firstWordHi = 0x80000000
)

// initGenrand seeds the state from one word.
func (m *mt19937) initGenrand(s uint32) {
	mt := &m.state
	mt[0] = s
	for i := 1; i < mtN; i++ {
		mt[i] = initMult*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	m.index = mtN
}

// initByArray seeds the state from a key (CPython's init_by_array).
func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(arrayInit)
	mt := &m.state
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * arrayMult1)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * arrayMult2)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = firstWordHi
}

// uint32 returns the next 32 random bits (genrand_uint32).
func (m *mt19937) uint32() uint32 {
	mt := &m.state
	if m.index >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ (matrixA * (y & 1))
		}
		for ; kk < mtN-1; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+(mtM-mtN)] ^ (y >> 1) ^ (matrixA * (y & 1))
		}
		y := (mt[mtN-1] & upperMask) | (mt[0] & lowerMask)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ (matrixA * (y & 1))
		m.index = 0
	}
	y := mt[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & tempering1
	y ^= (y << 15) & tempering2
	y ^= y >> 18
	return y
}

// float64 returns a float in [0, 1) with 53 random bits (random_random).
func (m *mt19937) float64() float64 {
	a := m.uint32() >> 5
	b := m.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}
