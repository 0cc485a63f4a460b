package runtime

import (
	"io"
	"strings"
	"testing"
)

// A failing task that an expression statement dropped is reported right after its failing
// step (before the next ready callback), or after its done callbacks; a task the script
// still holds only when the loop closes.
func TestDroppedTaskReportedWhenFreed(t *testing.T) {
	in := NewInterp(Options{})
	var errbuf strings.Builder
	in.Stderr = &errbuf
	in.Clock = NewVirtualClock()
	l, th := NewLoop(in), in.NewThread()
	fail := func(name, msg string) Value {
		return script(name, func(Value, *Exception) (Value, SendStatus, error) {
			return nil, Returned, NewException(ValueErrorType, msg)
		})
	}
	mark := func(s string) GoCallback {
		return func(th *Thread, _ Value) error { io.WriteString(&errbuf, s+"\n"); return nil }
	}
	held, _ := l.CreateTask(th, fail("held", "held"), nil, nil)
	dropped, _ := l.CreateTask(th, fail("dropped", "dropped"), nil, nil)
	TaskDropped(th, dropped)
	l.CallSoonGo(mark("after steps"), None)
	withCb, _ := l.CreateTask(th, fail("withcb", "withcb"), nil, nil)
	withCb.AddDoneCallback(NewBuiltin("cb", func(th *Thread, _ []Value, _ []string) (Value, error) {
		io.WriteString(&errbuf, "done callback\n")
		return None, nil
	}), nil)
	TaskDropped(th, withCb)
	TaskDropped(th, held) // not the task created last: ignored
	l.CallLaterGo(1, func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	l.RunForever(th)
	io.WriteString(&errbuf, "closing\n")
	l.Close(th)
	var lines []string
	for _, s := range strings.Split(errbuf.String(), "\n") {
		if strings.HasPrefix(s, "ValueError") || !strings.Contains(s, ":") {
			lines = append(lines, s)
		}
	}
	got := strings.Join(lines, "|")
	want := "Task exception was never retrieved|ValueError: dropped|after steps|done callback|" +
		"Task exception was never retrieved|ValueError: withcb|closing|Task exception was never retrieved|ValueError: held|"
	if got != want {
		t.Errorf("stderr:\n%s\ngot  %s\nwant %s", errbuf.String(), got, want)
	}
}
