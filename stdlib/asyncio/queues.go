package asyncio

import (
	"github.com/aiolang/aio/runtime"
)

// asyncio.queues, ported from CPython 3.11.7.
var (
	queueType         = runtime.NewBuiltinType("Queue", "asyncio.queues", nil, false)
	priorityQueueType = runtime.NewBuiltinType("PriorityQueue", "asyncio.queues", queueType, false)
	lifoQueueType     = runtime.NewBuiltinType("LifoQueue", "asyncio.queues", queueType, false)
	queueEmptyType    = runtime.NewExceptionType("QueueEmpty", "asyncio.queues", runtime.ExceptionType)
	queueFullType     = runtime.NewExceptionType("QueueFull", "asyncio.queues", runtime.ExceptionType)
)

// queue kinds
const (
	fifo = iota
	priority
	lifo
)

// Queue is asyncio.Queue, PriorityQueue or LifoQueue.
type Queue struct {
	loopBound
	kind       int
	maxsize    runtime.Value
	max        int
	items      []runtime.Value
	head       int // FIFO: index of the first item
	getters    waiters
	putters    waiters
	unfinished int
	finished   *Event
}

// Type returns the queue's class.
func (q *Queue) Type() *runtime.Type {
	switch q.kind {
	case priority:
		return priorityQueueType
	case lifo:
		return lifoQueueType
	}
	return queueType
}

// Len returns qsize().
func (q *Queue) Len() int { return len(q.items) - q.head }

func (q *Queue) full() bool { return q.max > 0 && q.Len() >= q.max }

func (q *Queue) put(th *runtime.Thread, v runtime.Value) error {
	switch q.kind {
	case priority:
		q.items = append(q.items, v)
		return siftDown(th, q.items, 0, len(q.items)-1)
	default:
		q.items = append(q.items, v)
	}
	return nil
}

func (q *Queue) get(th *runtime.Thread) (runtime.Value, error) {
	switch q.kind {
	case priority:
		return heapPop(th, &q.items)
	case lifo:
		n := len(q.items) - 1
		v := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return v, nil
	}
	v := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 1024 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return v, nil
}

// PutNowait is put_nowait(item).
func (q *Queue) PutNowait(th *runtime.Thread, v runtime.Value) error {
	if q.full() {
		return runtime.NewException(queueFullType, "")
	}
	if err := q.put(th, v); err != nil {
		return err
	}
	q.unfinished++
	q.finished.value = false
	q.getters.wakeupNext()
	return nil
}

// GetNowait is get_nowait().
func (q *Queue) GetNowait(th *runtime.Thread) (runtime.Value, error) {
	if q.Len() == 0 {
		return nil, runtime.NewException(queueEmptyType, "")
	}
	v, err := q.get(th)
	if err != nil {
		return nil, err
	}
	q.putters.wakeupNext()
	return v, nil
}

// Put returns the coroutine put(item).
func (q *Queue) Put(item runtime.Value) *runtime.GoCoroutine {
	var putter *runtime.Future
	return runtime.NewGoCoroutine("Queue.put", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if exc != nil {
			if putter == nil {
				return nil, runtime.Returned, exc
			}
			putter.Cancel(runtime.None)
			q.putters.remove(putter)
			if !q.full() && !putter.Cancelled() {
				q.putters.wakeupNext()
			}
			return nil, runtime.Returned, exc
		}
		if q.full() {
			loop, err := q.getLoop(th, q)
			if err != nil {
				return nil, runtime.Returned, err
			}
			putter = loop.CreateFuture()
			q.putters = append(q.putters, putter)
			return putter, runtime.AwaitStatus, nil
		}
		return runtime.None, runtime.Returned, q.PutNowait(th, item)
	}))
}

// Get returns the coroutine get().
func (q *Queue) Get() *runtime.GoCoroutine {
	var getter *runtime.Future
	return runtime.NewGoCoroutine("Queue.get", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if exc != nil {
			if getter == nil {
				return nil, runtime.Returned, exc
			}
			getter.Cancel(runtime.None)
			q.getters.remove(getter)
			if q.Len() > 0 && !getter.Cancelled() {
				q.getters.wakeupNext()
			}
			return nil, runtime.Returned, exc
		}
		if q.Len() == 0 {
			loop, err := q.getLoop(th, q)
			if err != nil {
				return nil, runtime.Returned, err
			}
			getter = loop.CreateFuture()
			q.getters = append(q.getters, getter)
			return getter, runtime.AwaitStatus, nil
		}
		v, err := q.GetNowait(th)
		return v, runtime.Returned, err
	}))
}

