// Package json implements aio's json module: dumps and dump (CPython's formatting:
// separators, indent, sort_keys, ensure_ascii, allow_nan, default, skipkeys), loads and
// load (NaN and Infinity accepted, object_hook, object_pairs_hook, parse_float,
// parse_int), and JSONDecodeError with CPython's messages and positions.
package json

import (
	"strings"

	"github.com/aiolang/aio/runtime"
)

// Module is the json module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "json", Init: initModule}

// module is one interpreter's json module state: its JSONDecodeError class.
type module struct {
	decodeError *runtime.Type
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str("json.decoder"))
	ns.SetStr("__qualname__", runtime.Str("JSONDecodeError"))
	ns.SetStr("__doc__", runtime.Str("Subclass of ValueError with the following additional properties: msg, doc, pos, lineno, colno"))
	cls, err := runtime.NewClass(th, "JSONDecodeError", []*runtime.Type{runtime.ValueErrorType}, ns, nil)
	if err != nil {
		return nil, err
	}
	st := &module{decodeError: cls}
	m := runtime.NewModule("json")
	m.Dict.SetStr("JSONDecodeError", cls)
	m.AddFunc("dumps", st.dumps)
	m.AddFunc("dump", st.dump)
	m.AddFunc("loads", st.loads)
	m.AddFunc("load", st.load)
	return m, nil
}

// kwargs splits positional and keyword arguments, checking the keyword names.
func kwargs(name string, args []runtime.Value, kwnames []string, allowed ...string) ([]runtime.Value, map[string]runtime.Value, error) {
	npos := len(args) - len(kwnames)
	kw := map[string]runtime.Value{}
	for i, k := range kwnames {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			return nil, nil, runtime.TypeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
		}
		kw[k] = args[npos+i]
	}
	return args[:npos], kw, nil
}

var dumpsKeywords = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
	"indent", "separators", "default", "sort_keys"}

func truth(th *runtime.Thread, kw map[string]runtime.Value, name string, def bool) (bool, error) {
	v, ok := kw[name]
	if !ok {
		return def, nil
	}
	return runtime.Truth(th, v)
}

// encode implements dumps for obj with the keyword options kw.
func encode(th *runtime.Thread, obj runtime.Value, kw map[string]runtime.Value) (string, error) {
	e := &encoder{th: th, inProgressID: map[int64]bool{}, itemSep: ", ", keySep: ": "}
	var err error
	if e.skipKeys, err = truth(th, kw, "skipkeys", false); err != nil {
		return "", err
	}
	if e.ensureASCII, err = truth(th, kw, "ensure_ascii", true); err != nil {
		return "", err
	}
	if e.checkCirc, err = truth(th, kw, "check_circular", true); err != nil {
		return "", err
	}
	if e.allowNaN, err = truth(th, kw, "allow_nan", true); err != nil {
		return "", err
	}
	if e.sortKeys, err = truth(th, kw, "sort_keys", false); err != nil {
		return "", err
	}
	e.defaultFn = kw["default"]
	if ind, ok := kw["indent"]; ok && ind != runtime.None {
		e.hasIndent = true
		e.itemSep = ","
		switch x := ind.(type) {
		case runtime.Str:
			e.indent = string(x)
		default:
			n, ok := runtime.AsInt64(ind)
			if !ok {
				return "", runtime.TypeErrorf("indent must be an int or a str, not %s", ind.Type().Name)
			}
			e.indent = strings.Repeat(" ", int(max(n, 0)))
		}
	}
	if sep, ok := kw["separators"]; ok && sep != runtime.None {
		items, err := runtime.ToSlice(th, sep)
		if err != nil {
			return "", err
		}
		if len(items) != 2 {
			return "", runtime.ValueErrorf("too many values to unpack (expected 2)")
		}
		a, ok1 := items[0].(runtime.Str)
		b, ok2 := items[1].(runtime.Str)
		if !ok1 || !ok2 {
			return "", runtime.TypeErrorf("separators must be strings")
		}
		e.itemSep, e.keySep = string(a), string(b)
	}
	if err := e.encode(obj, 0); err != nil {
		return "", err
	}
	return e.sb.String(), nil
}

func (st *module) dumps(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw, err := kwargs("dumps", args, kwnames, dumpsKeywords...)
	if err != nil {
		return nil, err
	}
	if len(pos) != 1 {
		return nil, runtime.TypeErrorf("dumps() takes 1 positional argument but %d were given", len(pos))
	}
	s, err := encode(th, pos[0], kw)
	if err != nil {
		return nil, err
	}
	return runtime.Str(s), nil
}

func (st *module) dump(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw, err := kwargs("dump", args, kwnames, dumpsKeywords...)
	if err != nil {
		return nil, err
	}
	if len(pos) != 2 {
		return nil, runtime.TypeErrorf("dump() missing required arguments 'obj' and 'fp'")
	}
	s, err := encode(th, pos[0], kw)
	if err != nil {
		return nil, err
	}
	_, err = runtime.CallMethod(th, pos[1], "write", runtime.Str(s))
	return runtime.None, err
}

var loadsKeywords = []string{"cls", "object_hook", "parse_float", "parse_int", "parse_constant",
	"object_pairs_hook", "strict"}

// decode implements loads for the document s.
func (st *module) decode(th *runtime.Thread, s string, kw map[string]runtime.Value) (runtime.Value, error) {
	d := &decoder{th: th, s: []rune(s), doc: s, errType: st.decodeError,
		objectHook: kw["object_hook"], pairsHook: kw["object_pairs_hook"],
		parseFloat: kw["parse_float"], parseInt: kw["parse_int"], strictCtrls: true}
	if v, ok := kw["strict"]; ok {
		b, err := runtime.Truth(th, v)
		if err != nil {
			return nil, err
		}
		d.strictCtrls = b
	}
	return d.document()
}

// docText converts loads' argument (str, bytes or bytearray) to a string.
func docText(v runtime.Value) (string, error) {
	switch x := v.(type) {
	case runtime.Str:
		return string(x), nil
	case runtime.Bytes:
		return strings.TrimPrefix(string(x), "\ufeff"), nil
	case *runtime.ByteArray:
		return string(x.B), nil
	}
	return "", runtime.TypeErrorf("the JSON object must be str, bytes or bytearray, not %s", v.Type().Name)
}

func (st *module) loads(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw, err := kwargs("loads", args, kwnames, loadsKeywords...)
	if err != nil {
		return nil, err
	}
	if len(pos) != 1 {
		return nil, runtime.TypeErrorf("loads() takes 1 positional argument but %d were given", len(pos))
	}
	s, err := docText(pos[0])
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(s, "\ufeff") {
		return nil, st.bomError(s)
	}
	return st.decode(th, s, kw)
}

// bomError is loads' error for a str that starts with a byte order mark.
func (st *module) bomError(s string) error {
	d := &decoder{s: []rune(s), doc: s, errType: st.decodeError}
	return d.syntaxError("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
}

func (st *module) load(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos, kw, err := kwargs("load", args, kwnames, loadsKeywords...)
	if err != nil {
		return nil, err
	}
	if len(pos) != 1 {
		return nil, runtime.TypeErrorf("load() takes 1 positional argument but %d were given", len(pos))
	}
	text, err := runtime.CallMethod(th, pos[0], "read")
	if err != nil {
		return nil, err
	}
	s, err := docText(text)
	if err != nil {
		return nil, err
	}
	return st.decode(th, s, kw)
}
