package vm

import (
	"io"
	"strings"

	"github.com/aiolang/aio/runtime"
)

// trackCoroutine remembers a new coroutine until it starts, so one never awaited can be
// reported when the program ends (CPython reports it when the object is freed). The
// newest coroutine waits in a slot of its own (tracked == -1): most are awaited at once,
// and starting it then costs nothing; it joins the list when the next one is made.
func trackCoroutine(th *runtime.Thread, c *Coroutine) {
	vm := vmOf(th)
	if vm == nil {
		return
	}
	if p := vm.lastCoro; p != nil {
		vm.lastCoro = nil
		if p.tracked == -1 {
			p.tracked = 0
			if !p.started && !p.closed {
				vm.unstarted = append(vm.unstarted, p)
				p.tracked = len(vm.unstarted)
			}
		}
	}
	vm.lastCoro = &c.genBase
	c.tracked = -1
}

// untrackCoroutine forgets a coroutine that started or was closed.
func untrackCoroutine(th *runtime.Thread, g *genBase) {
	vm := vmOf(th)
	if g.tracked == -1 {
		g.tracked = 0
		if vm != nil && vm.lastCoro == g {
			vm.lastCoro = nil
		}
		return
	}
	i := g.tracked - 1
	g.tracked = 0
	if vm == nil || i < 0 || i >= len(vm.unstarted) || vm.unstarted[i] != g {
		return
	}
	last := len(vm.unstarted) - 1
	if i != last {
		moved := vm.unstarted[last]
		vm.unstarted[i] = moved
		moved.tracked = i + 1
	}
	vm.unstarted[last] = nil
	vm.unstarted = vm.unstarted[:last]
}

// warnNeverAwaited reports a coroutine discarded without ever being started (an
// expression statement calling a coroutine function), at the discarding line, as CPython
// does when it frees the object.
func warnNeverAwaited(th *runtime.Thread, g *Coroutine, f *Frame, pc int) {
	g.closed = true
	g.release(th)
	if g.tracked != 0 {
		untrackCoroutine(th, &g.genBase)
	}
	line := lineAt(f.code, pc)
	msg := "coroutine '" + g.qualname + "' was never awaited"
	warn(th, f.code.Filename, line, "RuntimeWarning", msg, true)
}

// warn prints a warning the way the warnings module's default filter does: once per
// (file, line, message).
func warn(th *runtime.Thread, file string, line int, category, msg string, tracemalloc bool) {
	vm := vmOf(th)
	key := file + ":" + itoa(line) + ":" + category + ":" + msg
	if vm != nil {
		if vm.warned[key] {
			return
		}
		vm.warned[key] = true
		vm.flush()
	}
	var b strings.Builder
	b.WriteString(file + ":" + itoa(line) + ": " + category + ": " + msg + "\n")
	if src := th.Interp.SourceLine(file, line); src != "" {
		b.WriteString("  " + strings.TrimSpace(src) + "\n")
	}
	if tracemalloc {
		b.WriteString(category + ": Enable tracemalloc to get the object allocation traceback\n")
	}
	runtime.WriteStderr(th, b.String())
}

// reportUnawaited reports, at the end of the program, the coroutines never started, as
// CPython does when it frees them: those only the dying frames held first (through the
// warnings module, with its tracemalloc hint), then those still bound to globals of
// __main__ (at final shutdown, without the hint).
func (vm *Interpreter) reportUnawaited() {
	list := vm.unstarted
	vm.unstarted = nil
	if p := vm.lastCoro; p != nil && p.tracked == -1 {
		list = append(list, p)
	}
	vm.lastCoro = nil
	inGlobals := map[*genBase]bool{}
	vm.main.Dict.Items(func(k, v runtime.Value) bool {
		if c, ok := v.(*Coroutine); ok {
			inGlobals[&c.genBase] = true
		}
		return true
	})
	var late []*genBase
	seen := map[string]bool{}
	for _, g := range list {
		g.tracked = 0
		if g.started || g.closed {
			continue
		}
		if inGlobals[g] {
			late = append(late, g)
			continue
		}
		msg := "coroutine '" + g.qualname + "' was never awaited"
		if seen[msg] {
			continue
		}
		seen[msg] = true
		vm.flush()
		io.WriteString(vm.in.Stderr, "sys:1: RuntimeWarning: "+msg+"\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	}
	for _, g := range late {
		msg := "coroutine '" + g.qualname + "' was never awaited"
		if seen[msg] {
			continue
		}
		seen[msg] = true
		vm.flush()
		io.WriteString(vm.in.Stderr, "sys:1: RuntimeWarning: "+msg+"\n")
	}
}
