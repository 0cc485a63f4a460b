package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
)

// output is the program's standard output as CPython buffers it: unbuffered when
// PYTHONUNBUFFERED is set (the golden test runners set it, so a program stopped by a
// timeout has printed everything), line-buffered on a terminal, block-buffered otherwise.
// The vm flushes it (it has a Flush method) before it writes to stderr and when a program
// ends.
type output struct {
	w        *bufio.Writer
	lineMode bool
}

// newOutput wraps w, or returns it as it is when output must not be buffered.
func newOutput(w io.Writer) io.Writer {
	if os.Getenv("PYTHONUNBUFFERED") != "" {
		return w
	}
	f, isFile := w.(*os.File)
	if !isFile {
		return w
	}
	return &output{w: bufio.NewWriterSize(w, 64<<10), lineMode: isTerminal(f)}
}

// Write buffers p, flushing at a newline in line mode.
func (o *output) Write(p []byte) (int, error) {
	n, err := o.w.Write(p)
	if err == nil && o.lineMode && bytes.IndexByte(p, '\n') >= 0 {
		err = o.w.Flush()
	}
	return n, err
}

// WriteString is Write for a string, without a copy.
func (o *output) WriteString(s string) (int, error) {
	n, err := o.w.WriteString(s)
	if err == nil && o.lineMode {
		for i := 0; i < len(s); i++ {
			if s[i] == '\n' {
				err = o.w.Flush()
				break
			}
		}
	}
	return n, err
}

// Flush writes out what is buffered.
func (o *output) Flush() error { return o.w.Flush() }

// flushOutput flushes w if it buffers.
func flushOutput(w io.Writer) {
	if f, ok := w.(interface{ Flush() error }); ok {
		f.Flush()
	}
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
