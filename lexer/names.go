package lexer

import (
	"sort"
	"strings"
)

// lookupUnicodeName returns the character called name (case-insensitive), as far as the
// table unicodeNames knows. CJK unified ideographs and Hangul syllables are computed.
func lookupUnicodeName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if r, ok := algorithmicName(name); ok {
		return r, true
	}
	i := sort.Search(len(unicodeNames), func(i int) bool { return unicodeNames[i].name >= name })
	if i < len(unicodeNames) && unicodeNames[i].name == name {
		return unicodeNames[i].r, true
	}
	return 0, false
}

// Short names of the Hangul jamo that make up syllable names (Unicode's Jamo.txt).
var (
	jamoL = [...]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = [...]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = [...]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// longestJamo returns the index of the longest name in names that prefixes s.
func longestJamo(s string, names []string) (int, int) {
	best, bestLen := -1, -1
	for i, n := range names {
		if len(n) > bestLen && strings.HasPrefix(s, n) {
			best, bestLen = i, len(n)
		}
	}
	return best, bestLen
}

// algorithmicName handles "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE ...".
func algorithmicName(name string) (rune, bool) {
	const h = "HANGUL SYLLABLE "
	if strings.HasPrefix(name, h) {
		s := name[len(h):]
		l, n := longestJamo(s, jamoL[:])
		if l < 0 {
			return 0, false
		}
		s = s[n:]
		v, n := longestJamo(s, jamoV[:])
		if v < 0 {
			return 0, false
		}
		s = s[n:]
		tt, n := longestJamo(s, jamoT[:])
		if tt < 0 || n != len(s) {
			return 0, false
		}
		return rune(0xAC00 + (l*21+v)*28 + tt), true
	}
	const p = "CJK UNIFIED IDEOGRAPH-"
	if !strings.HasPrefix(name, p) {
		return 0, false
	}
	hex := name[len(p):]
	if len(hex) != 4 && len(hex) != 5 {
		return 0, false
	}
	var v rune
	for i := 0; i < len(hex); i++ {
		if !isXDigit(hex[i]) {
			return 0, false
		}
		v = v<<4 + rune(hexVal(hex[i]))
	}
	if v >= 0x4E00 && v <= 0x9FFF || v >= 0x3400 && v <= 0x4DBF || v >= 0x20000 && v <= 0x2A6DF {
		return v, true
	}
	return 0, false
}
