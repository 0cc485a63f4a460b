//go:build !unix

package main

import "os/exec"

// isolateProcess does nothing where process groups do not exist: cancelling kills the
// process alone.
func isolateProcess(cmd *exec.Cmd) {}
