package runtime

import (
	"encoding/json"
	"testing"
)

// TestContainerMethods runs testdata/containers.txt: each row calls a method of a list,
// dict, set or tuple and checks the result and the receiver afterwards (from CPython).
func TestContainerMethods(t *testing.T) {
	th := newTestThread()
	for _, row := range readTable(t, "containers.txt") {
		recv := decodeVal(t, row[0])
		var enc []string
		if err := json.Unmarshal([]byte(row[2]), &enc); err != nil {
			t.Fatal(err)
		}
		args := make([]Value, len(enc))
		for i, e := range enc {
			args[i] = decodeVal(t, e)
		}
		v, err := CallMethod(th, recv, row[1], args...)
		if got := result(th, v, err); got != row[3] {
			t.Errorf("%s.%s%v = %s, want %s", row[0], row[1], enc, got, row[3])
		}
		if after, _ := Repr(th, recv); after != row[4] {
			t.Errorf("%s.%s%v left %s, want %s", row[0], row[1], enc, after, row[4])
		}
	}
}
