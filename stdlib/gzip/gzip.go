// Package gzip implements aio's gzip module: compress and decompress (one-shot), and open
// for reading and writing whole gzip files, on Go's compress/gzip.
package gzip

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"

	"github.com/aiolang/aio/runtime"
)

// Module is the gzip module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "gzip", Init: initModule}

func compress(data []byte, level int) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, level)
	if err != nil {
		return nil, err
	}
	w.Write(data)
	w.Close()
	return buf.Bytes(), nil
}

func decompress(data []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// decompressOr is the bytes gzip data holds, or a badFile error (BadGzipFile) naming its
// first two bytes.
func decompressOr(badFile *runtime.Type, data []byte) (runtime.Value, error) {
	out, err := decompress(data)
	if err != nil {
		return nil, runtime.Errorf(badFile, "Not a gzipped file (%s)", firstTwo(data))
	}
	return runtime.Bytes(out), nil
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str("gzip"))
	ns.SetStr("__qualname__", runtime.Str("BadGzipFile"))
	badFile, err := runtime.NewClass(th, "BadGzipFile", []*runtime.Type{runtime.OSErrorType}, ns, nil)
	if err != nil {
		return nil, err
	}
	m := runtime.NewModule("gzip")
	m.Dict.SetStr("BadGzipFile", badFile)
	m.AddFunc("compress", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("compress() missing required argument 'data' (pos 1)")
		}
		data, err := runtime.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		level := 9
		if len(args) > 1 {
			if n, ok := runtime.AsInt64(args[1]); ok {
				level = int(n)
			}
		}
		out, err := compress(data, level)
		if err != nil {
			return nil, runtime.ValueErrorf("Invalid initialization option")
		}
		return runtime.Bytes(out), nil
	})
	m.AddFunc("decompress", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(args) < 1 {
			return nil, runtime.TypeErrorf("decompress() missing required argument 'data' (pos 1)")
		}
		data, err := runtime.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		return decompressOr(badFile, data)
	})
	m.AddFunc("_read_file", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		name, _ := args[0].(runtime.Str)
		data, err := os.ReadFile(string(name))
		if err != nil {
			return nil, runtime.OSErrorFromGo(err, string(name))
		}
		return decompressOr(badFile, data)
	})
	m.AddFunc("_write_file", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		name, _ := args[0].(runtime.Str)
		data, err := runtime.BytesLike(args[1])
		if err != nil {
			return nil, err
		}
		out, err := compress(data, 9)
		if err != nil {
			return nil, runtime.ValueErrorf("%v", err)
		}
		if err := os.WriteFile(string(name), out, 0o644); err != nil {
			return nil, runtime.OSErrorFromGo(err, string(name))
		}
		return runtime.None, nil
	})
	if exec := th.Interp.Hooks.Exec; exec != nil {
		if err := exec(th, openSrc, m.Dict, m.Dict); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func firstTwo(b []byte) string {
	if len(b) > 2 {
		b = b[:2]
	}
	r, _ := runtime.Repr(nil, runtime.Bytes(b))
	return r
}

// openSrc is gzip.open: the whole file is read or written at once.
const openSrc = `
class GzipFile:
    def __init__(self, filename, mode="rb"):
        self.name = filename
        self.mode = mode
        self._text = "t" in mode
        self._writing = mode[:1] in ("w", "a", "x")
        self._chunks = []
        self._data = None if self._writing else _read_file(filename)
        self._pos = 0
        self.closed = False

    def read(self, size=-1):
        data = self._data[self._pos:] if size is None or size < 0 else self._data[self._pos:self._pos + size]
        self._pos += len(data)
        return data.decode() if self._text else data

    def readlines(self):
        text = self.read()
        return text.splitlines(True)

    def __iter__(self):
        return iter(self.readlines())

    def write(self, data):
        self._chunks.append(data.encode() if isinstance(data, str) else bytes(data))
        return len(data)

    def close(self):
        if not self.closed and self._writing:
            _write_file(self.name, b"".join(self._chunks))
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    return GzipFile(filename, mode)
`
