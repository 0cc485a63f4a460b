package runtime

import "testing"

// TestKeyErrorMessageCyclic checks that the Go error text of a KeyError whose key
// contains itself terminates (it once recursed until the Go stack overflowed).
func TestKeyErrorMessageCyclic(t *testing.T) {
	l := &List{}
	l.Items = append(l.Items, l)
	e := NewExceptionArgs(KeyErrorType, l)
	if got, want := e.Error(), "KeyError: [[...]]"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestKeyErrorMessageSelfArg(t *testing.T) {
	e := NewException(KeyErrorType, "")
	e.Args = Tuple{e}
	if got, want := e.Error(), "KeyError: KeyError(KeyError(...))"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
