package runtime

// readyItem is an entry of the loop's ready queue: a Go hook with its receiver and
// argument (no allocation; a Python callable with one argument, a future's done callback,
// runs through callValueHook), or, when fn is nil, a user-visible *Handle in recv.
type readyItem struct {
	fn   hookFunc
	recv any
	arg  Value
}

// handleItem is the ready-queue entry that runs h.
func handleItem(h *Handle) readyItem { return readyItem{recv: h} }

// callbackItem is the ready-queue entry that calls the Python callable cb with arg.
func callbackItem(cb, arg Value) readyItem { return readyItem{fn: callValueHook, recv: cb, arg: arg} }

// callValueHook calls the callable recv with arg.
// It runs in a fresh empty context: the copy of a context without variables.
func callValueHook(th *Thread, recv any, arg Value) error {
	return callInContext(th, nil, recv.(Value), []Value{arg})
}

// readyChunkLen is the number of items of one chunk of the ready queue (40 bytes each).
const readyChunkLen = 204

// readyChunk is one block of the ready queue.
type readyChunk struct {
	items [readyChunkLen]readyItem
	next  *readyChunk
}

// readyQueue is a FIFO of readyItems kept in a linked list of fixed-size chunks: a long
// queue (100,000 tasks scheduled at once) grows by one chunk at a time, without the
// doubling copies of a ring buffer whose old arrays stay in the heap until the next
// collection, and the chunks it has run through are reused (up to maxSpareChunks of them
// are kept; the rest are left to the collector).
type readyQueue struct {
	head, tail *readyChunk // head == nil: no chunk
	hi, ti     int         // the next item to pop in head, the next free slot in tail
	n          int
	spare      *readyChunk // chunks for reuse, linked by next
	nspare     int
}

// maxSpareChunks bounds the chunks a drained queue keeps for reuse (512 KiB).
const maxSpareChunks = 64

func (q *readyQueue) len() int { return q.n }

func (q *readyQueue) push(it readyItem) {
	if q.tail == nil || q.ti == readyChunkLen {
		q.addChunk()
	}
	q.tail.items[q.ti] = it
	q.ti++
	q.n++
}

func (q *readyQueue) addChunk() {
	c := q.spare
	if c != nil {
		q.spare, c.next = c.next, nil
		q.nspare--
	} else {
		c = new(readyChunk)
	}
	if q.tail == nil {
		q.head, q.hi = c, 0
	} else {
		q.tail.next = c
	}
	q.tail, q.ti = c, 0
}

func (q *readyQueue) pop() readyItem {
	c := q.head
	it := c.items[q.hi]
	c.items[q.hi] = readyItem{}
	q.hi++
	q.n--
	switch {
	case q.n == 0:
		// empty: the one chunk left (head == tail) is reused from its start
		q.hi, q.ti = 0, 0
	case q.hi == readyChunkLen:
		q.head, q.hi = c.next, 0
		c.next = nil
		if q.nspare < maxSpareChunks {
			c.next = q.spare
			q.spare = c
			q.nspare++
		}
	}
	return it
}

func (q *readyQueue) clear() {
	for q.n > 0 {
		q.pop()
	}
}
