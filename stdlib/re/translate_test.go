package re

import "testing"

func TestTranslate(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		flags   int
		want    string
		err     bool
	}{
		{`\d+\Z`, 0, `\p{Nd}+\z`, false},
		{`\d+`, flagASCII, `\d+`, false},
		{`[\w-]`, 0, `[\p{L}\p{N}_-]`, false},
		{`a{,3}`, 0, `a{0,3}`, false},
		{"a b # comment\n c", flagVerbose, `abc`, false},
		{`(?P<name>x)`, flagIgnoreCase | flagMultiline, `(?im)(?P<name>x)`, false},
		{`(?=x)`, 0, "", true},
		{`(?<!x)`, 0, "", true},
		{`(a)\1`, 0, "", true},
		{`(?P=n)`, 0, "", true},
		{`[abc`, 0, "", true},
	} {
		got, err := translate(tc.pattern, tc.flags)
		if (err != nil) != tc.err || (!tc.err && got != tc.want) {
			t.Errorf("translate(%q, %d) = %q, %v; want %q (error %v)", tc.pattern, tc.flags, got, err, tc.want, tc.err)
		}
	}
}
