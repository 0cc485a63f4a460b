// Package hashlib implements aio's hashlib module: md5, sha1, sha224, sha256, sha384,
// sha512 and new(name), with update, digest, hexdigest, copy, name, digest_size and
// block_size.
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"strings"

	"github.com/aiolang/aio/runtime"
)

// Module is the hashlib module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "hashlib", Init: initModule}

// algorithms are the supported hash constructors by name.
var algorithms = map[string]func() hash.Hash{
	"md5":    md5.New,
	"sha1":   sha1.New,
	"sha224": sha256.New224,
	"sha256": sha256.New,
	"sha384": sha512.New384,
	"sha512": sha512.New,
}

// Hash is a hash object.
type Hash struct {
	name string
	h    hash.Hash
}

// hashType is the type of hash objects (CPython's _hashlib.HASH).
var hashType = newHashType()

// Type returns HASH.
func (*Hash) Type() *runtime.Type { return hashType }

// dataArg converts hashable data (bytes, bytearray) to bytes.
func dataArg(v runtime.Value) ([]byte, error) {
	switch x := v.(type) {
	case runtime.Bytes:
		return []byte(x), nil
	case *runtime.ByteArray:
		return x.B, nil
	case runtime.Str:
		return nil, runtime.TypeErrorf("Strings must be encoded before hashing")
	}
	return nil, runtime.TypeErrorf("object supporting the buffer API required")
}

func newHash(name string, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	ctor, ok := algorithms[strings.ToLower(name)]
	if !ok {
		return nil, runtime.ValueErrorf("unsupported hash type %s", name)
	}
	h := &Hash{name: strings.ToLower(name), h: ctor()}
	npos := len(args) - len(kwnames)
	var data runtime.Value
	if npos > 0 {
		data = args[0]
	}
	for i, k := range kwnames {
		if k == "data" || k == "string" {
			data = args[npos+i]
		}
	}
	if data != nil {
		b, err := dataArg(data)
		if err != nil {
			return nil, err
		}
		h.h.Write(b)
	}
	return h, nil
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("hashlib")
	names := make([]runtime.Value, 0, len(algorithms))
	for _, name := range []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512"} {
		m.AddFunc(name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return newHash(name, args, kwnames)
		})
		names = append(names, runtime.Str(name))
	}
	m.AddFunc("new", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("new() missing required argument 'name' (pos 1)")
		}
		name, ok := args[0].(runtime.Str)
		if !ok {
			return nil, runtime.TypeErrorf("new() argument 'name' must be str")
		}
		return newHash(string(name), args[1:], kwnames)
	})
	set, err := runtime.NewFrozenSet(th, names)
	if err != nil {
		return nil, err
	}
	m.Dict.SetStr("algorithms_guaranteed", set)
	m.Dict.SetStr("algorithms_available", set)
	return m, nil
}

func newHashType() *runtime.Type {
	t := runtime.NewBuiltinType("HASH", "_hashlib", nil, false)
	method := func(name string, fn func(h *Hash, args []runtime.Value) (runtime.Value, error)) {
		runtime.AddMethod(t, name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			h, ok := args[0].(*Hash)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor '%s' requires a '_hashlib.HASH' object", name)
			}
			return fn(h, args[1:])
		})
	}
	method("update", func(h *Hash, args []runtime.Value) (runtime.Value, error) {
		if len(args) != 1 {
			return nil, runtime.TypeErrorf("update() takes exactly one argument (%d given)", len(args))
		}
		b, err := dataArg(args[0])
		if err != nil {
			return nil, err
		}
		h.h.Write(b)
		return runtime.None, nil
	})
	method("digest", func(h *Hash, args []runtime.Value) (runtime.Value, error) {
		return runtime.Bytes(h.h.Sum(nil)), nil
	})
	method("hexdigest", func(h *Hash, args []runtime.Value) (runtime.Value, error) {
		return runtime.Str(hex.EncodeToString(h.h.Sum(nil))), nil
	})
	method("copy", func(h *Hash, args []runtime.Value) (runtime.Value, error) {
		// Re-hash is impossible without the data: clone through the binary marshaler.
		c := &Hash{name: h.name, h: algorithms[h.name]()}
		if m, ok := h.h.(interface{ MarshalBinary() ([]byte, error) }); ok {
			if state, err := m.MarshalBinary(); err == nil {
				if u, ok := c.h.(interface{ UnmarshalBinary([]byte) error }); ok && u.UnmarshalBinary(state) == nil {
					return c, nil
				}
			}
		}
		return nil, runtime.ValueErrorf("cannot copy this hash object")
	})
	method("__repr__", func(h *Hash, args []runtime.Value) (runtime.Value, error) {
		return runtime.Str("<" + h.name + " _hashlib.HASH object @ " + runtime.AddrString(h) + ">"), nil
	})
	prop := func(name string, get func(h *Hash) runtime.Value) {
		t.Dict.SetStr(name, &runtime.Property{Get: runtime.NewBuiltin(name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			h, ok := args[0].(*Hash)
			if !ok {
				return nil, runtime.TypeErrorf("descriptor '%s' requires a '_hashlib.HASH' object", name)
			}
			return get(h), nil
		})})
	}
	prop("name", func(h *Hash) runtime.Value { return runtime.Str(h.name) })
	prop("digest_size", func(h *Hash) runtime.Value { return runtime.Int(h.h.Size()) })
	prop("block_size", func(h *Hash) runtime.Value { return runtime.Int(h.h.BlockSize()) })
	return t
}
