package lexer

import (
	"io"

	"github.com/alecthomas/participle/v2/lexer"
)

// Lex reads all of r and tokenizes it.
func (d Definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexBytes(filename, src)
}

// LexString tokenizes input.
func (d Definition) LexString(filename string, input string) (lexer.Lexer, error) {
	return d.LexBytes(filename, []byte(input))
}

// LexBytes tokenizes input.
func (Definition) LexBytes(filename string, input []byte) (lexer.Lexer, error) {
	return &sliceLexer{toks: Tokenize(filename, input)}, nil
}

// sliceLexer replays a token slice produced by Tokenize.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

// Next returns the next token; after the final EOF it keeps returning EOF.
func (l *sliceLexer) Next() (lexer.Token, error) {
	if l.i >= len(l.toks) {
		return l.toks[len(l.toks)-1], nil
	}
	t := l.toks[l.i]
	l.i++
	return t, nil
}
