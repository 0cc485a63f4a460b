package lexer

import (
	"github.com/alecthomas/participle/v2/lexer"
)

// Tokenize scans src (Python 3.11 source) and returns its complete token stream, always
// ending with an EOF token. A lexical error becomes an Error token (see Error) followed by
// EOF. This is the entry point the parser uses.
func Tokenize(filename string, src []byte) []lexer.Token {
	s := newScanner(filename, src)
	s.run()
	return s.toks
}

// DecodeString decodes the raw source text of one non-f string literal (prefix and quotes
// included) as CPython does. For a str literal it returns value; for a bytes literal
// (b prefix) it returns bytes and isBytes=true. err carries CPython's message, e.g.
// "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape"
// or "bytes can only contain ASCII literal characters".
func DecodeString(raw string) (value string, bytes []byte, isBytes bool, err error) {
	return decodeString(raw)
}

// ParseNumber converts the source text of a Number token to its value: int64, *big.Int
// (beyond int64), float64, or complex128 (imaginary literals).
func ParseNumber(text string) (any, error) {
	return parseNumber(text)
}

// Incomplete reports whether src, typed at the REPL, needs more lines before it can be
// compiled (the "... " prompt): an open bracket, an unterminated triple-quoted string, a
// trailing backslash, or a compound statement not yet closed by a blank line. src is the
// lines typed so far joined with "\n", as CPython's code.InteractiveConsole joins them
// (no final line break): so a final "\n" means the last line typed was empty. The answers
// follow CPython's codeop.compile_command; input with another lexical error is complete
// (compiling it reports the error).
func Incomplete(src string) bool {
	return incomplete(src)
}
