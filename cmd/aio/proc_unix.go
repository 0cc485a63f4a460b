//go:build unix

package main

import (
	"os/exec"
	"syscall"
)

// isolateProcess puts the test's process in its own process group and makes cancelling it
// kill the whole group, so that children a test starts do not outlive it.
func isolateProcess(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		if cmd.Process == nil {
			return nil
		}
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
