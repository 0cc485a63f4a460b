package runtime

// Temporary stubs, replaced file by file.

func todo(what string) error { return Errorf(NotImplementedErrorType, "runtime: %s", what) }
