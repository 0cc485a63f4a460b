// Package lexer is aio's hand-written, indentation-aware scanner for the lexical syntax of
// Python 3.11. It turns source bytes into a flat slice of participle tokens: names,
// keywords, numbers, strings, f-string parts, operators, and the layout tokens Newline,
// Indent and Dedent. A lexical error becomes a single Error token carrying CPython's
// message, followed only by EOF.
//
// The fast entry point is Tokenize; Definition adapts it to participle's lexer.Definition.
//
// Positions: Offset is the byte offset into the source, Line is 1-based, Column is the
// 1-based byte column (CPython's col_offset+1). Indent is positioned at the start of its
// line, Dedent at the first token of its line (or at EOF). EOF is at the end of the source;
// when the last line lacks a line break, at column 1 of the line after it.
//
// Error positions: an Error token is where CPython's caret goes: SyntaxError.lineno is
// Line and SyntaxError.offset is the character column of the byte column Column on that
// line. The EOF token after an Error holds in Value the ErrorKind (see ErrorKindOf) that
// tells whether the error replaces a syntax error the parser finds earlier.
//
// f-string errors ("f-string: expecting '}'", "(unicode error) ..." in a literal part,
// "invalid decimal literal" inside a field, ...) are raised by CPython while the parser
// concatenates the string literals. So the Error token comes after the whole run of
// adjacent string literals and, unless CPython gives the error its own position, is
// positioned at the next token. Errors of the tokenizer inside a field's expression have
// CPython's quirky column: on the expression's first line it counts from the field's '{'.
// As in CPython, an error of the tokenizer further on in the source replaces it.
//
// Line breaks may be \n, \r\n or \r. Token values keep the source text; decoded values
// (FStringMiddle, DecodeString) turn line breaks into \n. Source that is not UTF-8 gives
// CPython's "Non-UTF-8 code starting with ..." error. A UTF-8 byte order mark is skipped.
package lexer

// The Unicode tables come from the running Python's unicodedata (CPython 3.11 for aio).
//go:generate sh -c "python3 gen_xid.py | gofmt > xid_tables.go"
//go:generate sh -c "python3 gen_nfkc.py | gofmt > nfkc_table.go"
//go:generate sh -c "python3 gen_names.py > unicode_names.go"

import (
	"github.com/alecthomas/participle/v2/lexer"
)

// Token types produced by the scanner. EOF is participle's lexer.EOF.
//
// Values:
//   - Name: an identifier, NFKC-normalized as CPython does (soft keywords match, case, _ and
//     type are Names).
//   - Keyword: one of the 35 hard keywords (False None True and as assert async await break
//     class continue def del elif else except finally for from global if import in is lambda
//     nonlocal not or pass raise return try while with yield).
//   - Number: the source text of a numeric literal (see ParseNumber).
//   - String: the raw source text of ONE non-f string literal including prefix and quotes;
//     adjacent literals are separate tokens (see DecodeString).
//   - FStringStart: prefix and opening quote of an f-string, e.g. "f'" or 'rf"""'.
//   - FStringMiddle: a literal chunk of an f-string (or of a format spec), already decoded:
//     escapes processed unless raw, "{{" → "{", "}}" → "}".
//   - FStringEnd: the closing quote of an f-string.
//   - Op: operator or delimiter text, e.g. "(", ":=", "->", "**=", "...".
//   - Newline: "\n" at the end of a logical line (also emitted at EOF when the last logical
//     line lacks one).
//   - Indent, Dedent: "" (a final run of Dedents precedes EOF).
//   - Error: the last line CPython would print, e.g.
//     "SyntaxError: unterminated string literal (detected at line 3)", positioned where
//     CPython reports it. Only EOF follows an Error token.
//
// An f-string is tokenized as FStringStart, then FStringMiddle chunks and replacement
// fields, then FStringEnd. A replacement field is: Op "{", the expression's ordinary tokens,
// optionally Op "=" (the self-documenting marker of {x=}), optionally Op "!" followed by a
// Name (the conversion), optionally Op ":" followed by the format spec as FStringMiddle
// chunks and nested { ... } fields, then Op "}".
const (
	Name lexer.TokenType = iota + 1
	Keyword
	Number
	String
	FStringStart
	FStringMiddle
	FStringEnd
	Op
	Newline
	Indent
	Dedent
	Error
)

// tokenNames maps each token type to its symbolic name.
var tokenNames = [...]string{
	Name:          "Name",
	Keyword:       "Keyword",
	Number:        "Number",
	String:        "String",
	FStringStart:  "FStringStart",
	FStringMiddle: "FStringMiddle",
	FStringEnd:    "FStringEnd",
	Op:            "Op",
	Newline:       "Newline",
	Indent:        "Indent",
	Dedent:        "Dedent",
	Error:         "Error",
}

// TypeName returns the symbolic name of a token type ("Name", "Op", "EOF", ...).
func TypeName(t lexer.TokenType) string {
	if t == lexer.EOF {
		return "EOF"
	}
	if t > 0 && int(t) < len(tokenNames) {
		return tokenNames[t]
	}
	return "?"
}

// Definition implements participle's lexer.Definition (and its string and bytes fast
// paths) on top of Tokenize. The zero value is ready to use.
type Definition struct{}

// Symbols maps "EOF", "Name", "Keyword", ... to the token types, so a participle grammar
// can refer to @Name, @Keyword, @Op, etc.
func (Definition) Symbols() map[string]lexer.TokenType {
	m := make(map[string]lexer.TokenType, len(tokenNames))
	m["EOF"] = lexer.EOF
	for t, n := range tokenNames {
		if n != "" {
			m[n] = lexer.TokenType(t)
		}
	}
	return m
}
