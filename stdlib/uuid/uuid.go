// Package uuid implements aio's uuid module: the UUID class, uuid1, uuid3, uuid4, uuid5
// and the standard namespaces, as in CPython.
package uuid

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/gofunc"
)

// Module is the uuid module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "uuid", Init: initModule}

// UUID is the value of a uuid.UUID instance.
type UUID struct {
	b [16]byte
}

// String returns the canonical form 12345678-1234-5678-1234-567812345678.
func (u *UUID) String() string {
	h := hex.EncodeToString(u.b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func (u *UUID) version() runtime.Value {
	if u.b[8]&0xc0 != 0x80 {
		return runtime.None
	}
	return runtime.Int(u.b[6] >> 4)
}

func (u *UUID) bigInt() *big.Int { return new(big.Int).SetBytes(u.b[:]) }

// module is the state of one interpreter's uuid module: its UUID class (a class of that
// interpreter, so that its comparison and hash methods are honoured everywhere).
type module struct {
	cls   *runtime.Type
	clock clockState
}

// value wraps u in an instance of the UUID class.
func (m *module) value(u *UUID) runtime.Value {
	o := runtime.NewObject(m.cls)
	o.Slots()[0] = runtime.Bytes(u.b[:])
	return o
}

// uuidOf returns the UUID an instance holds.
func uuidOf(v runtime.Value) (*UUID, bool) {
	o, ok := v.(*runtime.Object)
	if !ok || len(o.Slots()) == 0 {
		return nil, false
	}
	b, ok := o.Slots()[0].(runtime.Bytes)
	if !ok || len(b) != 16 {
		return nil, false
	}
	u := &UUID{}
	copy(u.b[:], b)
	return u, true
}

// parseHex reads a UUID from its hex form (braces, "urn:uuid:" and hyphens allowed).
func parseHex(s string) (*UUID, error) {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "urn:", ""), "uuid:", "")
	s = strings.Trim(s, "{}")
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 32 {
		return nil, runtime.ValueErrorf("badly formed hexadecimal UUID string")
	}
	var u UUID
	if _, err := hex.Decode(u.b[:], []byte(s)); err != nil {
		return nil, runtime.ValueErrorf("badly formed hexadecimal UUID string")
	}
	return &u, nil
}

// withVersion sets the variant to RFC 4122 and the version number.
func withVersion(b [16]byte, version byte) *UUID {
	b[8] = b[8]&0x3f | 0x80
	b[6] = b[6]&0x0f | version<<4
	return &UUID{b: b}
}

