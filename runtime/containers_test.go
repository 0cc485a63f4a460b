package runtime

import "testing"

// TestContainerMethods runs testdata/containers.txt: each row calls a method of a list,
// dict, set or tuple and checks the result and the receiver afterwards (from CPython).
func TestContainerMethods(t *testing.T) {
	th := newTestThread()
	for _, row := range readTable(t, "containers.txt") {
		recv := decodeVal(t, row[0])
		checkMethodRow(t, th, recv, row)
		if after, _ := Repr(th, recv); after != row[4] {
			t.Errorf("%s.%s%s left %s, want %s", row[0], row[1], row[2], after, row[4])
		}
	}
}
