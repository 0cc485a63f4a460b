// Package re implements aio's re module on Go's regexp engine (RE2): compile, search,
// match, fullmatch, findall, finditer, sub, subn, split, escape, the flags, Pattern and
// Match objects with CPython's methods and reprs, and re.error. Python's syntax is
// translated (named groups, \Z, Unicode \d \w \s, VERBOSE); back-references and
// look-around, which RE2 cannot run, raise re.error. Positions are in characters.
package re

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aiolang/aio/runtime"
)

// Module is the re module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "re", Init: initModule}

// module is one interpreter's re state: re.error and the compiled-pattern cache.
type module struct {
	errType *runtime.Type
	cache   map[cacheKey]*Pattern
}

type cacheKey struct {
	pattern string
	flags   int
}

// Pattern is a compiled regular expression (re.Pattern).
type Pattern struct {
	source   string
	flags    int
	re       *regexp.Regexp // search
	anchored *regexp.Regexp // match: \A(?:…)
	full     *regexp.Regexp // fullmatch: \A(?:…)\z
	names    []string       // group names by index (index 0 is "")
	errType  *runtime.Type  // re.error of the interpreter that compiled it
}

// Match is the result of a successful match (re.Match).
type Match struct {
	pat  *Pattern
	s    string
	loc  []int // byte offsets of the groups (-1: did not participate)
	pos  int
	end  int
	runs []int // byte offset → rune index, for non-ASCII strings (nil when ASCII)
}

var (
	patternType = newPatternType()
	matchType   = newMatchType()
)

// Type returns re.Pattern.
func (*Pattern) Type() *runtime.Type { return patternType }

// Type returns re.Match.
func (*Match) Type() *runtime.Type { return matchType }

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str("re"))
	ns.SetStr("__qualname__", runtime.Str("error"))
	errType, err := runtime.NewClass(th, "error", []*runtime.Type{runtime.ExceptionType}, ns, nil)
	if err != nil {
		return nil, err
	}
	st := &module{errType: errType, cache: map[cacheKey]*Pattern{}}
	m := runtime.NewModule("re")
	d := m.Dict
	d.SetStr("error", errType)
	d.SetStr("Pattern", patternType)
	d.SetStr("Match", matchType)
	for _, f := range []struct {
		names []string
		v     int
	}{
		{[]string{"T", "TEMPLATE"}, flagTemplate}, {[]string{"I", "IGNORECASE"}, flagIgnoreCase},
		{[]string{"L", "LOCALE"}, flagLocale}, {[]string{"M", "MULTILINE"}, flagMultiline},
		{[]string{"S", "DOTALL"}, flagDotAll}, {[]string{"U", "UNICODE"}, flagUnicode},
		{[]string{"X", "VERBOSE"}, flagVerbose}, {[]string{"DEBUG"}, flagDebug},
		{[]string{"A", "ASCII"}, flagASCII},
	} {
		for _, n := range f.names {
			d.SetStr(n, runtime.Int(f.v))
		}
	}
	m.AddFunc("compile", st.compileFunc)
	m.AddFunc("escape", escape)
	m.AddFunc("purge", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		clear(st.cache)
		return runtime.None, nil
	})
	for _, name := range []string{"search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"} {
		m.AddFunc(name, st.moduleFunc(name))
	}
	return m, nil
}

// compile compiles pattern with flags (cached).
func (st *module) compile(pattern string, flags int) (*Pattern, error) {
	key := cacheKey{pattern, flags}
	if p, ok := st.cache[key]; ok {
		return p, nil
	}
	goPat, terr := translate(pattern, flags)
	if terr != nil {
		return nil, st.reError(terr.msg, pattern, terr.pos)
	}
	re, err := regexp.Compile(goPat)
	if err != nil {
		msg := err.Error()
		if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "error parsing regexp") {
			msg = msg[i+2:]
		}
		return nil, st.reError(msg, pattern, 0)
	}
	prefix, body := "", goPat
	if strings.HasPrefix(goPat, "(?") {
		if j := strings.IndexByte(goPat, ')'); j > 0 && !strings.ContainsAny(goPat[2:j], ":P<") {
			prefix, body = goPat[:j+1], goPat[j+1:]
		}
	}
	p := &Pattern{
		source:   pattern,
		flags:    flags,
		re:       re,
		anchored: regexp.MustCompile(prefix + `\A(?:` + body + `)`),
		full:     regexp.MustCompile(prefix + `\A(?:` + body + `)\z`),
		names:    re.SubexpNames(),
		errType:  st.errType,
	}
	if len(st.cache) > 512 {
		clear(st.cache)
	}
	st.cache[key] = p
	return p, nil
}

