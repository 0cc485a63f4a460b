// Package base64 implements aio's base64 module: b64encode, b64decode, urlsafe_b64encode,
// urlsafe_b64decode, standard_b64encode/decode, b32encode/decode, b16encode/decode.
package base64

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/aiolang/aio/runtime"
)

// Module is the base64 module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "base64", Init: initModule}

// bytesArg converts bytes-like (and, for decoding, ASCII str) arguments.
func bytesArg(v runtime.Value, allowStr bool) ([]byte, error) {
	if x, ok := v.(runtime.Str); ok && allowStr {
		for _, r := range string(x) {
			if r > 127 {
				return nil, runtime.ValueErrorf("string argument should contain only ASCII characters")
			}
		}
		return []byte(x), nil
	}
	return runtime.BytesLike(v)
}

// binascii.Error is a ValueError in CPython; aio reports ValueError with its message.
func decodeError(msg string) error { return runtime.ValueErrorf("%s", msg) }

func encoder(enc func([]byte) string) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("missing required argument 's'")
		}
		b, err := bytesArg(args[0], false)
		if err != nil {
			return nil, err
		}
		return runtime.Bytes(enc(b)), nil
	}
}

func decoder(dec func(string) ([]byte, error), msg string) runtime.BuiltinFunc {
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("missing required argument 's'")
		}
		b, err := bytesArg(args[0], true)
		if err != nil {
			return nil, err
		}
		out, err := dec(string(b))
		if err != nil {
			return nil, decodeError(msg)
		}
		return runtime.Bytes(out), nil
	}
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("base64")
	std := base64.StdEncoding
	url := base64.URLEncoding
	lenient := func(enc *base64.Encoding) func(string) ([]byte, error) {
		return func(s string) ([]byte, error) {
			s = strings.Map(func(r rune) rune {
				if r == '\n' || r == '\r' || r == ' ' || r == '\t' {
					return -1
				}
				return r
			}, s)
			if len(s)%4 != 0 {
				return nil, base64.CorruptInputError(len(s))
			}
			return enc.DecodeString(s)
		}
	}
	for name, fn := range map[string]runtime.BuiltinFunc{
		"b64encode":          encoder(std.EncodeToString),
		"standard_b64encode": encoder(std.EncodeToString),
		"urlsafe_b64encode":  encoder(url.EncodeToString),
		"b64decode":          decoder(lenient(std), "Incorrect padding"),
		"standard_b64decode": decoder(lenient(std), "Incorrect padding"),
		"urlsafe_b64decode":  decoder(lenient(url), "Incorrect padding"),
		"b32encode":          encoder(base32.StdEncoding.EncodeToString),
		"b32decode":          decoder(base32.StdEncoding.DecodeString, "Incorrect padding"),
		"b16encode": encoder(func(b []byte) string {
			return strings.ToUpper(hex.EncodeToString(b))
		}),
		"b16decode": decoder(func(s string) ([]byte, error) {
			if strings.ToUpper(s) != s {
				return nil, hex.ErrLength
			}
			return hex.DecodeString(s)
		}, "Non-base16 digit found"),
	} {
		m.AddFunc(name, fn)
	}
	return m, nil
}
