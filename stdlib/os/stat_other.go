//go:build !linux

package os

import (
	"errors"
	"os"

	"github.com/aiolang/aio/runtime"
)

var (
	errIsDir  = errors.New("is a directory")
	errNotDir = errors.New("not a directory")
)

// statTuple converts file information to stat_result's items (portable fields only).
func statTuple(info os.FileInfo) runtime.Tuple {
	mode := int64(info.Mode().Perm())
	if info.IsDir() {
		mode |= 0o040000
	} else {
		mode |= 0o100000
	}
	t := float64(info.ModTime().UnixNano()) / 1e9
	return runtime.Tuple{runtime.Int(mode), runtime.Int(0), runtime.Int(0), runtime.Int(1),
		runtime.Int(0), runtime.Int(0), runtime.Int(info.Size()),
		runtime.Float(t), runtime.Float(t), runtime.Float(t)}
}
