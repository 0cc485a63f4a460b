package vm

import (
	"strings"
	"unicode/utf8"

	"github.com/aiolang/aio/runtime"
)

// FormatException formats an uncaught exception as CPython prints it: the chain of
// causes and contexts first, each with "Traceback (most recent call last):", one
// "  File …, line N, in NAME" entry per frame with its source line, then "Type: message".
func FormatException(th *runtime.Thread, exc *runtime.Exception) string {
	var b strings.Builder
	seen := map[*runtime.Exception]bool{}
	formatChain(th, &b, exc, seen)
	return b.String()
}

func formatChain(th *runtime.Thread, b *strings.Builder, exc *runtime.Exception, seen map[*runtime.Exception]bool) {
	seen[exc] = true
	if exc.Cause != nil && !seen[exc.Cause] {
		formatChain(th, b, exc.Cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if exc.Context != nil && !exc.SuppressContext && !seen[exc.Context] {
		formatChain(th, b, exc.Context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	formatOne(th, b, exc)
}

// formatOne formats one exception with its traceback.
func formatOne(th *runtime.Thread, b *strings.Builder, exc *runtime.Exception) {
	if len(exc.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		tb := exc.Traceback
		// print outermost first; collapse runs of identical entries as CPython does
		last := runtime.Frame{}
		repeat := 0
		flush := func() {
			if repeat > 3 {
				n := repeat - 3
				s := "s"
				if n == 1 {
					s = ""
				}
				b.WriteString("  [Previous line repeated " + itoa(n) + " more time" + s + "]\n")
			}
		}
		for i := len(tb) - 1; i >= 0; i-- {
			fr := tb[i]
			if i < len(tb)-1 && fr.Filename == last.Filename && fr.Line == last.Line && fr.Name == last.Name {
				repeat++
				if repeat > 3 {
					continue
				}
			} else {
				flush()
				repeat = 1
			}
			last = fr
			formatEntry(th, b, fr)
		}
		flush()
	}
	b.WriteString(exceptionLine(th, exc))
	b.WriteString("\n")
	for _, n := range exc.Notes {
		b.WriteString(n)
		b.WriteString("\n")
	}
}

// formatEntry writes one traceback entry with its source line and, when the failing
// expression is only part of the line, CPython 3.11's ^^^ markers under it.
func formatEntry(th *runtime.Thread, b *strings.Builder, fr runtime.Frame) {
	b.WriteString("  File \"" + fr.Filename + "\", line " + itoa(fr.Line) + ", in " + fr.Name + "\n")
	if th == nil {
		return
	}
	line := th.Interp.SourceLine(fr.Filename, fr.Line)
	if line == "" {
		return
	}
	stripped := strings.TrimLeft(line, " \t\f")
	indent := len(line) - len(stripped)
	stripped = strings.TrimRight(stripped, " \t\r\n\f")
	if stripped == "" {
		return
	}
	b.WriteString("    " + stripped + "\n")
	if fr.Col < 0 || fr.EndLine < fr.Line {
		return
	}
	start := fr.Col - indent
	end := fr.EndCol - indent
	if fr.EndLine != fr.Line {
		end = len(stripped)
	}
	if start < 0 || end > len(stripped) || start >= end {
		return
	}
	if start == 0 && end == len(stripped) {
		return
	}
	pre := utf8.RuneCountInString(stripped[:start])
	width := utf8.RuneCountInString(stripped[start:end])
	b.WriteString("    " + strings.Repeat(" ", pre) + strings.Repeat("^", width) + "\n")
}

// exceptionLine is the last line of a traceback: "Type: message" (module-qualified for
// classes outside builtins and __main__).
func exceptionLine(th *runtime.Thread, exc *runtime.Exception) string {
	t := exc.Type()
	name := t.Qualname
	if name == "" {
		name = t.Name
	}
	if t.Module != "" && t.Module != "builtins" && t.Module != "__main__" {
		name = t.Module + "." + name
	}
	msg, err := runtime.ToStr(th, exc)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if t.IsSubtype(runtime.SyntaxErrorType) {
		return name + ": " + msg
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
