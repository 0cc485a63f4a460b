package runtime

import "testing"

// TestReadyQueueFIFO pushes and pops across many chunk boundaries, with the queue
// draining to empty and refilling, and checks the order and the chunks kept for reuse.
func TestReadyQueueFIFO(t *testing.T) {
	var q readyQueue
	next, want := 0, 0
	push := func(n int) {
		for i := 0; i < n; i++ {
			q.push(readyItem{fn: noopHook, arg: Int(next)})
			next++
		}
	}
	pop := func(n int) {
		for i := 0; i < n; i++ {
			it := q.pop()
			if got := it.arg.(Int); int(got) != want {
				t.Fatalf("popped %d, want %d", got, want)
			}
			want++
		}
	}
	for _, step := range [][2]int{
		{1, 1}, {readyChunkLen, readyChunkLen}, {readyChunkLen + 1, 3}, {5, readyChunkLen + 3},
		{100 * readyChunkLen, 50 * readyChunkLen}, {7, 50*readyChunkLen + 7}, {3, 2}, {0, 1},
	} {
		push(step[0])
		pop(step[1])
		if q.len() != next-want {
			t.Fatalf("len %d, want %d", q.len(), next-want)
		}
	}
	if q.len() != 0 || q.nspare > maxSpareChunks {
		t.Fatalf("len %d, %d spare chunks", q.len(), q.nspare)
	}
	push(3 * readyChunkLen)
	q.clear()
	if q.len() != 0 {
		t.Fatalf("len %d after clear", q.len())
	}
	for c := q.head; c != nil; c = c.next {
		for i := range c.items {
			if c.items[i].arg != nil {
				t.Fatal("a popped item is still referenced")
			}
		}
	}
}
