package lexer

import "github.com/alecthomas/participle/v2/lexer"

// ErrorKind tells how an Error token competes with a syntax error the parser finds earlier
// in the token stream. CPython's parser, when it fails, tokenizes the rest of the source:
// an error raised by the tokenizer there replaces the parser's.
type ErrorKind int

const (
	// ErrNone: the stream holds no Error token.
	ErrNone ErrorKind = iota
	// ErrLexical: an error CPython's tokenizer raises (invalid literal or character,
	// unterminated string, unmatched or mismatched bracket, ...). It replaces a syntax
	// error the parser found earlier in the source.
	ErrLexical
	// ErrUnclosed: "'(' was never closed", positioned at the bracket. It replaces an
	// earlier syntax error only when that error's line is after the bracket's line.
	ErrUnclosed
	// ErrReached: an error reported only when the parser reaches it: unindent mismatch,
	// TabError, too many indentation levels, line continuation errors, unexpected EOF,
	// and the errors CPython raises while compiling an f-string.
	ErrReached
)

var errorKindNames = [...]string{"", "lexical", "unclosed", "reached"}

// String returns the kind's name, as stored in the Value of the EOF token after an Error.
func (k ErrorKind) String() string { return errorKindNames[k] }

// ErrorKindOf returns the kind of the Error token that ends toks (a stream returned by
// Tokenize), or ErrNone.
func ErrorKindOf(toks []lexer.Token) ErrorKind {
	if len(toks) < 2 || toks[len(toks)-2].Type != Error {
		return ErrNone
	}
	for k, n := range errorKindNames {
		if k > 0 && n == toks[len(toks)-1].Value {
			return ErrorKind(k)
		}
	}
	return ErrLexical
}
