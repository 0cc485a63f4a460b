package parser

import (
	"unsafe"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

// peekingMirror mirrors the layout of participle's lexer.PeekingLexer (v2.1.4), so that the
// token slice the lexer produced can be handed to participle without the copy that
// lexer.Upgrade makes (a quarter of the parse time on large files). newPeeking checks that
// the mirror still fits and falls back to Upgrade otherwise.
type peekingMirror struct {
	rawCursor  plexer.RawCursor
	nextCursor plexer.RawCursor
	cursor     int
	tokens     []plexer.Token
	elide      map[plexer.TokenType]bool
}

// newPeeking returns a PeekingLexer over toks (which must end with EOF and contain no
// elided token types).
func newPeeking(toks []plexer.Token) *plexer.PeekingLexer {
	if unsafe.Sizeof(peekingMirror{}) == unsafe.Sizeof(plexer.PeekingLexer{}) {
		pl := &plexer.PeekingLexer{}
		m := (*peekingMirror)(unsafe.Pointer(pl))
		m.tokens = toks
		if pl.Peek() == &toks[0] && len(pl.Range(0, plexer.RawCursor(len(toks)))) == len(toks) {
			return pl
		}
	}
	pl, _ := plexer.Upgrade(&sliceLexer{toks: toks})
	return pl
}

// sliceLexer feeds a token slice to participle (the fallback path).
type sliceLexer struct {
	toks []plexer.Token
	i    int
}

func (l *sliceLexer) Next() (plexer.Token, error) {
	if l.i >= len(l.toks) {
		return l.toks[len(l.toks)-1], nil
	}
	t := l.toks[l.i]
	l.i++
	return t, nil
}
