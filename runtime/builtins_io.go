package runtime

import (
	"io"
	"strconv"
	"strings"
)

// print() and input().

// Print writes the values like print(*values) to the interpreter's stdout.
func Print(th *Thread, values ...Value) error {
	_, err := builtinPrint(th, values, nil)
	return err
}

func builtinPrint(th *Thread, args []Value, kw []string) (Value, error) {
	sep, end := " ", "\n"
	var file Value
	flush := false
	npos := len(args) - len(kw)
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "sep", "end":
			s := "\n"
			if k == "sep" {
				s = " "
			}
			switch x := v.(type) {
			case Str:
				s = string(x)
			case NoneValue:
			default:
				return nil, TypeErrorf("%s must be None or a string, not %s", k, v.Type().Name)
			}
			if k == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if v != None {
				file = v
			}
		case "flush":
			b, err := Truth(th, v)
			if err != nil {
				return nil, err
			}
			flush = b
		default:
			return nil, TypeErrorf("'%s' is an invalid keyword argument for print()", k)
		}
	}
	var sb strings.Builder
	for i, a := range args[:npos] {
		if i > 0 {
			sb.WriteString(sep)
		}
		switch x := a.(type) {
		case Str:
			sb.WriteString(string(x))
		case Int:
			sb.WriteString(strconv.FormatInt(int64(x), 10))
		default:
			s, err := ToStr(th, a)
			if err != nil {
				return nil, err
			}
			sb.WriteString(s)
		}
	}
	sb.WriteString(end)
	if file == nil {
		w := th.Interp.Stdout
		if _, err := io.WriteString(w, sb.String()); err != nil {
			return nil, Errorf(OSErrorType, "%v", err)
		}
		if flush {
			if f, ok := w.(interface{ Flush() error }); ok {
				f.Flush()
			}
		}
		return None, nil
	}
	if _, err := CallMethod(th, file, "write", Str(sb.String())); err != nil {
		return nil, err
	}
	if flush {
		if ok, _ := HasAttr(th, file, "flush"); ok {
			if _, err := CallMethod(th, file, "flush"); err != nil {
				return nil, err
			}
		}
	}
	return None, nil
}

func builtinInput(th *Thread, args []Value, kw []string) (Value, error) {
	if err := CheckArity("input", args, kw, 0, 1); err != nil {
		return nil, err
	}
	in := th.Interp
	if len(args) == 1 {
		s, err := ToStr(th, args[0])
		if err != nil {
			return nil, err
		}
		io.WriteString(in.Stdout, s)
	}
	if f, ok := in.Stdout.(interface{ Flush() error }); ok {
		f.Flush()
	}
	line, err := in.StdinReader().ReadString('\n')
	if err != nil && line == "" {
		return nil, NewException(EOFErrorType, "EOF when reading a line")
	}
	line = strings.TrimSuffix(line, "\n")
	line = strings.TrimSuffix(line, "\r")
	return Str(line), nil
}