// TaskDone is task_done().
func (q *Queue) TaskDone() error {
	if q.unfinished <= 0 {
		return runtime.ValueErrorf("task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.Set()
	}
	return nil
}

// Join returns the coroutine join().
func (q *Queue) Join() *runtime.GoCoroutine {
	return runtime.NewGoCoroutine("Queue.join", runtime.GoCoroBodyFunc(func(th *runtime.Thread, c *runtime.GoCoroutine, sent runtime.Value, exc *runtime.Exception) (runtime.Value, runtime.SendStatus, error) {
		if exc != nil {
			return nil, runtime.Returned, exc
		}
		if c.State == 0 && q.unfinished > 0 {
			c.State = 1
			return q.finished.Wait(), runtime.AwaitStatus, nil
		}
		return runtime.None, runtime.Returned, nil
	}))
}

func (q *Queue) format(th *runtime.Thread) (string, error) {
	r, err := runtime.Repr(th, q.maxsize)
	if err != nil {
		return "", err
	}
	s := "maxsize=" + r
	if q.Len() > 0 {
		items := append([]runtime.Value(nil), q.items[q.head:]...)
		lr, err := runtime.Repr(th, runtime.NewList(items))
		if err != nil {
			return "", err
		}
		s += " _queue=" + lr
	}
	if len(q.getters) > 0 {
		s += " _getters[" + itoa(len(q.getters)) + "]"
	}
	if len(q.putters) > 0 {
		s += " _putters[" + itoa(len(q.putters)) + "]"
	}
	if q.unfinished > 0 {
		s += " tasks=" + itoa(q.unfinished)
	}
	return s, nil
}

// heap helpers (heapq's algorithms, so PriorityQueue orders ties like CPython)

func lessV(th *runtime.Thread, a, b runtime.Value) (bool, error) { return runtime.Less(th, a, b) }

// siftDown is heapq._siftdown.
func siftDown(th *runtime.Thread, h []runtime.Value, start, pos int) error {
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		lt, err := lessV(th, item, h[parent])
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
	return nil
}

// siftUp is heapq._siftup.
func siftUp(th *runtime.Thread, h []runtime.Value, pos int) error {
	end := len(h)
	start := pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end {
			lt, err := lessV(th, h[child], h[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	return siftDown(th, h, start, pos)
}

// heapPop is heapq.heappop.
func heapPop(th *runtime.Thread, hp *[]runtime.Value) (runtime.Value, error) {
	h := *hp
	last := h[len(h)-1]
	h[len(h)-1] = nil
	h = h[:len(h)-1]
	*hp = h
	if len(h) == 0 {
		return last, nil
	}
	ret := h[0]
	h[0] = last
	return ret, siftUp(th, h, 0)
}

var (
	specQueue = runtime.ArgSpec{Func: "Queue", Names: []string{"maxsize"}}
	specPut   = runtime.ArgSpec{Func: "put", Names: []string{"item"}, Required: 1}
)

func init() {
	newQueue := func(kind int) runtime.NewFunc {
		return func(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kw []string) (runtime.Value, error) {
			var a [1]runtime.Value
			if _, err := specQueue.Unpack(args, kw, a[:]); err != nil {
				return nil, err
			}
			q := &Queue{kind: kind, maxsize: runtime.Int(0), finished: &Event{value: true}}
			if a[0] != nil {
				n, ok := runtime.AsInt64(a[0])
				if !ok {
					return nil, runtime.TypeErrorf("'<=' not supported between instances of '%s' and 'int'", a[0].Type().Name)
				}
				q.maxsize, q.max = a[0], int(n)
			}
			return q, nil
		}
	}
	queueType.New = newQueue(fifo)
	priorityQueueType.New = newQueue(priority)
	lifoQueueType.New = newQueue(lifo)
	t := queueType
	t.Dict.SetStr("__class_getitem__", runtime.ClassGetItem()) // asyncio.Queue[int]
	method(t, "qsize", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.Int(q.Len()), nil
	})
	method(t, "empty", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.BoolOf(q.Len() == 0), nil
	})
	method(t, "full", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.BoolOf(q.full()), nil
	})
	method(t, "put_nowait", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [1]runtime.Value
		if _, err := specPut.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		return runtime.None, q.PutNowait(th, a[0])
	})
	method(t, "put", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		var a [1]runtime.Value
		if _, err := specPut.Unpack(args, kw, a[:]); err != nil {
			return nil, err
		}
		return q.Put(a[0]), nil
	})
	method(t, "get_nowait", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		return q.GetNowait(th)
	})
	method(t, "get", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		return q.Get(), nil
	})
	method(t, "task_done", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		return runtime.None, q.TaskDone()
	})
	method(t, "join", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		return q.Join(), nil
	})
	method(t, "__repr__", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		f, err := q.format(th)
		if err != nil {
			return nil, err
		}
		return runtime.Str("<" + q.Type().Name + " at " + runtime.AddrString(q) + " " + f + ">"), nil
	})
	method(t, "__str__", func(th *runtime.Thread, q *Queue, args []runtime.Value, kw []string) (runtime.Value, error) {
		f, err := q.format(th)
		if err != nil {
			return nil, err
		}
		return runtime.Str("<" + q.Type().Name + " " + f + ">"), nil
	})
	addGetter(t, "maxsize", func(q *Queue) runtime.Value { return q.maxsize })
}
