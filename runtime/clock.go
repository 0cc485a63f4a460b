package runtime

import (
	"container/heap"
	"sync"
	"time"
)

// Clock is where an interpreter reads the time: time.time(), time.monotonic(),
// time.perf_counter(), loop.time() and time.sleep() all go through it. RealClock reads the
// system clock; VirtualClock is a simulated clock that only moves when told to (pyref's).
type Clock interface {
	// Time returns the wall clock in seconds since the epoch (time.time()).
	Time() float64
	// Monotonic returns the monotonic clock in seconds (time.monotonic(),
	// time.perf_counter(), loop.time()).
	Monotonic() float64
	// Sleep blocks for the given number of seconds (time.sleep()). worker tells whether the
	// caller runs on a worker goroutine (an executor job) rather than the interpreter's main
	// goroutine; only the virtual clock cares.
	Sleep(seconds float64, worker bool)
	// IsVirtual reports whether this is a VirtualClock.
	IsVirtual() bool
}

// VirtualEpoch is what a VirtualClock's Time reads at virtual instant 0.
const VirtualEpoch = 1_700_000_000.0

// VirtualMonoBase is what a VirtualClock's Monotonic reads at virtual instant 0.
const VirtualMonoBase = 1_000.0

// RealClock is the system clock.
type RealClock struct {
	start time.Time
}

// NewRealClock returns a clock reading the system time.
func NewRealClock() *RealClock { return &RealClock{start: time.Now()} }

// Time returns seconds since the Unix epoch.
func (c *RealClock) Time() float64 {
	return float64(time.Now().UnixNano()) / 1e9
}

// Monotonic returns seconds on a monotonic clock (arbitrary origin, like CPython's).
func (c *RealClock) Monotonic() float64 {
	return VirtualMonoBase + time.Since(c.start).Seconds()
}

// Sleep sleeps for real.
func (c *RealClock) Sleep(seconds float64, worker bool) {
	if seconds > 0 {
		time.Sleep(time.Duration(seconds * 1e9))
	}
}

// IsVirtual reports false.
func (c *RealClock) IsVirtual() bool { return false }

// VirtualClock is pyref's simulated clock. Nothing really waits: time.sleep on the main
// goroutine advances the clock; in a worker it waits until the clock reaches its deadline;
// the event loop jumps the clock to the next timer when nothing is ready and no worker runs.
//
// It is safe for concurrent use: workers (executor jobs) read and sleep on it from other
// goroutines.
type VirtualClock struct {
	mu       sync.Mutex
	now      float64
	running  int // worker jobs running (not in a virtual sleep)
	queued   int // worker jobs submitted but not started
	sleepers sleeperHeap
	seq      uint64
	// changed is signalled (without blocking) whenever workers change state, so the loop
	// can stop waiting for them.
	changed chan struct{}
}

// NewVirtualClock returns a virtual clock at instant 0.
func NewVirtualClock() *VirtualClock {
	return &VirtualClock{changed: make(chan struct{}, 1)}
}

// Now returns the virtual seconds elapsed since instant 0.
func (c *VirtualClock) Now() float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Time returns VirtualEpoch + the virtual time.
func (c *VirtualClock) Time() float64 { return VirtualEpoch + c.Now() }

// Monotonic returns VirtualMonoBase + the virtual time.
func (c *VirtualClock) Monotonic() float64 { return VirtualMonoBase + c.Now() }

// IsVirtual reports true.
func (c *VirtualClock) IsVirtual() bool { return true }

// Sleep advances the clock (main goroutine) or waits for it to reach now+seconds (worker).
func (c *VirtualClock) Sleep(seconds float64, worker bool) {
	if !(seconds > 0) {
		seconds = 0
	}
	c.mu.Lock()
	if !worker {
		c.now += seconds
		c.wakeDue()
		c.mu.Unlock()
		return
	}
	s := &sleeper{deadline: c.now + seconds, seq: c.seq, wake: make(chan struct{})}
	c.seq++
	heap.Push(&c.sleepers, s)
	c.running--
	c.signal()
	c.mu.Unlock()
	<-s.wake
}

// Advance moves the clock forward by seconds, as time.sleep on the main goroutine does.
func (c *VirtualClock) Advance(seconds float64) { c.Sleep(seconds, false) }

// WorkerQueued records that a worker job was submitted (it will start later).
func (c *VirtualClock) WorkerQueued() {
	c.mu.Lock()
	c.queued++
	c.mu.Unlock()
}

// WorkerStarted records that a queued worker job started running.
func (c *VirtualClock) WorkerStarted() {
	c.mu.Lock()
	c.queued--
	c.running++
	c.mu.Unlock()
}

// WorkerDone records that a running worker job finished.
func (c *VirtualClock) WorkerDone() {
	c.mu.Lock()
	c.running--
	c.signal()
	c.mu.Unlock()
}

// signal notifies a waiting loop; c.mu is held.
func (c *VirtualClock) signal() {
	select {
	case c.changed <- struct{}{}:
	default:
	}
}

// wakeDue wakes the worker sleepers whose deadline has come; c.mu is held.
func (c *VirtualClock) wakeDue() int {
	woke := 0
	for len(c.sleepers) > 0 && c.sleepers[0].deadline <= c.now {
		s := heap.Pop(&c.sleepers).(*sleeper)
		c.running++ // counted as running again on its behalf
		close(s.wake)
		woke++
	}
	return woke
}

type sleeper struct {
	deadline float64
	seq      uint64
	wake     chan struct{}
}

// sleeperHeap orders worker sleepers by (deadline, sequence); it implements heap.Interface.
type sleeperHeap []*sleeper

func (h sleeperHeap) Len() int { return len(h) }
func (h sleeperHeap) Less(i, j int) bool {
	if h[i].deadline != h[j].deadline {
		return h[i].deadline < h[j].deadline
	}
	return h[i].seq < h[j].seq
}
func (h sleeperHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *sleeperHeap) Push(x any)   { *h = append(*h, x.(*sleeper)) }
func (h *sleeperHeap) Pop() any {
	old := *h
	s := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return s
}

// InterpClock returns the interpreter's clock, installing a RealClock if none was set.
// The time module reads time.time(), time.monotonic(), time.perf_counter() through it.
func InterpClock(in *Interp) Clock {
	if c, ok := in.Clock.(Clock); ok {
		return c
	}
	c := NewRealClock()
	in.Clock = c
	return c
}

// ClockSleep implements time.sleep(seconds) for th: on the main goroutine a virtual clock
// advances; on a worker thread (see MarkWorkerThread) it waits for the virtual clock.
func ClockSleep(th *Thread, seconds float64) {
	c := InterpClock(th.Interp)
	worker := asyncState(th.Interp).isWorker(th)
	if !worker && c.IsVirtual() {
		c.Sleep(seconds, false) // advances the clock: nothing to wait for
		return
	}
	BlockingRegion(th, func() { c.Sleep(seconds, worker) })
}
