package subprocess

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/aiolang/aio/runtime"
)

// runProcess implements _run(args, shell, input, capture_out, capture_err, stderr_to_stdout,
// devnull_out, devnull_err, timeout, cwd, env) → (returncode, stdout bytes or None,
// stderr bytes or None, timed_out).
func runProcess(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 11 {
		return nil, runtime.TypeErrorf("_run() takes 11 arguments")
	}
	var argv []string
	switch a := args[0].(type) {
	case runtime.Str:
		argv = []string{string(a)}
	default:
		items, err := runtime.ToSlice(th, a)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, err := runtime.ToStr(th, it)
			if err != nil {
				return nil, err
			}
			argv = append(argv, s)
		}
	}
	if len(argv) == 0 {
		return nil, runtime.IndexErrorf("list index out of range")
	}
	truth := func(v runtime.Value) bool { b, _ := runtime.Truth(th, v); return b }
	shell := truth(args[1])
	if shell {
		argv = []string{"/bin/sh", "-c", strings.Join(argv, " ")}
	}
	var input []byte
	switch in := args[2].(type) {
	case runtime.Bytes:
		input = []byte(in)
	case runtime.Str:
		input = []byte(in)
	}
	captureOut, captureErr, errToOut := truth(args[3]), truth(args[4]), truth(args[5])
	nullOut, nullErr := truth(args[6]), truth(args[7])
	timeout := 0.0
	if f, ok := args[8].(runtime.Float); ok {
		timeout = float64(f)
	} else if i, ok := args[8].(runtime.Int); ok {
		timeout = float64(i)
	}
	ctx := context.Background()
	var cancel context.CancelFunc
	if timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, time.Duration(timeout*float64(time.Second)))
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	if cwd, ok := args[9].(runtime.Str); ok {
		cmd.Dir = string(cwd)
	}
	if env, ok := args[10].(*runtime.Dict); ok {
		env.Items(func(k, v runtime.Value) bool {
			ks, _ := k.(runtime.Str)
			vs, _ := v.(runtime.Str)
			cmd.Env = append(cmd.Env, string(ks)+"="+string(vs))
			return true
		})
	}
	if input != nil {
		cmd.Stdin = bytes.NewReader(input)
	}
	in := th.Interp
	if f, ok := in.Stdout.(interface{ Flush() error }); ok {
		f.Flush()
	}
	var out, errb bytes.Buffer
	switch {
	case captureOut:
		cmd.Stdout = &out
	case nullOut:
		cmd.Stdout = io.Discard
	default:
		cmd.Stdout = in.Stdout
	}
	switch {
	case errToOut:
		cmd.Stderr = cmd.Stdout
	case captureErr:
		cmd.Stderr = &errb
	case nullErr:
		cmd.Stderr = io.Discard
	default:
		cmd.Stderr = in.Stderr
	}
	var runErr error
	runtime.BlockingRegion(th, func() { runErr = cmd.Run() })
	if f, ok := in.Stdout.(interface{ Flush() error }); ok {
		f.Flush()
	}
	outV := runtime.Value(runtime.None)
	errV := runtime.Value(runtime.None)
	if captureOut {
		outV = runtime.Bytes(out.Bytes())
	}
	if captureErr && !errToOut {
		errV = runtime.Bytes(errb.Bytes())
	}
	if ctx.Err() != nil {
		return runtime.Tuple{runtime.Int(-9), outV, errV, runtime.True}, nil
	}
	code := 0
	var ee *exec.ExitError
	switch {
	case runErr == nil:
	case errors.As(runErr, &ee):
		code = ee.ExitCode()
		if code < 0 {
			code = -9
		}
	case errors.Is(runErr, exec.ErrNotFound) || os.IsNotExist(runErr):
		return nil, runtime.NewOSError(2, "No such file or directory", argv[0])
	default:
		var pe *os.PathError
		if errors.As(runErr, &pe) {
			return nil, runtime.OSErrorFromGo(runErr, argv[0])
		}
		return nil, runtime.NewOSError(8, runErr.Error(), argv[0])
	}
	return runtime.Tuple{runtime.Int(code), outV, errV, runtime.False}, nil
}
