package lexer

// incomplete implements Incomplete.
func incomplete(src string) bool {
	toks := Tokenize("<stdin>", []byte(src))
	last := toks[len(toks)-1]
	if len(toks) >= 2 {
		if e := toks[len(toks)-2]; e.Type == Error {
			return incompleteError(e.Value)
		}
	}
	_ = last
	// A compound statement is open until a blank line ends it: its header ends with ':'
	// or a block is indented.
	if len(src) > 0 && src[len(src)-1] == '\n' {
		// A trailing empty line closes everything.
		trimmed := src[:len(src)-1]
		if j := lastLine(trimmed); isBlank(trimmed[j:]) && len(trimmed) > 0 {
			return false
		}
	}
	indented := false
	for _, t := range toks {
		if t.Type == Indent {
			indented = true
			break
		}
	}
	if indented {
		return true
	}
	// Header line ending with ':' (the last token before Newline).
	for i := len(toks) - 1; i >= 0; i-- {
		switch toks[i].Type {
		case Newline, Dedent, Indent, -1:
			continue
		}
		return toks[i].Type == Op && toks[i].Value == ":"
	}
	return false
}

// incompleteError reports whether a lexical error means the input merely stops early.
func incompleteError(msg string) bool {
	switch {
	case len(msg) > 18 && msg[len(msg)-16:] == "was never closed":
		return true
	case hasPrefix(msg, "SyntaxError: unterminated triple-quoted string literal"):
		return true
	case msg == "SyntaxError: unexpected EOF while parsing":
		return true
	}
	return false
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// lastLine returns the offset of the start of the last line of s.
func lastLine(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '\n' {
			return i + 1
		}
	}
	return 0
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\r' {
			return false
		}
	}
	return true
}
