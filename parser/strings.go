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
	// after indexes the token following the run of literals, where CPython reports
	// f-string errors.
	after int
	level int // format-spec nesting level
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
				s.failDecode(err, s.i-1, s.i)
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
	sb.after = end
	for {
		t := s.peek()
		if t.Type == lexer.String {
			s.next()
			v, b, isBytes, err := lexer.DecodeString(t.Value)
			if err != nil {
				s.failDecode(err, s.i-1, end)
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
		s.failString("cannot mix bytes and nonbytes literals", end)
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

// failDecode reports a literal that cannot be decoded: the bytes check names the literal
// itself, codec errors the token after the run.
func (s *state) failDecode(err error, lit, after int) {
	if strings.HasPrefix(err.Error(), "bytes can only") {
		s.failTok(err.Error(), &s.toks[lit])
	}
	s.failString(err.Error(), after)
}

// failString reports a string error; CPython locates these at the token that follows the
// run of literals (index after).
func (s *state) failString(msg string, after int) {
	if after >= len(s.toks) {
		after = len(s.toks) - 1
	}
	for i := s.i; i < after; i++ {
		if s.toks[i].Type == lexer.Error {
			s.failInvalidAt(&s.toks[i])
		}
	}
	t := &s.toks[after]
	if t.Type == lexer.Error {
		s.failInvalidAt(t)
	}
	l, c := tokStart(t)
	s.fail(msg, ast.Pos{Lineno: l, ColOffset: c, EndLineno: l, EndColOffset: c})
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
	if sb.level >= 2 {
		s.failFString("f-string: expressions nested too deeply", sb)
	}
	if t := s.peek(); t.Type == lexer.Op {
		switch t.Value {
		case "}":
			s.failFString("f-string: empty expression not allowed", sb)
		case "!", ":", "=":
			s.failFString("f-string: expression required before '"+t.Value+"'", sb)
		}
	}
	s.enter()
	defer s.leave()
	e := s.fstringExpr(open)
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
			s.failFString("f-string: invalid conversion character: expected 's', 'r', or 'a'", sb)
		}
	}
	var spec ast.Expr
	if s.atOp(":") {
		s.next()
		spec = s.fstringSpec(sb)
	}
	if !s.atOp("}") {
		s.failFString("f-string: expecting '}'", sb)
	}
	s.next()
	if debug && conv == -1 && spec == nil {
		conv = 'r'
	}
	sb.flush()
	sb.values = append(sb.values, &ast.FormattedValue{Pos: sb.pos, Value: e, Conversion: conv, FormatSpec: spec})
}

// fstringSpec parses a format spec up to (not including) the closing '}'.
func (s *state) fstringSpec(outer *strBuilder) ast.Expr {
	pos := outer.pos
	sb := &strBuilder{pos: pos, after: outer.after, level: outer.level + 1}
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

// failFString reports an f-string error; CPython 3.11 locates these at the token that
// follows the run of string literals.
func (s *state) failFString(msg string, sb *strBuilder) {
	if at := s.peek(); at.Type == lexer.Error {
		s.failInvalidAt(at)
	}
	at := &s.toks[len(s.toks)-1]
	if sb.after < len(s.toks) {
		at = &s.toks[sb.after]
	}
	l, c := tokStart(at)
	s.fail(msg, ast.Pos{Lineno: l, ColOffset: c, EndLineno: l, EndColOffset: c})
}

// fieldText is the source CPython 3.11 compiles for the replacement field opened by open:
// the expression text in parentheses.
func (s *state) fieldText(open *plexer.Token) string {
	k := s.indexOf(open) + 1
	depth := 0
	for ; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.Type == lexer.Error || t.Type == plexer.EOF || t.Type == lexer.FStringEnd {
			break
		}
		if t.Type != lexer.Op {
			continue
		}
		switch t.Value {
		case "(", "[", "{":
			depth++
			continue
		case ")", "]":
			depth--
			continue
		case "}":
			if depth > 0 {
				depth--
				continue
			}
		case "!", ":", "=":
			if depth > 0 {
				continue
			}
		default:
			continue
		}
		break
	}
	end := len(s.src)
	if k < len(s.toks) {
		end = s.toks[k].Pos.Offset
	}
	start := open.Pos.Offset + 1
	if start > end || end > len(s.src) {
		return ""
	}
	return "(" + string(s.src[start:end]) + ")"
}

// fstringExpr parses the expression of a replacement field. CPython 3.11 compiles it as a
// separate parenthesized source, so its syntax errors carry an "f-string: " prefix and
// columns relative to the field.
func (s *state) fstringExpr(open *plexer.Token) (e ast.Expr) {
	s.level++ // CPython parses the expression inside parentheses
	defer func() {
		s.level--
	}()
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		sp, ok := r.(syntaxPanic)
		if !ok || sp.lex || strings.HasPrefix(sp.err.Msg, "f-string") {
			panic(r)
		}
		err := sp.err
		err.Msg = "f-string: " + err.Msg
		err.Text = s.fieldText(open)
		if err.Line == open.Pos.Line {
			oc := s.charCol(open.Pos.Line, open.Pos.Column-1)
			err.Col = err.Col - oc + 1
			if err.EndLine == err.Line {
				err.EndCol = err.EndCol - oc + 1
			}
		}
		panic(sp)
	}()
	if s.atKw("yield") {
		e = s.yieldExpr()
	} else {
		e = s.starExprs()
	}
	if t := s.peek(); startsExpr(t) && !isOp(t, "*") {
		s.failElem(e)
	}
	if st, ok := e.(*ast.Starred); ok {
		s.fail("cannot use starred expression here", st.Position())
	}
	return e
}
