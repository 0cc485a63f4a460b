package runtime

// "Task exception was never retrieved" for a task nobody holds. CPython reports it when
// the task object is freed. A task created by an expression statement that discards it
// (`asyncio.create_task(work())`) is held only by the loop's handles, so CPython frees it,
// and reports its exception, right after the step in which it failed, or, when it had done
// callbacks, right after the last of them ran. The vm tells the runtime about such a
// statement with TaskDropped; every other task is reported when its loop closes or the
// program ends (see Loop.Close and FinalizeAsync).

// TaskDropped tells the runtime that an expression statement discarded v, the value of
// its expression. When v is the task created last (so that statement created it and no
// name holds it), the task's exception, if it ever fails and nobody retrieved it, is
// reported as soon as CPython's reference counting would free the task.
func TaskDropped(th *Thread, v Value) {
	t, ok := v.(*Task)
	if !ok || t.loop == nil || t.loop.lastTask != t {
		return
	}
	t.loop.lastTask = nil
	if t.state == futPending {
		t.dropped = true
		return
	}
	reportIfUnretrieved(th, t)
}

// droppedFailed is called when a dropped task has just failed: its exception is reported
// now, or after its done callbacks (scheduled just before) ran.
func (t *Task) droppedFailed(th *Thread, hadCallbacks bool) {
	if hadCallbacks {
		t.loop.ready.push(readyItem{fn: reportDroppedHook, recv: t})
		return
	}
	reportIfUnretrieved(th, t)
}

// reportDroppedHook reports a dropped task's exception after its done callbacks ran.
func reportDroppedHook(th *Thread, recv any, _ Value) error {
	reportIfUnretrieved(th, recv.(*Task))
	return nil
}

// reportIfUnretrieved reports t's exception if nobody retrieved it.
func reportIfUnretrieved(th *Thread, t *Task) {
	if !t.logTraceback || t.exc == nil {
		return
	}
	t.logTraceback = false
	t.loop.CallExceptionHandler(th, exceptionContext{
		message: "Task exception was never retrieved",
		exc:     t.exc,
		keys:    []string{"future"},
		values:  []Value{t},
	})
}
