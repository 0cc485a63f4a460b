//go:build !unix

package time

import gotime "time"

// cpuTime approximates the CPU time used by the wall time since the process started.
func cpuTime() gotime.Duration { return gotime.Since(processStart) }
