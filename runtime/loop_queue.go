package runtime

// readyItem is an entry of the loop's ready queue: a user-visible *Handle, or a Go hook
// with its receiver and argument (no allocation), or a Python callable with one argument
// (a future's done callback).
type readyItem struct {
	h    *Handle
	fn   hookFunc
	recv any
	cb   Value
	arg  Value
}

// readyQueue is a FIFO ring buffer of readyItems.
type readyQueue struct {
	buf  []readyItem
	head int
	n    int
}

func (q *readyQueue) len() int { return q.n }

func (q *readyQueue) push(it readyItem) {
	if q.n == len(q.buf) {
		q.grow()
	}
	i := q.head + q.n
	if i >= len(q.buf) {
		i -= len(q.buf)
	}
	q.buf[i] = it
	q.n++
}

func (q *readyQueue) grow() {
	size := 2 * len(q.buf)
	if size < 64 {
		size = 64
	}
	buf := make([]readyItem, size)
	k := copy(buf, q.buf[q.head:])
	copy(buf[k:], q.buf[:q.head])
	q.buf = buf
	q.head = 0
}

func (q *readyQueue) pop() readyItem {
	it := q.buf[q.head]
	q.buf[q.head] = readyItem{}
	q.head++
	if q.head == len(q.buf) {
		q.head = 0
	}
	q.n--
	return it
}

func (q *readyQueue) clear() {
	for q.n > 0 {
		q.pop()
	}
}
