package runtime

import (
	"strings"
	"unicode/utf8"
)

func normEncoding(enc string) string {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch e {
	case "utf-8", "utf8", "u8", "":
		return "utf-8"
	case "ascii", "us-ascii":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		return "latin-1"
	}
	return e
}

// Encode implements str.encode for utf-8, ascii and latin-1 (errors: strict, ignore,
// replace).
func Encode(s, encoding, errors string) ([]byte, error) {
	enc := normEncoding(encoding)
	switch enc {
	case "utf-8":
		return []byte(s), nil
	case "ascii", "latin-1":
		limit := rune(0x7f)
		if enc == "latin-1" {
			limit = 0xff
		}
		out := make([]byte, 0, len(s))
		pos := 0
		for _, r := range s {
			if r <= limit {
				out = append(out, byte(r))
			} else {
				switch errors {
				case "ignore":
				case "replace":
					out = append(out, '?')
				default:
					return nil, Errorf(UnicodeEncodeErrorType, "'%s' codec can't encode character '\\u%04x' in position %d: ordinal not in range(%d)", enc, r, pos, limit+1)
				}
			}
			pos++
		}
		return out, nil
	}
	return nil, Errorf(LookupErrorType, "unknown encoding: %s", encoding)
}

// Decode implements bytes.decode for utf-8, ascii and latin-1.
func Decode(b []byte, encoding, errors string) (string, error) {
	enc := normEncoding(encoding)
	switch enc {
	case "utf-8":
		if utf8.Valid(b) {
			return string(b), nil
		}
		var sb strings.Builder
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				switch errors {
				case "ignore":
				case "replace":
					sb.WriteRune(utf8.RuneError)
				default:
					return "", Errorf(UnicodeDecodeErrorType, "'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b[i], i)
				}
				i++
				continue
			}
			sb.WriteRune(r)
			i += n
		}
		return sb.String(), nil
	case "ascii", "latin-1":
		var sb strings.Builder
		for i, c := range b {
			if c < 0x80 || enc == "latin-1" {
				sb.WriteRune(rune(c))
				continue
			}
			switch errors {
			case "ignore":
			case "replace":
				sb.WriteRune(utf8.RuneError)
			default:
				return "", Errorf(UnicodeDecodeErrorType, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)
			}
		}
		return sb.String(), nil
	}
	return "", Errorf(LookupErrorType, "unknown encoding: %s", encoding)
}
