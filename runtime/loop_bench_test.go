package runtime

import "testing"

func noop(th *Thread, _ Value) error { return nil }

// BenchmarkCallSoon measures scheduling and running one Go callback.
func BenchmarkCallSoon(b *testing.B) {
	l, th, _ := newTestLoop(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		l.CallSoonGo(noop, None)
		if l.ready.len() >= 1024 {
			l.runOnce(th)
		}
	}
	l.runOnce(th)
}

// BenchmarkTimers measures call_later + firing under the virtual clock.
func BenchmarkTimers(b *testing.B) {
	l, th, _ := newTestLoop(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		l.CallLaterGo(float64(i%100)*0.001, noop, None)
		if len(l.timers) >= 1024 {
			for len(l.timers) > 0 {
				l.runOnce(th)
			}
		}
	}
	for len(l.timers) > 0 {
		l.runOnce(th)
	}
}

// pingPong is a Go coroutine that waits on its inbox future and answers on the peer's.
type pingPong struct {
	GoCoroutine
	l     *Loop
	inbox *Future
	peer  *pingPong
	left  *int
	first bool
}

func (p *pingPong) Resume(th *Thread, c *GoCoroutine, sent Value, exc *Exception) (Value, SendStatus, error) {
	if exc != nil {
		return nil, Returned, exc
	}
	if c.State == 0 {
		c.State = 1
		if p.inbox == nil {
			p.inbox = p.l.CreateFuture()
		}
		if p.first {
			p.peer.inbox.SetResult(Int(0))
		}
		return p.inbox, AwaitStatus, nil
	}
	*p.left--
	if *p.left < 0 {
		return None, Returned, nil
	}
	p.inbox = p.l.CreateFuture()
	p.peer.inbox.SetResult(sent)
	if *p.left == 0 {
		return None, Returned, nil
	}
	return p.inbox, AwaitStatus, nil
}

// BenchmarkPingPong measures one message between two tasks over futures (a future, a
// wake-up, a task step).
func BenchmarkPingPong(b *testing.B) {
	l, th, _ := newTestLoop(b)
	n := b.N
	a := &pingPong{l: l, left: &n, first: true}
	c := &pingPong{l: l, left: &n}
	a.peer, c.peer = c, a
	a.Init("ping", a)
	c.Init("pong", c)
	c.inbox = l.CreateFuture()
	b.ReportAllocs()
	ta, _ := l.CreateTask(th, a, nil, nil)
	tc, _ := l.CreateTask(th, c, nil, nil)
	g, _ := Gather(th, []Value{ta, tc}, false)
	if _, err := l.RunUntilComplete(th, g); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkSpawnGather measures creating a task that returns at once, and gathering it.
func BenchmarkSpawnGather(b *testing.B) {
	benchGather(b, 1000, func(th *Thread, l *Loop) Value { return NewGoCoroutine("w", nil) })
}

// BenchmarkGatherTasks measures creating 10,000 tasks at once and gathering them (the
// ready queue holds them all; gather takes futures, not coroutines).
func BenchmarkGatherTasks(b *testing.B) {
	benchGather(b, 10000, func(th *Thread, l *Loop) Value {
		t, err := NewTask(th, l, NewGoCoroutine("w", nil), nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		return t
	})
}

// benchGather gathers batches of batch awaitables made by mk until b.N have run.
func benchGather(b *testing.B, batch int, mk func(th *Thread, l *Loop) Value) {
	l, th, _ := newTestLoop(b)
	SetEventLoop(th, l)
	b.ReportAllocs()
	for done := 0; done < b.N; done += batch {
		aws := make([]Value, batch)
		for i := range aws {
			aws[i] = mk(th, l)
		}
		g, err := Gather(th, aws, false)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := l.RunUntilComplete(th, g); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadyQueueDeep measures pushing 100,000 items on the ready queue and running
// them through.
func BenchmarkReadyQueueDeep(b *testing.B) {
	var q readyQueue
	b.ReportAllocs()
	const depth = 100000
	for done := 0; done < b.N; done += depth {
		for i := 0; i < depth; i++ {
			q.push(readyItem{fn: noopHook, arg: None})
		}
		for q.len() > 0 {
			q.pop()
		}
	}
}

func noopHook(th *Thread, recv any, arg Value) error { return nil }
