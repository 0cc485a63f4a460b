package runtime

import (
	"strconv"
	"sync"
	"sync/atomic"
)

// asyncioState is an interpreter's event-loop state, kept in Interp.Loop: the running loop
// of each thread, the loop set by set_event_loop, the Task-N counter and the worker threads.
type asyncioState struct {
	running atomic.Pointer[[]runEntry]
	mu      sync.Mutex
	// eventLoop is the loop of set_event_loop / get_event_loop (the policy's loop).
	eventLoop     *Loop
	eventLoopSet  bool
	taskCounter   atomic.Int64
	workers       map[*Thread]bool
	workersActive atomic.Bool
	gil           gilState
	// loops lists the loops created, for FinalizeAsync.
	loops []*Loop
}

type runEntry struct {
	th   *Thread
	loop *Loop
}

// asyncState returns in's event-loop state, creating it on first use.
func asyncState(in *Interp) *asyncioState {
	if st, ok := in.Loop.(*asyncioState); ok {
		return st
	}
	st := &asyncioState{}
	in.Loop = st
	return st
}

func (st *asyncioState) runningLoop(th *Thread) *Loop {
	p := st.running.Load()
	if p == nil {
		return nil
	}
	for _, e := range *p {
		if e.th == th {
			return e.loop
		}
	}
	return nil
}

func (st *asyncioState) setRunning(th *Thread, l *Loop) {
	st.mu.Lock()
	defer st.mu.Unlock()
	var list []runEntry
	if p := st.running.Load(); p != nil {
		for _, e := range *p {
			if e.th != th {
				list = append(list, e)
			}
		}
	}
	if l != nil {
		list = append(list, runEntry{th, l})
	}
	st.running.Store(&list)
}

func (st *asyncioState) isWorker(th *Thread) bool {
	if !st.workersActive.Load() {
		return false
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.workers[th]
}

func (st *asyncioState) nextTaskName() string {
	return "Task-" + strconv.FormatInt(st.taskCounter.Add(1), 10)
}

// MarkWorkerThread records whether th runs worker jobs (executor threads): time.sleep on a
// worker waits for a virtual clock instead of advancing it.
func MarkWorkerThread(th *Thread, worker bool) {
	st := asyncState(th.Interp)
	st.mu.Lock()
	defer st.mu.Unlock()
	if worker {
		if st.workers == nil {
			st.workers = map[*Thread]bool{}
		}
		st.workers[th] = true
		st.workersActive.Store(true)
	} else {
		delete(st.workers, th)
	}
}

// RunningLoop returns the loop running on th, or nil (events._get_running_loop()).
func RunningLoop(th *Thread) *Loop {
	return asyncState(th.Interp).runningLoop(th)
}

// GetRunningLoop returns the loop running on th or raises RuntimeError('no running event
// loop') (asyncio.get_running_loop()).
func GetRunningLoop(th *Thread) (*Loop, error) {
	if l := RunningLoop(th); l != nil {
		return l, nil
	}
	return nil, NewException(RuntimeErrorType, "no running event loop")
}

// GetEventLoop implements asyncio.get_event_loop(): the running loop, else the loop set
// with set_event_loop, else a new loop that becomes the current one.
func GetEventLoop(th *Thread) (*Loop, error) {
	if l := RunningLoop(th); l != nil {
		return l, nil
	}
	st := asyncState(th.Interp)
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.eventLoop == nil {
		if st.eventLoopSet {
			return nil, RuntimeErrorf("There is no current event loop in thread %s.", quoteStr("MainThread"))
		}
		st.eventLoop = NewLoop(th.Interp)
		st.eventLoopSet = true
	}
	return st.eventLoop, nil
}

// SetEventLoop implements asyncio.set_event_loop(loop) (nil for None).
func SetEventLoop(th *Thread, l *Loop) {
	st := asyncState(th.Interp)
	st.mu.Lock()
	st.eventLoop = l
	st.eventLoopSet = true
	st.mu.Unlock()
}

// CurrentTask returns the task running on l, or nil.
func (l *Loop) CurrentTask() *Task { return l.current }

// AllTasks returns the loop's pending tasks in creation order (asyncio.all_tasks).
func (l *Loop) AllTasks() []*Task {
	var out []*Task
	for t := l.taskHead; t != nil; t = t.next {
		if t.state == futPending {
			out = append(out, t)
		}
	}
	return out
}

func (l *Loop) registerTask(t *Task) {
	t.prev = l.taskTail
	if l.taskTail != nil {
		l.taskTail.next = t
	} else {
		l.taskHead = t
	}
	l.taskTail = t
	t.registered = true
}

func (l *Loop) unregisterTask(t *Task) {
	if !t.registered {
		return
	}
	t.registered = false
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		l.taskHead = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		l.taskTail = t.prev
	}
	t.prev, t.next = nil, nil
}

// FinalizeAsync reports, as CPython's garbage collector does when the program ends, the
// tasks still pending ("Task was destroyed but it is pending!") and the futures whose
// exception was never retrieved, of every loop of the interpreter. The vm calls it once,
// when the program ends (after printing an uncaught exception's traceback).
func FinalizeAsync(th *Thread) {
	st := asyncState(th.Interp)
	st.mu.Lock()
	loops := st.loops
	st.loops = nil
	st.mu.Unlock()
	for _, l := range loops {
		for t := l.taskHead; t != nil; t = t.next {
			if t.state == futPending && t.logDestroyPending {
				t.logDestroyPending = false
				l.ReportException(th, "Task was destroyed but it is pending!", nil, "task", t)
			}
		}
		l.reportUnretrieved(th)
	}
}
