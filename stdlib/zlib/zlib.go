// Package zlib implements aio's zlib module (compress, decompress, crc32, adler32) and
// the one-shot gzip functions of the gzip module (gzip.go), on Go's compress packages.
package zlib

import (
	"bytes"
	"compress/zlib"
	"hash/adler32"
	"hash/crc32"
	"io"

	"github.com/aiolang/aio/runtime"
)

// Module is the zlib module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "zlib", Init: initModule}

// errorType makes zlib.error (per interpreter).
func errorType(th *runtime.Thread, module string) (*runtime.Type, error) {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str(module))
	ns.SetStr("__qualname__", runtime.Str("error"))
	return runtime.NewClass(th, "error", []*runtime.Type{runtime.ExceptionType}, ns, nil)
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	errType, err := errorType(th, "zlib")
	if err != nil {
		return nil, err
	}
	m := runtime.NewModule("zlib")
	m.Dict.SetStr("error", errType)
	m.Dict.SetStr("Z_DEFAULT_COMPRESSION", runtime.Int(-1))
	m.Dict.SetStr("Z_BEST_SPEED", runtime.Int(1))
	m.Dict.SetStr("Z_BEST_COMPRESSION", runtime.Int(9))
	m.Dict.SetStr("MAX_WBITS", runtime.Int(15))
	m.AddFunc("compress", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("compress() missing required argument 'data' (pos 1)")
		}
		data, err := runtime.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		level := zlib.DefaultCompression
		if len(args) > 1 {
			if n, ok := runtime.AsInt64(args[1]); ok {
				level = int(n)
			}
		}
		var buf bytes.Buffer
		w, err := zlib.NewWriterLevel(&buf, level)
		if err != nil {
			return nil, runtime.Errorf(errType, "Bad compression level")
		}
		w.Write(data)
		w.Close()
		return runtime.Bytes(buf.Bytes()), nil
	})
	m.AddFunc("decompress", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("decompress() missing required argument 'data' (pos 1)")
		}
		data, err := runtime.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		r, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, runtime.Errorf(errType, "Error -3 while decompressing data: incorrect header check")
		}
		out, err := io.ReadAll(r)
		if err != nil {
			return nil, runtime.Errorf(errType, "Error -5 while decompressing data: incomplete or truncated stream")
		}
		return runtime.Bytes(out), nil
	})
	checksum := func(name string, fn func([]byte, uint32) uint32, start uint32) {
		m.AddFunc(name, func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if len(args) < 1 {
				return nil, runtime.TypeErrorf("%s() missing required argument 'data' (pos 1)", name)
			}
			data, err := runtime.BytesLike(args[0])
			if err != nil {
				return nil, err
			}
			value := start
			if len(args) > 1 {
				if n, ok := runtime.AsInt64(args[1]); ok {
					value = uint32(n)
				}
			}
			return runtime.Int(int64(fn(data, value))), nil
		})
	}
	checksum("crc32", func(b []byte, v uint32) uint32 { return crc32.Update(v, crc32.IEEETable, b) }, 0)
	checksum("adler32", func(b []byte, v uint32) uint32 { return adler32Update(v, b) }, 1)
	return m, nil
}

// adler32Update continues an Adler-32 checksum from value.
func adler32Update(value uint32, b []byte) uint32 {
	if value == 1 {
		return adler32.Checksum(b)
	}
	const mod = 65521
	s1, s2 := value&0xffff, value>>16
	for _, c := range b {
		s1 = (s1 + uint32(c)) % mod
		s2 = (s2 + s1) % mod
	}
	return s2<<16 | s1
}
