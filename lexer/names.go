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

// algorithmicName handles "CJK UNIFIED IDEOGRAPH-XXXX".
func algorithmicName(name string) (rune, bool) {
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
