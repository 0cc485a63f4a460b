// Package asyncio implements aio's asyncio module on top of the runtime's event loop
// (runtime.Loop, runtime.Future, runtime.Task): run, sleep, create_task, gather, wait,
// wait_for, as_completed, timeout, shield and friends, ported from CPython 3.11 so that the
// order of events (and the number of loop iterations each operation takes) is CPython's.
//
// Functions that are `async def` in CPython (sleep, wait, wait_for, …) return Go-native
// coroutines (runtime.GoCoroutine): nothing happens until they are awaited.
package asyncio

import "github.com/aiolang/aio/runtime"

// Module is the asyncio module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "asyncio", Init: initModule}

// ExceptionsModule is asyncio.exceptions.
var ExceptionsModule = runtime.ModuleDef{Name: "asyncio.exceptions", Init: initExceptions}

// Modules lists every module of this package, for registration.
var Modules = []runtime.ModuleDef{Module, ExceptionsModule, ConcurrentPackage, ConcurrentModule}

// The wait() constants.
const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

var moduleFuncs = map[string]runtime.BuiltinFunc{
	"run":                      run,
	"sleep":                    sleep,
	"create_task":              createTask,
	"ensure_future":            ensureFuture,
	"gather":                   gather,
	"shield":                   shield,
	"wait":                     wait,
	"wait_for":                 waitFor,
	"as_completed":             asCompletedFunc,
	"timeout":                  timeout,
	"timeout_at":               timeoutAt,
	"current_task":             currentTask,
	"all_tasks":                allTasks,
	"get_running_loop":         getRunningLoop,
	"get_event_loop":           getEventLoop,
	"new_event_loop":           newEventLoop,
	"set_event_loop":           setEventLoop,
	"iscoroutine":              isCoroutine,
	"iscoroutinefunction":      isCoroutineFunction,
	"isfuture":                 isFuture,
	"_get_running_loop":        getRunningLoopOrNone,
	"run_coroutine_threadsafe": runCoroutineThreadsafe,
	"to_thread":                toThread,
	"wrap_future":              wrapFuture,
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("asyncio")
	for name, fn := range moduleFuncs {
		m.AddFunc(name, fn)
	}
	d := m.Dict
	d.SetStr("Future", runtime.FutureType)
	d.SetStr("Task", runtime.TaskType)
	d.SetStr("Handle", runtime.HandleType)
	d.SetStr("TimerHandle", runtime.TimerHandleType)
	d.SetStr("AbstractEventLoop", runtime.LoopType)
	d.SetStr("BaseEventLoop", runtime.LoopType)
	d.SetStr("SelectorEventLoop", runtime.LoopType)
	d.SetStr("Timeout", timeoutType)
	for _, t := range []*runtime.Type{lockType, eventType, conditionType, semaphoreType, boundedSemType,
		queueType, priorityQueueType, lifoQueueType, queueEmptyType, queueFullType, taskGroupType, runnerType, barrierType, brokenBarrierErrorType} {
		d.SetStr(t.Name, t)
	}
	d.SetStr("CancelledError", runtime.CancelledErrorType)
	d.SetStr("InvalidStateError", runtime.InvalidStateErrorType)
	d.SetStr("TimeoutError", runtime.TimeoutErrorType)
	d.SetStr("FIRST_COMPLETED", runtime.Str(firstCompleted))
	d.SetStr("FIRST_EXCEPTION", runtime.Str(firstException))
	d.SetStr("ALL_COMPLETED", runtime.Str(allCompleted))
	if ex, err := th.Interp.ImportModule(th, "asyncio.exceptions"); err == nil {
		d.SetStr("exceptions", ex)
	}
	return m, nil
}

func initExceptions(th *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule("asyncio.exceptions")
	m.Dict.SetStr("CancelledError", runtime.CancelledErrorType)
	m.Dict.SetStr("InvalidStateError", runtime.InvalidStateErrorType)
	m.Dict.SetStr("TimeoutError", runtime.TimeoutErrorType)
	m.Dict.SetStr("BrokenBarrierError", brokenBarrierErrorType)
	return m, nil
}