func newUUIDClass(th *runtime.Thread) (*module, error) {
	m := &module{}
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str("uuid"))
	ns.SetStr("__qualname__", runtime.Str("UUID"))
	ns.SetStr("__slots__", runtime.Tuple{runtime.Str("_bytes")})
	ns.SetStr("__doc__", runtime.Str("Instances of the UUID class represent UUIDs as specified in RFC 4122."))
	self := func(args []runtime.Value) (*UUID, error) {
		if u, ok := uuidOf(args[0]); ok {
			return u, nil
		}
		return nil, runtime.TypeErrorf("descriptor requires a 'uuid.UUID' object")
	}
	method := func(name string, fn func(u *UUID, args []runtime.Value) (runtime.Value, error)) {
		ns.SetStr(name, gofunc.New("UUID."+name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			u, err := self(args)
			if err != nil {
				return nil, err
			}
			return fn(u, args[1:])
		}))
	}
	method("__str__", func(u *UUID, args []runtime.Value) (runtime.Value, error) { return runtime.Str(u.String()), nil })
	method("__repr__", func(u *UUID, args []runtime.Value) (runtime.Value, error) {
		return runtime.Str("UUID('" + u.String() + "')"), nil
	})
	method("__hash__", func(u *UUID, args []runtime.Value) (runtime.Value, error) {
		h := int64(0)
		for _, c := range u.b {
			h = h*1000003 ^ int64(c)
		}
		return runtime.Int(h), nil
	})
	compare := func(name string, ok func(c int) bool) {
		method(name, func(u *UUID, args []runtime.Value) (runtime.Value, error) {
			if len(args) != 1 {
				return nil, runtime.TypeErrorf("expected 1 argument")
			}
			o, isUUID := uuidOf(args[0])
			if !isUUID {
				return runtime.NotImplemented, nil
			}
			return runtime.BoolOf(ok(strings.Compare(string(u.b[:]), string(o.b[:])))), nil
		})
	}
	compare("__eq__", func(c int) bool { return c == 0 })
	compare("__ne__", func(c int) bool { return c != 0 })
	compare("__lt__", func(c int) bool { return c < 0 })
	compare("__le__", func(c int) bool { return c <= 0 })
	compare("__gt__", func(c int) bool { return c > 0 })
	compare("__ge__", func(c int) bool { return c >= 0 })
	method("__int__", func(u *UUID, args []runtime.Value) (runtime.Value, error) { return runtime.IntFromBig(u.bigInt()), nil })
	prop := func(name string, get func(u *UUID) runtime.Value) {
		ns.SetStr(name, &runtime.Property{Get: runtime.NewBuiltin(name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			u, err := self(args)
			if err != nil {
				return nil, err
			}
			return get(u), nil
		})})
	}
	prop("hex", func(u *UUID) runtime.Value { return runtime.Str(hex.EncodeToString(u.b[:])) })
	prop("int", func(u *UUID) runtime.Value { return runtime.IntFromBig(u.bigInt()) })
	prop("bytes", func(u *UUID) runtime.Value { return runtime.Bytes(u.b[:]) })
	prop("urn", func(u *UUID) runtime.Value { return runtime.Str("urn:uuid:" + u.String()) })
	prop("version", func(u *UUID) runtime.Value { return u.version() })
	prop("variant", func(u *UUID) runtime.Value {
		switch {
		case u.b[8]&0x80 == 0:
			return runtime.Str("reserved for NCS compatibility")
		case u.b[8]&0xc0 == 0x80:
			return runtime.Str("specified in RFC 4122")
		case u.b[8]&0xe0 == 0xc0:
			return runtime.Str("reserved for Microsoft compatibility")
		}
		return runtime.Str("reserved for future definition")
	})
	prop("bytes_le", func(u *UUID) runtime.Value {
		b := u.b
		le := []byte{b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]}
		return runtime.Bytes(append(le, b[8:]...))
	})
	ns.SetStr("__new__", &runtime.StaticMethod{Func: runtime.NewBuiltin("__new__", m.newUUID)})
	ns.SetStr("__setattr__", gofunc.New("UUID.__setattr__", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return nil, runtime.TypeErrorf("UUID objects are immutable")
	}))
	cls, err := runtime.NewClass(th, "UUID", nil, ns, nil)
	if err != nil {
		return nil, err
	}
	m.cls = cls
	return m, nil
}

// newUUID implements UUID(hex=None, bytes=None, bytes_le=None, fields=None, int=None,
// version=None).
func (m *module) newUUID(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	args = args[1:] // the class
	npos := len(args) - len(kwnames)
	names := []string{"hex", "bytes", "bytes_le", "fields", "int", "version"}
	given := map[string]runtime.Value{}
	for i := 0; i < npos; i++ {
		if i >= len(names) {
			return nil, runtime.TypeErrorf("UUID.__init__() takes from 1 to 7 positional arguments but %d were given", npos+1)
		}
		given[names[i]] = args[i]
	}
	for i, k := range kwnames {
		given[k] = args[npos+i]
	}
	var u *UUID
	count := 0
	for _, n := range names[:5] {
		if v, ok := given[n]; ok && v != runtime.None {
			count++
		}
	}
	if count != 1 {
		return nil, runtime.TypeErrorf("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
	}
	if v, ok := given["hex"]; ok && v != runtime.None {
		s, isStr := v.(runtime.Str)
		if !isStr {
			return nil, runtime.TypeErrorf("hex must be a str")
		}
		var err error
		if u, err = parseHex(string(s)); err != nil {
			return nil, err
		}
	} else if v, ok := given["bytes"]; ok && v != runtime.None {
		b, isBytes := v.(runtime.Bytes)
		if !isBytes || len(b) != 16 {
			return nil, runtime.ValueErrorf("bytes is not a 16-char string")
		}
		u = &UUID{}
		copy(u.b[:], b)
	} else if v, ok := given["int"]; ok && v != runtime.None {
		var n *big.Int
		switch x := v.(type) {
		case runtime.Int:
			n = big.NewInt(int64(x))
		case *runtime.BigInt:
			n = x.Big()
		default:
			return nil, runtime.TypeErrorf("int must be an int")
		}
		if n.Sign() < 0 || n.BitLen() > 128 {
			return nil, runtime.ValueErrorf("int is out of range (need a 128-bit value)")
		}
		u = &UUID{}
		n.FillBytes(u.b[:])
	} else {
		return nil, runtime.TypeErrorf("UUID(bytes_le=…) and UUID(fields=…) are not supported")
	}
	if v, ok := given["version"]; ok && v != runtime.None {
		n, isInt := runtime.AsInt64(v)
		if !isInt || n < 1 || n > 5 {
			return nil, runtime.ValueErrorf("illegal version number")
		}
		u = withVersion(u.b, byte(n))
	}
	return m.value(u), nil
}

func randomBytes() [16]byte {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		binaryTime := time.Now().UnixNano()
		for i := range b {
			b[i] = byte(binaryTime >> (8 * (i % 8)))
		}
	}
	return b
}

