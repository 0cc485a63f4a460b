// Package collections implements aio's collections module: namedtuple (in Go) and deque,
// defaultdict, OrderedDict, Counter and ChainMap (written in aio itself, collections.aio).
package collections

import (
	_ "embed"
	"strings"
	"unicode"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/namedtuple"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed collections.aio
var src string

// Module is the collections module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "collections", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	m, err := source.Load(th, "collections", src)
	if err != nil {
		return nil, err
	}
	m.AddFunc("namedtuple", namedTuple)
	return m, nil
}}

// keywords are Python's reserved words (not valid field names).
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true,
	"del": true, "elif": true, "else": true, "except": true, "finally": true, "for": true,
	"from": true, "global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// isIdentifier reports whether s is a valid Python identifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			continue
		}
		return false
	}
	return true
}

// namedTuple implements collections.namedtuple(typename, field_names, *, rename=False,
// defaults=None, module=None).
func namedTuple(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	npos := len(args) - len(kwnames)
	kw := map[string]runtime.Value{}
	for i, k := range kwnames {
		switch k {
		case "typename", "field_names", "rename", "defaults", "module":
			kw[k] = args[npos+i]
		default:
			return nil, runtime.TypeErrorf("namedtuple() got an unexpected keyword argument '%s'", k)
		}
	}
	get := func(i int, name string) runtime.Value {
		if i < npos {
			return args[i]
		}
		return kw[name]
	}
	if npos > 2 {
		return nil, runtime.TypeErrorf("namedtuple() takes 2 positional arguments but %d were given", npos)
	}
	tn, fn := get(0, "typename"), get(1, "field_names")
	if tn == nil || fn == nil {
		return nil, runtime.TypeErrorf("namedtuple() missing required argument")
	}
	typename, ok := tn.(runtime.Str)
	if !ok {
		return nil, runtime.TypeErrorf("Type names and field names must be strings")
	}
	var fields []string
	if s, ok := fn.(runtime.Str); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		items, err := runtime.ToSlice(th, fn)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			s, ok := it.(runtime.Str)
			if !ok {
				return nil, runtime.TypeErrorf("Type names and field names must be strings")
			}
			fields = append(fields, string(s))
		}
	}
	rename := false
	if r, ok := kw["rename"]; ok {
		b, err := runtime.Truth(th, r)
		if err != nil {
			return nil, err
		}
		rename = b
	}
	seen := map[string]bool{}
	if rename {
		for i, f := range fields {
			if !isIdentifier(f) || keywords[f] || strings.HasPrefix(f, "_") || seen[f] {
				fields[i] = "_" + itoa(i)
			}
			seen[fields[i]] = true
		}
		seen = map[string]bool{}
	}
	for _, name := range append([]string{string(typename)}, fields...) {
		if !isIdentifier(name) {
			return nil, runtime.ValueErrorf("Type names and field names must be valid identifiers: %s", quote(name))
		}
		if keywords[name] {
			return nil, runtime.ValueErrorf("Type names and field names cannot be a keyword: %s", quote(name))
		}
	}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") && !rename {
			// (renamed fields are _0, _1, …)
			return nil, runtime.ValueErrorf("Field names cannot start with an underscore: %s", quote(f))
		}
		if seen[f] {
			return nil, runtime.ValueErrorf("Encountered duplicate field name: %s", quote(f))
		}
		seen[f] = true
	}
	defaults := map[string]runtime.Value{}
	if d, ok := kw["defaults"]; ok && d != runtime.None {
		items, err := runtime.ToSlice(th, d)
		if err != nil {
			return nil, err
		}
		if len(items) > len(fields) {
			return nil, runtime.TypeErrorf("Got more default values than field names")
		}
		for i, v := range items {
			defaults[fields[len(fields)-len(items)+i]] = v
		}
	}
	module := namedtuple.CallerModule(th)
	if m, ok := kw["module"]; ok && m != runtime.None {
		if s, ok := m.(runtime.Str); ok {
			module = string(s)
		}
	}
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str(module))
	ns.SetStr("__slots__", runtime.Tuple{})
	cls, err := runtime.NewClass(th, string(typename), []*runtime.Type{runtime.TupleType}, ns, nil)
	if err != nil {
		return nil, err
	}
	if err := namedtuple.Install(th, cls, fields, defaults); err != nil {
		return nil, err
	}
	return cls, nil
}

func quote(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}
