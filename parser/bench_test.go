package parser

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// stdlibFiles returns CPython's top-level stdlib modules, if python3 is installed.
func stdlibFiles(b *testing.B) (names []string, srcs [][]byte) {
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		b.Skip("python3 not available")
	}
	paths, _ := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "*.py"))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if _, err := ParseFile(p, src); err != nil {
			continue
		}
		names = append(names, p)
		srcs = append(srcs, src)
	}
	return names, srcs
}

// BenchmarkStdlib parses every top-level stdlib module once per iteration.
func BenchmarkStdlib(b *testing.B) {
	names, srcs := stdlibFiles(b)
	total := 0
	for _, s := range srcs {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			if _, err := ParseFile(names[j], src); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExpressions parses an expression-heavy module.
func BenchmarkExpressions(b *testing.B) {
	src := []byte(strings.Repeat("x = a * (b + c) - f(d, e=1)[2:3].g ** -h if k else [i for i in range(10) if i % 2]\n", 200))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompound parses nested compound statements.
func BenchmarkCompound(b *testing.B) {
	unit := "def f(a, b=1, *c, **d):\n    for x in y:\n        if x:\n            try:\n                pass\n            except E as e:\n                raise\n        elif z:\n            with a as b:\n                return\n    while True:\n        break\n"
	src := []byte(strings.Repeat(unit, 100))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
