package runtime

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// FormatTraceback formats an exception the way CPython 3.11's default excepthook prints
// it: the chain of causes / contexts first ("The above exception was the direct cause of
// the following exception:" / "During handling of the above exception, another exception
// occurred:"), each exception's "Traceback (most recent call last):" with one
// `  File "PATH", line N, in NAME` entry per frame, the stripped source line and the ^^^ /
// ~~^~~ markers CPython draws under the failing expression, repeated recursion frames
// collapsed ("[Previous line repeated N more times]"), then "Type: message" with
// "Did you mean" suggestions for NameError and AttributeError, then the notes.
func FormatTraceback(th *Thread, exc *Exception) string {
	var sb strings.Builder
	c := &tbContext{th: th, sb: &sb, seen: map[*Exception]bool{}}
	c.format(exc)
	return sb.String()
}

// Limits of exception-group printing (traceback.py's max_group_width / max_group_depth).
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// tbContext is traceback.py's _ExceptionPrintContext: the nesting of exception groups
// decides the "  | " margins.
type tbContext struct {
	th        *Thread
	sb        *strings.Builder
	seen      map[*Exception]bool
	depth     int
	needClose bool
}

func (c *tbContext) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text with the current margin before every line.
func (c *tbContext) emit(text string, margin byte) {
	prefix := c.indent()
	if c.depth > 0 {
		if margin == 0 {
			margin = '|'
		}
		prefix += string(margin) + " "
	}
	for text != "" {
		k := strings.IndexByte(text, '\n')
		line := text
		if k >= 0 {
			line, text = text[:k+1], text[k+1:]
		} else {
			text = ""
		}
		c.sb.WriteString(prefix)
		c.sb.WriteString(line)
	}
}

