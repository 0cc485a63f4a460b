package main

import (
	"fmt"
	"strings"
)

// diffContext is the number of unchanged lines shown around each change, as in `diff -u`.
const diffContext = 3

// maxDiffCells bounds the work of the line matcher: beyond it, the whole of both sides is
// shown as one replacement rather than spending quadratic time on a huge output.
const maxDiffCells = 16 << 20

// splitLines splits text after each newline, keeping the newlines; a final line without one
// is kept as it is.
func splitLines(text string) []string {
	if text == "" {
		return nil
	}
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// editOp is one line of an edit script: ' ' kept, '-' only in a, '+' only in b.
type editOp struct {
	kind byte
	line string
}

// editScript returns a shortest edit script from a to b (a longest common subsequence kept).
func editScript(a, b []string) []editOp {
	// Trim the common prefix and suffix: most failures differ in a few lines.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ops := make([]editOp, 0, len(a)+len(b))
	for _, l := range a[:pre] {
		ops = append(ops, editOp{' ', l})
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	n, m := len(ma), len(mb)
	if n*m > maxDiffCells {
		for _, l := range ma {
			ops = append(ops, editOp{'-', l})
		}
		for _, l := range mb {
			ops = append(ops, editOp{'+', l})
		}
	} else {
		// lcs[i][j] is the length of the longest common subsequence of ma[i:] and mb[j:].
		lcs := make([][]int32, n+1)
		cells := make([]int32, (n+1)*(m+1))
		for i := range lcs {
			lcs[i] = cells[i*(m+1) : (i+1)*(m+1)]
		}
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				switch {
				case ma[i] == mb[j]:
					lcs[i][j] = lcs[i+1][j+1] + 1
				case lcs[i+1][j] >= lcs[i][j+1]:
					lcs[i][j] = lcs[i+1][j]
				default:
					lcs[i][j] = lcs[i][j+1]
				}
			}
		}
		i, j := 0, 0
		for i < n || j < m {
			switch {
			case i < n && j < m && ma[i] == mb[j]:
				ops = append(ops, editOp{' ', ma[i]})
				i++
				j++
			case j == m || (i < n && lcs[i+1][j] >= lcs[i][j+1]):
				ops = append(ops, editOp{'-', ma[i]})
				i++
			default:
				ops = append(ops, editOp{'+', mb[j]})
				j++
			}
		}
	}
	for _, l := range a[len(a)-suf:] {
		ops = append(ops, editOp{' ', l})
	}
	return ops
}

// unifiedDiff returns the differences from want to got as a unified diff with three lines of
// context, headed by "--- fromName" and "+++ toName"; it is empty when they are equal.
func unifiedDiff(fromName, toName, want, got string) string {
	if want == got {
		return ""
	}
	ops := editScript(splitLines(want), splitLines(got))
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", fromName, toName)
	// aLine[k] and bLine[k] are the line numbers (0-based) in want and got before ops[k].
	aLine := make([]int, len(ops)+1)
	bLine := make([]int, len(ops)+1)
	for k, op := range ops {
		aLine[k+1], bLine[k+1] = aLine[k], bLine[k]
		if op.kind != '+' {
			aLine[k+1]++
		}
		if op.kind != '-' {
			bLine[k+1]++
		}
	}
	k := 0
	for k < len(ops) {
		// Find the next change.
		for k < len(ops) && ops[k].kind == ' ' {
			k++
		}
		if k == len(ops) {
			break
		}
		start := max(k-diffContext, 0)
		// Extend the hunk while the next change is within 2*context unchanged lines.
		end := k
		for {
			for end < len(ops) && ops[end].kind != ' ' {
				end++
			}
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run < len(ops) && run-end <= 2*diffContext {
				end = run
				continue
			}
			end = min(end+diffContext, len(ops))
			break
		}
		aStart, aLen := aLine[start], aLine[end]-aLine[start]
		bStart, bLen := bLine[start], bLine[end]-bLine[start]
		fmt.Fprintf(&sb, "@@ -%s +%s @@\n", hunkRange(aStart, aLen), hunkRange(bStart, bLen))
		for _, op := range ops[start:end] {
			sb.WriteByte(op.kind)
			sb.WriteString(op.line)
			if !strings.HasSuffix(op.line, "\n") {
				sb.WriteString("\n\\ No newline at end of file\n")
			}
		}
		k = end
	}
	return sb.String()
}

// hunkRange formats a hunk's line range as diff -u does: "start,len" with 1-based start, the
// length omitted when it is 1, and an empty range given as the line before it.
func hunkRange(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}
