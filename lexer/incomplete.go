package lexer

import "github.com/alecthomas/participle/v2/lexer"

// incomplete implements Incomplete. src holds the lines typed so far joined with "\n"
// (as CPython's code.InteractiveConsole joins them): a final "\n" means the last line
// typed was empty, which closes a compound statement.
func incomplete(src string) bool {
	toks := Tokenize("<stdin>", []byte(src))
	if len(toks) >= 2 {
		if e := toks[len(toks)-2]; e.Type == Error {
			return incompleteError(e.Value)
		}
	}
	if len(src) > 0 && src[len(src)-1] == '\n' {
		return false
	}
	// A compound statement (a header starting with a compound keyword or a decorator, or
	// ending with ':') needs an empty line to end it.
	first := true
	var prev lexer.Token
	for _, t := range toks {
		switch t.Type {
		case Indent:
			return true
		case Newline, lexer.EOF:
			if prev.Type == Op && prev.Value == ":" {
				return true
			}
			first = true
			continue
		case Dedent:
			continue
		}
		if first && (t.Type == Keyword && compoundKeyword(t.Value) || t.Type == Op && t.Value == "@") {
			return true
		}
		first = false
		prev = t
	}
	return false
}

// compoundKeyword reports whether kw starts a compound statement.
func compoundKeyword(kw string) bool {
	switch kw {
	case "if", "elif", "else", "for", "while", "def", "class", "with", "try", "except", "finally", "async":
		return true
	}
	return false
}

// incompleteError reports whether a lexical error means the input merely stops early.
func incompleteError(msg string) bool {
	const (
		neverClosed = "was never closed"
		triple      = "SyntaxError: unterminated triple-quoted string literal"
	)
	return len(msg) > len(neverClosed) && msg[len(msg)-len(neverClosed):] == neverClosed ||
		len(msg) >= len(triple) && msg[:len(triple)] == triple ||
		msg == "SyntaxError: unexpected EOF while parsing"
}
