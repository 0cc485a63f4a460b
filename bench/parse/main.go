// Command parse compares the speed of aio's parser with CPython's ast.parse on the same set
// of CPython standard-library files, in one run: it parses every file in-process with
// parser.ParseFile, then asks python3 to time ast.parse on the same bytes, and prints both
// times (the best of -n rounds) and their ratio (aio / CPython; below 1.0 means aio is faster).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/aiolang/aio/parser"
)

// pyTimer reads the files named on its command line and prints the best total time, in
// seconds, of `rounds` passes of ast.parse over all of them.
const pyTimer = `
import ast, sys, time
rounds = int(sys.argv[1])
srcs = []
for p in sys.argv[2:]:
    with open(p, 'rb') as f:
        srcs.append((p, f.read()))
best = None
for _ in range(rounds):
    t0 = time.perf_counter()
    for p, s in srcs:
        ast.parse(s, filename=p)
    dt = time.perf_counter() - t0
    best = dt if best is None or dt < best else best
print(best)
`

func main() {
	python := flag.String("python", "/usr/bin/python3", "the CPython interpreter to compare with")
	dir := flag.String("dir", "", "directory of .py files (default: python's stdlib)")
	rounds := flag.Int("n", 5, "rounds; the best is reported")
	flag.Parse()
	if *dir == "" {
		out, err := exec.Command(*python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "parse: cannot ask python for its stdlib:", err)
			os.Exit(2)
		}
		*dir = strings.TrimSpace(string(out))
	}
	paths, _ := filepath.Glob(filepath.Join(*dir, "*.py"))
	sort.Strings(paths)
	var files []string
	var srcs [][]byte
	total := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if _, err := parser.ParseFile(p, src); err != nil {
			continue // not Python 3.11 (or a match statement): leave it out of both timings
		}
		files = append(files, p)
		srcs = append(srcs, src)
		total += len(src)
	}
	best := time.Duration(0)
	for r := 0; r < *rounds; r++ {
		t0 := time.Now()
		for i, src := range srcs {
			if _, err := parser.ParseFile(files[i], src); err != nil {
				fmt.Fprintln(os.Stderr, err)
			}
		}
		if dt := time.Since(t0); best == 0 || dt < best {
			best = dt
		}
	}
	args := append([]string{"-c", pyTimer, strconv.Itoa(*rounds)}, files...)
	var stderr bytes.Buffer
	cmd := exec.Command(*python, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "parse: python failed: %v\n%s", err, stderr.String())
		os.Exit(1)
	}
	py, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		fmt.Fprintln(os.Stderr, "parse: bad python output:", string(out))
		os.Exit(1)
	}
	aio := best.Seconds()
	fmt.Printf("files:   %d (%d bytes) from %s, best of %d rounds\n", len(files), total, *dir, *rounds)
	fmt.Printf("aio:     %8.1f ms\n", aio*1000)
	fmt.Printf("cpython: %8.1f ms\n", py*1000)
	fmt.Printf("ratio:   %.2f (aio / cpython)\n", aio/py)
}
