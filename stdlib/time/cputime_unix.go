//go:build unix

package time

import (
	"syscall"
	gotime "time"
)

// cpuTime returns the CPU time (user + system) this process has used.
func cpuTime() gotime.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return gotime.Since(processStart)
	}
	return gotime.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
