package lexer

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// stdlibFiles returns a few big files of the local CPython's standard library, or skips.
func stdlibFiles(b *testing.B) [][]byte {
	out, err := exec.Command("python3", "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		b.Skip("python3 not available")
	}
	dir := strings.TrimSpace(string(out))
	var srcs [][]byte
	for _, name := range []string{"typing.py", "asyncio/tasks.py", "argparse.py", "inspect.py", "_pydecimal.py"} {
		src, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil {
			srcs = append(srcs, src)
		}
	}
	if len(srcs) == 0 {
		b.Skip("no stdlib sources found")
	}
	return srcs
}

func BenchmarkTokenizeStdlib(b *testing.B) {
	srcs := stdlibFiles(b)
	size := 0
	for _, s := range srcs {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			Tokenize("bench.py", s)
		}
	}
}

func BenchmarkTokenizeFStrings(b *testing.B) {
	src := []byte(strings.Repeat("print(f'{name!r:>{width}} = {value:.3f} {{literal}} {d[\"k\"]}', f\"\"\"\n{a +\n b}\"\"\")\n", 200))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Tokenize("bench.py", src)
	}
}
