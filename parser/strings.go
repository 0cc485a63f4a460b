package parser

import (
	"strings"

	"github.com/aiolang/aio/ast"
	"github.com/aiolang/aio/lexer"
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// strBuilder accumulates the pieces of a run of adjacent string literals: literal text is
// merged until a replacement field forces it out as a Constant, as CPython 3.11 does.
type strBuilder struct {
	buf    strings.Builder
	values []ast.Expr
	kind   string
	pos    ast.Pos
}

func (b *strBuilder) flush() {
	if b.buf.Len() == 0 {
		return
	}
	b.values = append(b.values, &ast.Constant{Pos: b.pos, Value: b.buf.String(), Kind: b.kind})
	b.buf.Reset()
}

// strings parses a run of adjacent string and f-string literals (atom: STRING+).
func (s *state) strings() ast.Expr {
	first := s.peek()
	if first.Type == lexer.String {
		if nt := s.peekAt(1); nt.Type != lexer.String && nt.Type != lexer.FStringStart {
			// Fast path: one plain literal.
			s.next()
			v, b, isBytes, err := lexer.DecodeString(first.Value)
			if err != nil {
				s.failString(err.Error(), first)
			}
			c := &ast.Constant{Pos: tokPos(first)}
			if isBytes {
				c.Value = b
			} else {
				c.Value = v
				if first.Value[0] == 'u' {
					c.Kind = "u"
				}
			}
			return c
		}
	}
	sb := &strBuilder{}
	if first.Value != "" && first.Value[0] == 'u' {
		sb.kind = "u"
	}
	var bytesVal []byte
	var sawBytes, sawStr, isF bool
	// The span is needed for the constants inside a JoinedStr; find the end first.
	end := s.i
	for end < len(s.toks) {
		t := &s.toks[end]
		if t.Type == lexer.String {
			end++
			continue
		}
		if t.Type != lexer.FStringStart {
			break
		}
		depth := 0
		for end < len(s.toks) {
			t := &s.toks[end]
			end++
			if t.Type == lexer.FStringStart {
				depth++
			} else if t.Type == lexer.FStringEnd {
				depth--
				if depth == 0 {
					break
				}
			} else if t.Type == lexer.Error || t.Type == plexer.EOF {
				end--
				break
			}
		}
		if s.toks[end-1].Type != lexer.FStringEnd {
			break
		}
	}
	if end > s.i {
		sb.pos = span(tokPos(first), tokPos(&s.toks[end-1]))
	}
	for {
		t := s.peek()
		if t.Type == lexer.String {
			s.next()
			v, b, isBytes, err := lexer.DecodeString(t.Value)
			if err != nil {
				s.failString(err.Error(), t)
			}
			if isBytes {
				sawBytes = true
				bytesVal = append(bytesVal, b...)
			} else {
				sawStr = true
				sb.buf.WriteString(v)
			}
			continue
		}
		if t.Type == lexer.FStringStart {
			s.next()
			isF, sawStr = true, true
			s.fstringBody(sb)
			continue
		}
		break
	}
	pos := s.spanTok(first)
	if sawBytes && sawStr {
		s.fail("cannot mix bytes and nonbytes literals", pos)
	}
	if sawBytes {
		if bytesVal == nil {
			bytesVal = []byte{}
		}
		return &ast.Constant{Pos: pos, Value: bytesVal}
	}
	if !isF {
		return &ast.Constant{Pos: pos, Value: sb.buf.String(), Kind: sb.kind}
	}
	sb.flush()
	if sb.values == nil {
		sb.values = []ast.Expr{}
	}
	return &ast.JoinedStr{Pos: pos, Values: sb.values}
}

// failString reports a string decoding error at literal t.
func (s *state) failString(msg string, t *plexer.Token) {
	s.fail(msg, tokPos(t))
}

// fstringBody parses the parts of an f-string after its FStringStart.
func (s *state) fstringBody(sb *strBuilder) {
	for {
		t := s.peek()
		switch {
		case t.Type == lexer.FStringMiddle:
			s.next()
			sb.buf.WriteString(t.Value)
		case t.Type == lexer.FStringEnd:
			s.next()
			return
		case isOp(t, "{"):
			s.fstringField(sb)
		default:
			s.failInvalid()
		}
	}
}

// fstringField parses one replacement field '{' expr ['='] ['!' conv] [':' spec] '}'.
func (s *state) fstringField(sb *strBuilder) {
	open := s.next()
	if s.atOp("}") || s.atOp("!") || s.atOp(":") || s.atOp("=") {
		s.failFString("f-string: empty expression not allowed", open)
	}
	s.enter()
	defer s.leave()
	var e ast.Expr
	if s.atKw("yield") {
		e = s.yieldExpr()
	} else {
		e = s.starExprs()
	}
	conv := -1
	debug := false
	if s.atOp("=") {
		s.next()
		debug = true
		sb.buf.Write(s.src[open.Pos.Offset+1 : s.peek().Pos.Offset])
	}
	if s.atOp("!") {
		s.next()
		n := s.peek()
		if n.Type == lexer.Name && (n.Value == "s" || n.Value == "r" || n.Value == "a") {
			conv = int(n.Value[0])
			s.next()
		} else {
			s.failFString("f-string: invalid conversion character: expected 's', 'r', or 'a'", open)
		}
	}
	var spec ast.Expr
	if s.atOp(":") {
		s.next()
		spec = s.fstringSpec(sb.pos)
	}
	if !s.atOp("}") {
		s.failFString("f-string: expecting '}'", open)
	}
	s.next()
	if debug && conv == -1 && spec == nil {
		conv = 'r'
	}
	sb.flush()
	sb.values = append(sb.values, &ast.FormattedValue{Pos: sb.pos, Value: e, Conversion: conv, FormatSpec: spec})
}

// fstringSpec parses a format spec up to (not including) the closing '}'.
func (s *state) fstringSpec(pos ast.Pos) ast.Expr {
	sb := &strBuilder{pos: pos}
	for {
		t := s.peek()
		switch {
		case t.Type == lexer.FStringMiddle:
			s.next()
			sb.buf.WriteString(t.Value)
		case isOp(t, "{"):
			s.fstringField(sb)
		default:
			sb.flush()
			if sb.values == nil {
				sb.values = []ast.Expr{}
			}
			return &ast.JoinedStr{Pos: pos, Values: sb.values}
		}
	}
}

// failFString reports an f-string error; CPython 3.11 locates these at the f-string.
func (s *state) failFString(msg string, at *plexer.Token) {
	if at := s.peek(); at.Type == lexer.Error {
		s.failInvalidAt(at)
	}
	s.failTok(msg, at)
}
