// Package threading implements aio's threading module. Threads run aio code on their own
// goroutines (through the runtime's executor, one worker each), taking turns with the
// interpreter lock, which blocking calls (sleep, join, lock and event waits, I/O) release.
// Lock and the core of Event are Go; Thread, RLock, Condition, Semaphore, Event, Timer and
// local are written in aio (threading.aio).
package threading

import (
	_ "embed"
	"sync"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed threading.aio
var src string

// Module is the threading module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "threading", Init: initModule}

// module is one interpreter's thread registry: the ident of each runtime thread.
type module struct {
	mu     sync.Mutex
	idents map[*runtime.Thread]int64
	next   int64
	main   *runtime.Thread
}

// handle is a started thread's completion, for join.
type handle struct {
	fut *runtime.ConcurrentFuture
}

var handleType = newHandleType()

// Type returns _thread._ThreadHandle.
func (*handle) Type() *runtime.Type { return handleType }

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	st := &module{idents: map[*runtime.Thread]int64{}, next: 1, main: th}
	return source.LoadWith(th, "threading", src, func(m *runtime.Module) {
		m.AddFunc("_start_new_thread", st.startNewThread)
		m.AddFunc("get_ident", st.getIdent)
		m.AddFunc("get_native_id", st.getIdent)
		m.AddFunc("_is_main", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return runtime.BoolOf(th == st.main), nil
		})
		m.AddFunc("_allocate_lock", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return newLock(), nil
		})
		m.AddFunc("_new_event", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return newEvent(), nil
		})
	})
}

// getIdent returns the calling thread's identifier (assigned on first use).
func (st *module) getIdent(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	id, ok := st.idents[th]
	if !ok {
		id = st.next
		st.next++
		st.idents[th] = id
	}
	return runtime.Int(id + 139_000_000_000_000), nil
}

// startNewThread runs fn() on a new goroutine and returns its handle.
func (st *module) startNewThread(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("_start_new_thread() takes exactly one argument")
	}
	ex := runtime.NewExecutor(th.Interp, 1)
	fut, err := ex.Submit(th, args[0], nil, nil)
	if err != nil {
		return nil, err
	}
	ex.Shutdown(th, false)
	return &handle{fut: fut}, nil
}

func newHandleType() *runtime.Type {
	t := runtime.NewBuiltinType("_ThreadHandle", "_thread", nil, false)
	runtime.AddMethod(t, "join", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		h, ok := args[0].(*handle)
		if !ok {
			return nil, runtime.TypeErrorf("descriptor requires a '_thread._ThreadHandle' object")
		}
		var tv runtime.Value
		if len(args) > 1 {
			tv = args[1]
		}
		timeout, err := timeoutArg(tv)
		if err != nil {
			return nil, err
		}
		if h.fut.Done() {
			return runtime.True, nil
		}
		done := make(chan struct{})
		h.fut.OnDone(func(*runtime.ConcurrentFuture) { close(done) })
		return runtime.BoolOf(wait(th, func() <-chan struct{} { return done }, timeout)), nil
	})
	runtime.AddMethod(t, "is_done", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		h, ok := args[0].(*handle)
		if !ok {
			return nil, runtime.TypeErrorf("descriptor requires a '_thread._ThreadHandle' object")
		}
		return runtime.BoolOf(h.fut.Done()), nil
	})
	return t
}