// reError makes an re.error with CPython's attributes.
func (st *module) reError(msg, pattern string, pos int) error {
	e := runtime.NewException(st.errType, msg+" at position "+strconv.Itoa(pos))
	e.SetAttr("msg", runtime.Str(msg))
	e.SetAttr("pattern", runtime.Str(pattern))
	e.SetAttr("pos", runtime.Int(pos))
	return e
}

// patternArg accepts a str or a compiled Pattern (with flags 0).
func (st *module) patternArg(v runtime.Value, flags int) (*Pattern, error) {
	switch x := v.(type) {
	case *Pattern:
		if flags != 0 {
			return nil, runtime.ValueErrorf("cannot process flags argument with a compiled pattern")
		}
		return x, nil
	case runtime.Str:
		return st.compile(string(x), flags)
	}
	return nil, runtime.TypeErrorf("first argument must be string or compiled pattern")
}

// flagsArg reads an optional flags argument.
func flagsArg(v runtime.Value) (int, error) {
	if v == nil {
		return 0, nil
	}
	n, ok := runtime.AsInt64(v)
	if !ok {
		return 0, runtime.TypeErrorf("flags must be an int")
	}
	return int(n), nil
}

func (st *module) compileFunc(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw := split(args, kwnames)
	if len(pos) < 1 {
		return nil, runtime.TypeErrorf("compile() missing required argument 'pattern' (pos 1)")
	}
	fv := kw["flags"]
	if len(pos) > 1 {
		fv = pos[1]
	}
	flags, err := flagsArg(fv)
	if err != nil {
		return nil, err
	}
	return st.patternArg(pos[0], flags)
}

// split separates positional and keyword arguments.
func split(args []runtime.Value, kwnames []string) ([]runtime.Value, map[string]runtime.Value) {
	npos := len(args) - len(kwnames)
	kw := map[string]runtime.Value{}
	for i, k := range kwnames {
		kw[k] = args[npos+i]
	}
	return args[:npos], kw
}

// moduleFunc makes re.search and friends: compile the pattern, call the method.
func (st *module) moduleFunc(name string) runtime.BuiltinFunc {
	// The position of the flags argument of each function.
	flagPos := map[string]int{"search": 2, "match": 2, "fullmatch": 2, "findall": 2, "finditer": 2,
		"split": 3, "sub": 4, "subn": 4}[name]
	return func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		pos, kw := split(args, kwnames)
		if len(pos) < 2 {
			return nil, runtime.TypeErrorf("%s() missing required argument", name)
		}
		fv := kw["flags"]
		delete(kw, "flags")
		if len(pos) > flagPos {
			fv = pos[flagPos]
			pos = pos[:flagPos]
		}
		flags, err := flagsArg(fv)
		if err != nil {
			return nil, err
		}
		p, err := st.patternArg(pos[0], flags)
		if err != nil {
			return nil, err
		}
		margs := append([]runtime.Value{p}, pos[1:]...)
		var names []string
		for k, v := range kw {
			margs = append(margs, v)
			names = append(names, k)
		}
		fn, _ := patternType.Lookup(name)
		return fn.(*runtime.MethodDescr).Call(th, margs, names)
	}
}

func escape(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 {
		return nil, runtime.TypeErrorf("escape() takes 1 positional argument but %d were given", len(args))
	}
	s, ok := args[0].(runtime.Str)
	if !ok {
		return nil, runtime.TypeErrorf("expected str, got %s", args[0].Type().Name)
	}
	const special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
	var sb strings.Builder
	for _, r := range string(s) {
		if r < 128 && strings.ContainsRune(special, r) {
			sb.WriteByte('\\')
		}
		sb.WriteRune(r)
	}
	return runtime.Str(sb.String()), nil
}

// runeIndex maps byte offsets of s to character indices (nil when s is ASCII).
func runeIndex(s string) []int {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return nil
	}
	idx := make([]int, len(s)+1)
	n := 0
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < size; k++ {
			idx[i+k] = n
		}
		i += size
		n++
	}
	idx[len(s)] = n
	return idx
}

// byteOffset converts a character index of s to a byte offset.
func byteOffset(s string, chars int) int {
	if chars <= 0 {
		return 0
	}
	n := 0
	for i := range s {
		if n == chars {
			return i
		}
		n++
	}
	return len(s)
}

// charPos converts a byte offset of m.s to a character index.
func (m *Match) charPos(b int) int {
	if b < 0 || m.runs == nil {
		return b
	}
	return m.runs[b]
}