func (m *module) uuid4(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 0 {
		return nil, runtime.TypeErrorf("uuid4() takes 0 positional arguments but %d were given", len(args))
	}
	return m.value(withVersion(randomBytes(), 4)), nil
}

// clockState is uuid1's state: the last timestamp issued (CPython's _last_timestamp) and
// a random node and clock sequence.
type clockState struct {
	sync.Mutex
	last int64
	node [6]byte
	seq  uint16
	init bool
}

func (m *module) uuid1(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	clockSeq := &m.clock
	clockSeq.Lock()
	defer clockSeq.Unlock()
	if !clockSeq.init {
		r := randomBytes()
		copy(clockSeq.node[:], r[:6])
		clockSeq.node[0] |= 0x01 // multicast bit: a random node
		clockSeq.seq = uint16(r[6])<<8 | uint16(r[7])
		clockSeq.init = true
	}
	ts := time.Now().UnixNano()/100 + 0x01b21dd213814000
	if ts <= clockSeq.last {
		ts = clockSeq.last + 1
	}
	clockSeq.last = ts
	var b [16]byte
	timeLow := uint32(ts)
	timeMid := uint16(ts >> 32)
	timeHi := uint16(ts>>48) & 0x0fff
	b[0], b[1], b[2], b[3] = byte(timeLow>>24), byte(timeLow>>16), byte(timeLow>>8), byte(timeLow)
	b[4], b[5] = byte(timeMid>>8), byte(timeMid)
	b[6], b[7] = byte(timeHi>>8), byte(timeHi)
	b[8], b[9] = byte(clockSeq.seq>>8), byte(clockSeq.seq)
	copy(b[10:], clockSeq.node[:])
	return m.value(withVersion(b, 1)), nil
}

// nameBased implements uuid3 (MD5) and uuid5 (SHA-1).
func (m *module) nameBased(name string, version byte) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) != 2 {
			return nil, runtime.TypeErrorf("%s() missing required arguments 'namespace' and 'name'", name)
		}
		ns, ok := uuidOf(args[0])
		if !ok {
			return nil, runtime.AttributeErrorf("'%s' object has no attribute 'bytes'", args[0].Type().Name)
		}
		var data []byte
		switch n := args[1].(type) {
		case runtime.Str:
			data = []byte(n)
		case runtime.Bytes:
			data = []byte(n)
		default:
			return nil, runtime.TypeErrorf("a bytes-like object is required, not '%s'", n.Type().Name)
		}
		var b [16]byte
		if version == 3 {
			sum := md5.Sum(append(ns.b[:len(ns.b):len(ns.b)], data...))
			copy(b[:], sum[:])
		} else {
			sum := sha1.Sum(append(ns.b[:len(ns.b):len(ns.b)], data...))
			copy(b[:], sum[:16])
		}
		return m.value(withVersion(b, version)), nil
	}
}

// mustParse parses one of the namespace constants.
func (m *module) mustParse(s string) runtime.Value {
	u, err := parseHex(s)
	if err != nil {
		panic(fmt.Sprintf("uuid: bad constant %s", s))
	}
	return m.value(u)
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	st, err := newUUIDClass(th)
	if err != nil {
		return nil, err
	}
	m := runtime.NewModule("uuid")
	m.Dict.SetStr("UUID", st.cls)
	m.AddFunc("uuid1", st.uuid1)
	m.AddFunc("uuid3", st.nameBased("uuid3", 3))
	m.AddFunc("uuid4", st.uuid4)
	m.AddFunc("uuid5", st.nameBased("uuid5", 5))
	m.Dict.SetStr("NAMESPACE_DNS", st.mustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
	m.Dict.SetStr("NAMESPACE_URL", st.mustParse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"))
	m.Dict.SetStr("NAMESPACE_OID", st.mustParse("6ba7b812-9dad-11d1-80b4-00c04fd430c8"))
	m.Dict.SetStr("NAMESPACE_X500", st.mustParse("6ba7b814-9dad-11d1-80b4-00c04fd430c8"))
	m.Dict.SetStr("RESERVED_NCS", runtime.Str("reserved for NCS compatibility"))
	m.Dict.SetStr("RFC_4122", runtime.Str("specified in RFC 4122"))
	m.Dict.SetStr("RESERVED_MICROSOFT", runtime.Str("reserved for Microsoft compatibility"))
	m.Dict.SetStr("RESERVED_FUTURE", runtime.Str("reserved for future definition"))
	return m, nil
}
