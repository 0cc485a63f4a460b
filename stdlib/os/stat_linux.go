//go:build linux

package os

import (
	"os"
	"syscall"

	"github.com/aiolang/aio/runtime"
)

var (
	errIsDir  = syscall.EISDIR
	errNotDir = syscall.ENOTDIR
)

// statTuple converts file information to stat_result's items.
func statTuple(info os.FileInfo) runtime.Tuple {
	mode := int64(info.Mode().Perm())
	switch {
	case info.IsDir():
		mode |= syscall.S_IFDIR
	case info.Mode()&os.ModeSymlink != 0:
		mode |= syscall.S_IFLNK
	default:
		mode |= syscall.S_IFREG
	}
	var ino, dev, nlink, uid, gid int64
	atime := float64(info.ModTime().UnixNano()) / 1e9
	mtime, ctime := atime, atime
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		mode = int64(st.Mode)
		ino, dev, nlink, uid, gid = int64(st.Ino), int64(st.Dev), int64(st.Nlink), int64(st.Uid), int64(st.Gid)
		atime = float64(st.Atim.Sec) + float64(st.Atim.Nsec)/1e9
		ctime = float64(st.Ctim.Sec) + float64(st.Ctim.Nsec)/1e9
	}
	return runtime.Tuple{runtime.Int(mode), runtime.Int(ino), runtime.Int(dev), runtime.Int(nlink),
		runtime.Int(uid), runtime.Int(gid), runtime.Int(info.Size()),
		runtime.Float(atime), runtime.Float(mtime), runtime.Float(ctime)}
}