func (c *tbContext) exceptionOnly(exc *Exception) string {
	var sb strings.Builder
	sb.WriteString(ExceptionLine(c.th, exc))
	sb.WriteByte('\n')
	for _, n := range exc.Notes {
		sb.WriteString(n)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (c *tbContext) format(top *Exception) {
	type link struct {
		msg string
		exc *Exception
	}
	var chain []link
	for exc := top; exc != nil; {
		c.seen[exc] = true
		var next *Exception
		msg := ""
		if exc.Cause != nil && !c.seen[exc.Cause] {
			next, msg = exc.Cause, "\nThe above exception was the direct cause of the following exception:\n\n"
		} else if exc.Cause == nil && exc.Context != nil && !exc.SuppressContext && !c.seen[exc.Context] {
			next, msg = exc.Context, "\nDuring handling of the above exception, another exception occurred:\n\n"
		}
		chain = append(chain, link{"", exc})
		if next != nil {
			chain[len(chain)-1].msg = msg
		}
		exc = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		exc := chain[i].exc
		if i < len(chain)-1 {
			c.emit(chain[i].msg, 0)
		}
		subs := groupExcs(exc)
		if !exc.typ.IsSubtype(BaseExceptionGroupType) || subs == nil {
			if len(exc.Traceback) > 0 {
				c.emit("Traceback (most recent call last):\n", 0)
				var fb strings.Builder
				FormatFrames(c.th, &fb, exc.Traceback)
				c.emit(fb.String(), 0)
			}
			c.emit(c.exceptionOnly(exc), 0)
			continue
		}
		if c.depth > maxGroupDepth {
			c.emit("... (max_group_depth is 10)\n", 0)
			continue
		}
		toplevel := c.depth == 0
		if toplevel {
			c.depth++
		}
		if len(exc.Traceback) > 0 {
			margin := byte(0)
			if toplevel {
				margin = '+'
			}
			c.emit("Exception Group Traceback (most recent call last):\n", margin)
			var fb strings.Builder
			FormatFrames(c.th, &fb, exc.Traceback)
			c.emit(fb.String(), 0)
		}
		c.emit(c.exceptionOnly(exc), 0)
		n := len(subs)
		if n > maxGroupWidth {
			n = maxGroupWidth + 1
		}
		c.needClose = false
		for k := 0; k < n; k++ {
			last := k == n-1
			if last {
				c.needClose = true
			}
			truncated := k >= maxGroupWidth
			title := strconv.Itoa(k + 1)
			if truncated {
				title = "..."
			}
			lead := "  "
			if k == 0 {
				lead = "+-"
			}
			c.sb.WriteString(c.indent() + lead + "+---------------- " + title + " ----------------\n")
			c.depth++
			if !truncated {
				if se, ok := subs[k].(*Exception); ok {
					c.format(se)
				}
			} else {
				rem := len(subs) - maxGroupWidth
				c.emit("and "+strconv.Itoa(rem)+" more exception"+plural(rem)+"\n", 0)
			}
			if last && c.needClose {
				c.sb.WriteString(c.indent() + "+------------------------------------\n")
				c.needClose = false
			}
			c.depth--
		}
		if toplevel {
			c.depth = 0
		}
	}
}

// FormatFrames writes traceback entries (stored innermost first) outermost first,
// collapsing runs of more than three identical entries like CPython.
func FormatFrames(th *Thread, sb *strings.Builder, tb []Frame) {
	var last FramePos
	count := 0
	flush := func() {
		if count > 3 {
			n := count - 3
			sb.WriteString("  [Previous line repeated " + strconv.Itoa(n) + " more time")
			if n > 1 {
				sb.WriteByte('s')
			}
			sb.WriteString("]\n")
		}
	}
	for i := len(tb) - 1; i >= 0; i-- {
		fr := tb[i].Pos()
		if count > 0 && fr.Filename == last.Filename && fr.Line == last.Line && fr.Name == last.Name {
			count++
			if count > 3 {
				continue
			}
		} else {
			flush()
			count = 1
		}
		last = fr
		formatFrameTB(th, sb, &fr)
	}
	flush()
}

func formatFrameTB(th *Thread, sb *strings.Builder, fr *FramePos) {
	sb.WriteString("  File \"")
	sb.WriteString(fr.Filename)
	sb.WriteString("\", line ")
	sb.WriteString(strconv.Itoa(fr.Line))
	sb.WriteString(", in ")
	sb.WriteString(fr.Name)
	sb.WriteByte('\n')
	if th == nil {
		return
	}
	line := th.Interp.SourceLine(fr.Filename, fr.Line)
	stripped := strings.TrimSpace(line)
	if stripped == "" {
		return
	}
	sb.WriteString("    ")
	sb.WriteString(stripped)
	sb.WriteByte('\n')
	if fr.Col < 0 || fr.EndCol < 0 || fr.EndLine < fr.Line || fr.Col > len(line) {
		return
	}
	strippedChars := utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeft(line, " \t\f\v\r\n"))
	start := utf8.RuneCountInString(line[:fr.Col])
	var end int
	var anchors *caretAnchors
	if fr.EndLine == fr.Line {
		ec := min(fr.EndCol, len(line))
		if ec < fr.Col {
			return
		}
		end = utf8.RuneCountInString(line[:ec])
		anchors = caretAnchorsOf(line[fr.Col:ec])
	} else {
		end = strippedChars + utf8.RuneCountInString(stripped)
	}
	if end-start < utf8.RuneCountInString(stripped) || (anchors != nil && anchors.right-anchors.left > 0) {
		sb.WriteString("    ")
		sb.WriteString(strings.Repeat(" ", max(0, start-strippedChars)))
		if anchors != nil {
			sb.WriteString(strings.Repeat("~", anchors.left))
			sb.WriteString(strings.Repeat("^", anchors.right-anchors.left))
			sb.WriteString(strings.Repeat("~", max(0, end-start-anchors.right)))
		} else {
			sb.WriteString(strings.Repeat("^", end-start))
		}
		sb.WriteByte('\n')
	}
}

// ExceptionLine is the last line of a traceback: "Type: message" (the type qualified by
// its module unless builtins or __main__), with CPython 3.11's suggestion appended for
// NameError and AttributeError.
func ExceptionLine(th *Thread, exc *Exception) string {
	t := exc.typ
	name := t.Qualname
	if t.Module != "" && t.Module != "builtins" && t.Module != "__main__" {
		name = t.Module + "." + name
	}
	msg, err := ToStr(th, exc)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if s := Suggestion(th, exc); s != "" {
		msg += ". Did you mean: '" + s + "'?"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// nameScope holds the names visible where a NameError was raised (for suggestions).
type nameScope struct {
	locals  []string
	globals *Dict
}

// SetNameScope records the local variable names and the globals of the frame that raised
// a NameError, so the traceback can suggest a close name as CPython does.
func (e *Exception) SetNameScope(locals []string, globals *Dict) {
	e.scope = &nameScope{locals: locals, globals: globals}
}

// Suggestion returns CPython 3.11's "Did you mean" candidate for a NameError or an
// AttributeError (the name and obj attributes set by NameError / AttributeError), or "".
func Suggestion(th *Thread, exc *Exception) string {
	nameV, ok := exc.GetAttrStr("name")
	if !ok {
		return ""
	}
	name, ok := nameV.(Str)
	if !ok {
		return ""
	}
	switch {
	case exc.typ.IsSubtype(NameErrorType):
		if exc.scope != nil {
			if s := closestName(string(name), exc.scope.locals); s != "" {
				return s
			}
			if exc.scope.globals != nil {
				if s := closestName(string(name), dictStrKeys(exc.scope.globals)); s != "" {
					return s
				}
			}
		}
		if th != nil {
			return closestName(string(name), dictStrKeys(th.Interp.Builtins))
		}
	case exc.typ.IsSubtype(AttributeErrorType):
		obj, ok := exc.GetAttrStr("obj")
		if !ok || th == nil {
			return ""
		}
		l, err := Dir(th, obj)
		if err != nil {
			return ""
		}
		names := make([]string, 0, len(l.Items))
		for _, v := range l.Items {
			if s, ok := v.(Str); ok {
				names = append(names, string(s))
			}
		}
		return closestName(string(name), names)
	}
	return ""
}

func dictStrKeys(d *Dict) []string {
	var out []string
	d.Items(func(k, _ Value) bool {
		if s, ok := k.(Str); ok {
			out = append(out, string(s))
		}
		return true
	})
	return out
}

const (
	maxCandidateItems = 750
	maxStringSize     = 40
	moveCost          = 2
	caseCost          = 1
)

// closestName is CPython's calculate_suggestions.
func closestName(name string, candidates []string) string {
	if len(candidates) >= maxCandidateItems {
		return ""
	}
	best := ""
	bestDist := int(^uint(0) >> 1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * moveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return caseCost
	}
	return moveCost
}

// levenshtein is CPython's levenshtein_distance (byte-wise on UTF-8).
func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	var buffer [maxStringSize]int
	tmp := moveCost
	for i := 0; i < len(a); i++ {
		buffer[i] = tmp
		tmp += moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buffer[i]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buffer[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// caretAnchors are the character offsets (within the failing segment) of the operator of
// a binary operation or the [subscript] of a subscription.
type caretAnchors struct {
	left, right int
}

// segTok is a token of a caret segment.
type segTok struct {
	kind       byte // 'a' atom (name, number, string), 'o' operator, '(' / ')' brackets, 'k' keyword
	text       string
	start, end int // byte offsets
}

func tokenizeSegment(s string) ([]segTok, bool) {
	var toks []segTok
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\\' || c == '\n':
			i++
		case c == '#':
			return toks, true
		case c == '"' || c == '\'':
			j, ok := skipString(s, i)
			if !ok {
				return nil, false
			}
			toks = appendAtom(toks, s, i, j)
			i = j
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			j := i
			for j < len(s) && (s[j] == '_' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9' || s[j] >= 0x80) {
				j++
			}
			if j < len(s) && (s[j] == '"' || s[j] == '\'') && j-i <= 3 {
				k, ok := skipString(s, j)
				if !ok {
					return nil, false
				}
				toks = appendAtom(toks, s, i, k)
				i = k
				continue
			}
			w := s[i:j]
			switch w {
			case "and", "or", "not", "if", "else", "lambda", "in", "is", "for", "await", "yield":
				toks = append(toks, segTok{'k', w, i, j})
			default:
				toks = appendAtom(toks, s, i, j)
			}
			i = j
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			j := i
			for j < len(s) && (s[j] == '.' || s[j] == '_' || s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' ||
				(s[j] == '+' || s[j] == '-') && (s[j-1] == 'e' || s[j-1] == 'E') && !(len(s) > 1 && (s[i+1] == 'x' || s[i+1] == 'X'))) {
				j++
			}
			toks = appendAtom(toks, s, i, j)
			i = j
		case c == '(' || c == '[' || c == '{':
			toks = append(toks, segTok{'(', string(c), i, i + 1})
			i++
		case c == ')' || c == ']' || c == '}':
			toks = append(toks, segTok{')', string(c), i, i + 1})
			i++
		default:
			ops := []string{"**=", "//=", ">>=", "<<=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
				"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "@", ",", ":", ".", "=", ";"}
			found := false
			for _, op := range ops {
				if strings.HasPrefix(s[i:], op) {
					toks = append(toks, segTok{'o', op, i, i + len(op)})
					i += len(op)
					found = true
					break
				}
			}
			if !found {
				return nil, false
			}
		}
	}
	return toks, true
}

// appendAtom adds an atom, merging adjacent string literals.
func appendAtom(toks []segTok, s string, i, j int) []segTok {
	return append(toks, segTok{'a', s[i:j], i, j})
}

func skipString(s string, i int) (int, bool) {
	q := s[i]
	if strings.HasPrefix(s[i:], string([]byte{q, q, q})) {
		end := strings.Index(s[i+3:], string([]byte{q, q, q}))
		if end < 0 {
			return 0, false
		}
		return i + 3 + end + 3, true
	}
	j := i + 1
	for j < len(s) && s[j] != q {
		if s[j] == '\\' {
			j++
		}
		j++
	}
	if j >= len(s) {
		return 0, false
	}
	return j + 1, true
}

var binPrec = map[string]int{"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6, "**": 8}

// caretAnchorsOf is CPython 3.11's _extract_caret_anchors_from_line_segment for the two
// shapes it recognizes: a binary operation (anchors on the operator) and a subscription
// (anchors on [the subscript]).
func caretAnchorsOf(seg string) *caretAnchors {
	toks, ok := tokenizeSegment(seg)
	if !ok || len(toks) == 0 {
		return nil
	}
	depth := 0
	best := -1
	bestPrec := 100
	prevOperand := false // whether the previous top-level token ends an operand
	for i, t := range toks {
		switch t.kind {
		case '(':
			if depth == 0 {
				prevOperand = false
			}
			depth++
			continue
		case ')':
			depth--
			if depth < 0 {
				return nil
			}
			if depth == 0 {
				prevOperand = true
			}
			continue
		}
		if depth > 0 {
			continue
		}
		switch t.kind {
		case 'k':
			return nil // comparison / boolean / conditional at top level: not a BinOp
		case 'a':
			prevOperand = true
		case 'o':
			p, isBin := binPrec[t.text]
			if t.text == "." {
				prevOperand = false
				continue
			}
			if !isBin {
				return nil // comparison, comma, assignment …
			}
			if !prevOperand {
				continue // unary + - ~
			}
			if p < bestPrec || (p == bestPrec && t.text != "**") {
				best, bestPrec = i, p
			}
			prevOperand = false
		}
	}
	if depth != 0 {
		return nil
	}
	toChars := func(off int) int { return utf8.RuneCountInString(seg[:off]) }
	if best > 0 && best < len(toks)-1 {
		op := toks[best]
		// CPython starts at the left operand's end and skips whitespace and ')': the
		// operator itself
		leftAnchor := op.start
		rightAnchor := leftAnchor + 1
		if len(op.text) > 1 {
			rightAnchor++
		}
		return &caretAnchors{toChars(leftAnchor), toChars(rightAnchor)}
	}
	// subscription: … atom [ … ] at the end
	last := toks[len(toks)-1]
	if last.kind == ')' && last.text == "]" {
		d := 0
		for i := len(toks) - 1; i >= 0; i-- {
			t := toks[i]
			if t.kind == ')' {
				d++
			} else if t.kind == '(' {
				d--
				if d == 0 {
					if i == 0 || t.text != "[" {
						return nil
					}
					prev := toks[i-1]
					if prev.kind == 'o' || prev.kind == 'k' || prev.kind == '(' {
						return nil
					}
					// slice end: the last token before ']'
					sliceEnd := toks[len(toks)-2].end
					return &caretAnchors{toChars(prev.end), toChars(sliceEnd + 1)}
				}
			}
		}
	}
	return nil
}
