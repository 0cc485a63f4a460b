package vm

import (
	"github.com/aiolang/aio/runtime"
)

// FormatException formats an uncaught exception as CPython prints it (the runtime's
// FormatTraceback: the chain of causes and contexts, the entries with their source lines
// and markers, "Type: message" with suggestions).
func FormatException(th *runtime.Thread, exc *runtime.Exception) string {
	return runtime.FormatTraceback(th, exc)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
