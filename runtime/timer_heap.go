package runtime

// timerHeap is a binary min-heap of timer handles ordered by (deadline, sequence number):
// timers with equal deadlines fire in the order they were set.
type timerHeap []*Handle

func (h timerHeap) less(i, j int) bool {
	a, b := h[i], h[j]
	if a.when != b.when {
		return a.when < b.when
	}
	return a.seq < b.seq
}

func (h timerHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *timerHeap) push(t *Handle) {
	t.index = len(*h)
	*h = append(*h, t)
	h.up(t.index)
}

// pop removes and returns the earliest timer.
func (h *timerHeap) pop() *Handle {
	old := *h
	n := len(old) - 1
	old.swap(0, n)
	t := old[n]
	old[n] = nil
	*h = old[:n]
	if n > 0 {
		h.down(0)
	}
	t.index = -1
	return t
}

func (h timerHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		j = i
	}
}

func (h timerHeap) down(i int) {
	n := len(h)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		j := l
		if r := l + 1; r < n && h.less(r, l) {
			j = r
		}
		if !h.less(j, i) {
			return
		}
		h.swap(i, j)
		i = j
	}
}

// rebuild drops cancelled timers and restores the heap property.
func (h *timerHeap) rebuild() {
	kept := (*h)[:0]
	for _, t := range *h {
		if t.cancelled {
			t.scheduled = false
			t.index = -1
			continue
		}
		kept = append(kept, t)
	}
	for i := len(kept); i < len(*h); i++ {
		(*h)[i] = nil
	}
	*h = kept
	for i := range kept {
		kept[i].index = i
	}
	for i := len(kept)/2 - 1; i >= 0; i-- {
		kept.down(i)
	}
}
