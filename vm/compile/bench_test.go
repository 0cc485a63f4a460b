package compile_test

import (
	"os"
	"testing"

	"github.com/aiolang/aio/parser"
	"github.com/aiolang/aio/vm/compile"
)

// BenchmarkCompile measures the compiler alone (symbol tables, codegen, assembly) on the
// disassembly test program; the parse is done once outside the timed loop.
func BenchmarkCompile(b *testing.B) {
	src, err := os.ReadFile("testdata/dis/basic.py")
	if err != nil {
		b.Fatal(err)
	}
	mod, err := parser.ParseFile("basic.py", src)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := compile.Module(mod, "basic.py", compile.Options{TopLevelAwait: true}); err != nil {
			b.Fatal(err)
		}
	}
}
