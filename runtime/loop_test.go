package runtime

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// newTestLoop returns a loop on a virtual clock with a thread to run it.
func newTestLoop(t testing.TB) (*Loop, *Thread, *VirtualClock) {
	in := NewInterp(Options{})
	vc := NewVirtualClock()
	in.Clock = vc
	return NewLoop(in), in.NewThread(), vc
}

// recorder collects event names.
type recorder struct{ events []string }

func (r *recorder) add(s string) { r.events = append(r.events, s) }
func (r *recorder) String() string {
	return strings.Join(r.events, " ")
}

func (r *recorder) cb(name string) GoCallback {
	return func(th *Thread, arg Value) error { r.add(name); return nil }
}

func expect(t *testing.T, r *recorder, want string) {
	t.Helper()
	if got := r.String(); got != want {
		t.Errorf("order:\n got %s\nwant %s", got, want)
	}
}

// runUntil runs l until stop is called by a callback scheduled at the end.
func runFor(t *testing.T, l *Loop, th *Thread) {
	t.Helper()
	if err := l.RunForever(th); err != nil {
		t.Fatal(err)
	}
}

func TestCallSoonFIFO(t *testing.T) {
	l, th, _ := newTestLoop(t)
	r := &recorder{}
	for i := 0; i < 5; i++ {
		l.CallSoonGo(r.cb(fmt.Sprint(i)), None)
	}
	l.CallSoonGo(func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	runFor(t, l, th)
	expect(t, r, "0 1 2 3 4")
}

// Each iteration runs exactly the callbacks that were ready when it began: a callback
// scheduled by a callback runs in the next iteration, after the others.
func TestPerIterationSnapshot(t *testing.T) {
	l, th, _ := newTestLoop(t)
	r := &recorder{}
	l.CallSoonGo(func(th *Thread, _ Value) error {
		r.add("a1")
		l.CallSoonGo(r.cb("a2"), None)
		return nil
	}, None)
	l.CallSoonGo(func(th *Thread, _ Value) error {
		r.add("b1")
		l.Stop() // stop after this iteration: a2 must not run
		return nil
	}, None)
	runFor(t, l, th)
	expect(t, r, "a1 b1")
	l.CallSoonGo(func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	runFor(t, l, th)
	expect(t, r, "a1 b1 a2")
}

// Timers fire by deadline, and in the order they were set on equal deadlines; the virtual
// clock jumps to each deadline.
func TestTimerOrderAndTies(t *testing.T) {
	l, th, vc := newTestLoop(t)
	r := &recorder{}
	rec := func(name string) GoCallback {
		return func(th *Thread, _ Value) error {
			r.add(fmt.Sprintf("%s@%g", name, vc.Now()))
			return nil
		}
	}
	l.CallLaterGo(2, rec("c"), None)
	l.CallLaterGo(1, rec("a"), None)
	l.CallLaterGo(1, rec("b"), None)
	l.CallLaterGo(0, rec("z"), None)
	l.CallLaterGo(1, rec("b2"), None)
	l.CallLaterGo(3, func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	runFor(t, l, th)
	expect(t, r, "z@0 a@1 b@1 b2@1 c@2")
	if got := l.Time(); got != 1003 {
		t.Errorf("loop.time() = %v, want 1003", got)
	}
	if got := vc.Time(); got != VirtualEpoch+3 {
		t.Errorf("time.time() = %v", got)
	}
}

// Ready callbacks run before timers that come due in the same iteration.
func TestReadyBeforeDueTimers(t *testing.T) {
	l, th, _ := newTestLoop(t)
	r := &recorder{}
	l.CallLaterGo(0, r.cb("timer"), None)
	l.CallSoonGo(r.cb("soon"), None)
	l.CallLaterGo(0.5, func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	runFor(t, l, th)
	expect(t, r, "soon timer")
}

func TestCancelledTimer(t *testing.T) {
	l, th, vc := newTestLoop(t)
	r := &recorder{}
	h, _ := l.CallLaterGo(1, r.cb("x"), None)
	l.CallLaterGo(2, r.cb("y"), None)
	h.Cancel()
	l.CallLaterGo(2, func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	runFor(t, l, th)
	expect(t, r, "y")
	if vc.Now() != 2 {
		t.Errorf("clock at %v, want 2 (cancelled timers do not move it)", vc.Now())
	}
}

// Many cancelled timers are swept from the heap.
func TestCancelledTimersSwept(t *testing.T) {
	l, th, _ := newTestLoop(t)
	var hs []*Handle
	for i := 0; i < 300; i++ {
		h, _ := l.CallLaterGo(float64(10+i), func(*Thread, Value) error { return nil }, None)
		hs = append(hs, h)
	}
	for _, h := range hs[:250] {
		h.Cancel()
	}
	l.CallSoonGo(func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	runFor(t, l, th)
	if len(l.timers) != 50 || l.timerCancelled != 0 {
		t.Errorf("after sweep: %d timers, %d cancelled", len(l.timers), l.timerCancelled)
	}
}

func TestClosedLoop(t *testing.T) {
	l, th, _ := newTestLoop(t)
	if err := l.Close(th); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"call_soon":            l.CallSoonGo(func(*Thread, Value) error { return nil }, None),
		"call_soon_threadsafe": l.CallSoonThreadsafeGo(func(*Thread, Value) error { return nil }, None),
		"run_forever":          l.RunForever(th),
	} {
		if err == nil || err.Error() != "RuntimeError: Event loop is closed" {
			t.Errorf("%s on a closed loop: %v", name, err)
		}
	}
}

// Thread-safe calls wake a loop that is waiting for a far timer (real clock).
func TestThreadsafeWakesRealLoop(t *testing.T) {
	in := NewInterp(Options{})
	in.Clock = NewRealClock()
	l, th := NewLoop(in), in.NewThread()
	r := &recorder{}
	l.CallLaterGo(30, r.cb("late"), None)
	start := time.Now()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(10 * time.Millisecond)
		l.CallSoonThreadsafeGo(func(th *Thread, _ Value) error {
			r.add("ts")
			l.Stop()
			return nil
		}, None)
	}()
	runFor(t, l, th)
	wg.Wait()
	expect(t, r, "ts")
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("loop woke after %v", d)
	}
}

// Real clock: a timer fires after (about) its delay.
func TestRealClockTimer(t *testing.T) {
	in := NewInterp(Options{})
	in.Clock = NewRealClock()
	l, th := NewLoop(in), in.NewThread()
	start := time.Now()
	l.CallLaterGo(0.02, func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	runFor(t, l, th)
	if d := time.Since(start); d < 19*time.Millisecond || d > 2*time.Second {
		t.Errorf("timer fired after %v", d)
	}
}

// Virtual clock: the loop waits for a running worker, and a worker's sleep waits for the
// clock, which jumps when the loop has nothing else to do.
func TestVirtualClockWorkers(t *testing.T) {
	l, th, vc := newTestLoop(t)
	r := &recorder{}
	vc.WorkerQueued()
	go func() {
		vc.WorkerStarted()
		vc.Sleep(5, true) // waits for the virtual clock to reach 5
		l.CallSoonThreadsafeGo(func(th *Thread, _ Value) error {
			r.add(fmt.Sprintf("worker@%g", vc.Now()))
			l.Stop()
			return nil
		}, None)
		vc.WorkerDone()
	}()
	l.CallLaterGo(2, func(th *Thread, _ Value) error { r.add(fmt.Sprintf("timer@%g", vc.Now())); return nil }, None)
	runFor(t, l, th)
	expect(t, r, "timer@2 worker@5")
}

// time.sleep on the main goroutine advances the virtual clock.
func TestVirtualSleepMain(t *testing.T) {
	vc := NewVirtualClock()
	vc.Sleep(1.5, false)
	vc.Sleep(-1, false)
	if vc.Monotonic() != 1001.5 || vc.Time() != 1_700_000_001.5 {
		t.Errorf("after sleep: monotonic %v time %v", vc.Monotonic(), vc.Time())
	}
}

// Float arithmetic of the virtual clock matches pyref: now = when - 1000 after a jump,
// and loop.time() = 1000 + now.
func TestVirtualJumpArithmetic(t *testing.T) {
	l, th, vc := newTestLoop(t)
	var at []float64
	for _, d := range []float64{0.1, 0.2, 0.30000000000000004, 1.7} {
		l.CallLaterGo(d, func(th *Thread, _ Value) error { at = append(at, l.Time()); return nil }, None)
	}
	l.CallLaterGo(2, func(th *Thread, _ Value) error { l.Stop(); return nil }, None)
	runFor(t, l, th)
	want := []float64{1000.1, 1000.2, 1000.3, 1001.7}
	for i := range want {
		if at[i] != want[i] {
			t.Errorf("timer %d at %v, want %v", i, at[i], want[i])
		}
	}
	_ = vc
}
