package time

import (
	"fmt"
	"math"
	"strings"
	gotime "time"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/structseq"
)

// calendar holds the functions that make struct_time values (the type is made per
// interpreter, when the module is imported).
type calendar struct {
	structTime *runtime.Type
}

func newCalendar(th *runtime.Thread) (*calendar, error) {
	t, err := structseq.NewType(th, "time", "struct_time",
		[]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"},
		"tm_zone", "tm_gmtoff")
	if err != nil {
		return nil, err
	}
	return &calendar{structTime: t}, nil
}

// newStructTime converts a Go time to a struct_time.
func (c *calendar) newStructTime(t gotime.Time) runtime.Value {
	zone, offset := t.Zone()
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	return structseq.New(c.structTime, runtime.Tuple{
		runtime.Int(t.Year()), runtime.Int(int(t.Month())), runtime.Int(t.Day()),
		runtime.Int(t.Hour()), runtime.Int(t.Minute()), runtime.Int(t.Second()),
		runtime.Int((int(t.Weekday()) + 6) % 7), runtime.Int(t.YearDay()), runtime.Int(isdst),
	}, runtime.Str(zone), runtime.Int(offset))
}

// timestamp reads the optional seconds argument of gmtime, localtime and ctime: the
// clock's time when it is missing or None.
func timestamp(th *runtime.Thread, name string, args []runtime.Value, kwnames []string) (gotime.Time, error) {
	if len(kwnames) > 0 {
		return gotime.Time{}, runtime.TypeErrorf("time.%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return gotime.Time{}, runtime.TypeErrorf("%s expected at most 1 argument, got %d", name, len(args))
	}
	var secs float64
	if len(args) == 0 || args[0] == runtime.None {
		secs = runtime.InterpClock(th.Interp).Time()
	} else {
		s, err := seconds(th, args[0])
		if err != nil {
			return gotime.Time{}, err
		}
		if math.IsNaN(s) {
			return gotime.Time{}, runtime.ValueErrorf("Invalid value NaN (not a number)")
		}
		if math.Abs(s) > 1e17 {
			return gotime.Time{}, runtime.OverflowErrorf("timestamp out of range for platform time_t")
		}
		secs = s
	}
	whole := math.Floor(secs)
	return gotime.Unix(int64(whole), int64((secs-whole)*1e9)), nil
}

func (c *calendar) gmtime(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	t, err := timestamp(th, "gmtime", args, kwnames)
	if err != nil {
		return nil, err
	}
	return c.newStructTime(t.UTC()), nil
}

func (c *calendar) localtime(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	t, err := timestamp(th, "localtime", args, kwnames)
	if err != nil {
		return nil, err
	}
	return c.newStructTime(t.Local()), nil
}

// timeTuple is a struct_time or 9-tuple argument, decoded.
type timeTuple struct {
	t          gotime.Time
	wday, yday int
}

// fromTuple converts a struct_time or 9-tuple to a Go time in the local zone.
func fromTuple(th *runtime.Thread, name string, v runtime.Value) (timeTuple, error) {
	items := structseq.Items(v)
	if items == nil {
		return timeTuple{}, runtime.TypeErrorf("Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return timeTuple{}, runtime.TypeErrorf("%s(): illegal time tuple argument", name)
	}
	var f [9]int
	for i, it := range items {
		n, ok := runtime.AsInt64(it)
		if !ok {
			return timeTuple{}, runtime.TypeErrorf("'%s' object cannot be interpreted as an integer", it.Type().Name)
		}
		f[i] = int(n)
	}
	if name != "mktime" {
		switch {
		case f[1] < 0 || f[1] > 12:
			return timeTuple{}, runtime.ValueErrorf("month out of range")
		case f[2] < 0 || f[2] > 31:
			return timeTuple{}, runtime.ValueErrorf("day of month out of range")
		case f[3] < 0 || f[3] > 23:
			return timeTuple{}, runtime.ValueErrorf("hour out of range")
		case f[4] < 0 || f[4] > 59:
			return timeTuple{}, runtime.ValueErrorf("minute out of range")
		case f[5] < 0 || f[5] > 61:
			return timeTuple{}, runtime.ValueErrorf("seconds out of range")
		case f[7] < 0 || f[7] > 366:
			return timeTuple{}, runtime.ValueErrorf("day of year out of range")
		}
	}
	mon, day := f[1], f[2]
	if mon == 0 {
		mon = 1
	}
	if day == 0 {
		day = 1
	}
	t := gotime.Date(f[0], gotime.Month(mon), day, f[3], f[4], f[5], 0, gotime.Local)
	wday := f[6]
	if wday < 0 {
		wday = 6
	}
	return timeTuple{t: t, wday: wday % 7, yday: max(f[7], 1)}, nil
}

func mktime(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, runtime.TypeErrorf("time.mktime() takes exactly one argument (%d given)", len(args))
	}
	tt, err := fromTuple(th, "mktime", args[0])
	if err != nil {
		return nil, err
	}
	return runtime.Float(float64(tt.t.Unix())), nil
}

// tupleArg reads the optional time tuple argument of strftime and asctime: the local time
// now when it is missing.
func tupleArg(th *runtime.Thread, name string, args []runtime.Value) (timeTuple, error) {
	if len(args) == 0 {
		t, err := timestamp(th, name, nil, nil)
		if err != nil {
			return timeTuple{}, err
		}
		t = t.Local()
		return timeTuple{t: t, wday: (int(t.Weekday()) + 6) % 7, yday: t.YearDay()}, nil
	}
	return fromTuple(th, name, args[0])
}

func strftime(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(kwnames) > 0 {
		return nil, runtime.TypeErrorf("time.strftime() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, runtime.TypeErrorf("strftime expected at least 1 argument, got %d", len(args))
	}
	format, ok := args[0].(runtime.Str)
	if !ok {
		return nil, runtime.TypeErrorf("strftime() argument 1 must be str, not %s", args[0].Type().Name)
	}
	tt, err := tupleArg(th, "strftime", args[1:])
	if err != nil {
		return nil, err
	}
	return runtime.Str(Strftime(string(format), tt.t, tt.wday, tt.yday)), nil
}

var (
	dayNames   = [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

// asctimeOf formats t as asctime does: "Thu Jan  1 00:00:00 1970".
func asctimeOf(t gotime.Time, wday int) string {
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", dayNames[wday][:3], monthNames[t.Month()-1][:3],
		t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
}

func asctime(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) > 1 || len(kwnames) > 0 {
		return nil, runtime.TypeErrorf("asctime expected at most 1 argument, got %d", len(args))
	}
	tt, err := tupleArg(th, "asctime", args)
	if err != nil {
		return nil, err
	}
	return runtime.Str(asctimeOf(tt.t, tt.wday)), nil
}

func ctime(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	t, err := timestamp(th, "ctime", args, kwnames)
	if err != nil {
		return nil, err
	}
	t = t.Local()
	return runtime.Str(asctimeOf(t, (int(t.Weekday())+6)%7)), nil
}

// Strftime formats t with C's strftime directives as glibc interprets them in the C
// locale. wday (Monday is 0) and yday (1-based) are taken as given, as CPython does.
func Strftime(format string, t gotime.Time, wday, yday int) string {
	var sb strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			sb.WriteByte(c)
			continue
		}
		i++
		switch d := format[i]; d {
		case 'a':
			sb.WriteString(dayNames[wday][:3])
		case 'A':
			sb.WriteString(dayNames[wday])
		case 'b', 'h':
			sb.WriteString(monthNames[t.Month()-1][:3])
		case 'B':
			sb.WriteString(monthNames[t.Month()-1])
		case 'c':
			sb.WriteString(asctimeOf(t, wday))
		case 'C':
			fmt.Fprintf(&sb, "%02d", t.Year()/100)
		case 'd':
			fmt.Fprintf(&sb, "%02d", t.Day())
		case 'D':
			fmt.Fprintf(&sb, "%02d/%02d/%02d", int(t.Month()), t.Day(), t.Year()%100)
		case 'e':
			fmt.Fprintf(&sb, "%2d", t.Day())
		case 'F':
			fmt.Fprintf(&sb, "%d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
		case 'G':
			y, _ := t.ISOWeek()
			fmt.Fprintf(&sb, "%d", y)
		case 'g':
			y, _ := t.ISOWeek()
			fmt.Fprintf(&sb, "%02d", y%100)
		case 'H':
			fmt.Fprintf(&sb, "%02d", t.Hour())
		case 'I':
			fmt.Fprintf(&sb, "%02d", (t.Hour()+11)%12+1)
		case 'j':
			fmt.Fprintf(&sb, "%03d", yday)
		case 'k':
			fmt.Fprintf(&sb, "%2d", t.Hour())
		case 'l':
			fmt.Fprintf(&sb, "%2d", (t.Hour()+11)%12+1)
		case 'm':
			fmt.Fprintf(&sb, "%02d", int(t.Month()))
		case 'M':
			fmt.Fprintf(&sb, "%02d", t.Minute())
		case 'n':
			sb.WriteByte('\n')
		case 'p':
			if t.Hour() < 12 {
				sb.WriteString("AM")
			} else {
				sb.WriteString("PM")
			}
		case 'P':
			if t.Hour() < 12 {
				sb.WriteString("am")
			} else {
				sb.WriteString("pm")
			}
		case 'r':
			ampm := "AM"
			if t.Hour() >= 12 {
				ampm = "PM"
			}
			fmt.Fprintf(&sb, "%02d:%02d:%02d %s", (t.Hour()+11)%12+1, t.Minute(), t.Second(), ampm)
		case 'R':
			fmt.Fprintf(&sb, "%02d:%02d", t.Hour(), t.Minute())
		case 's':
			fmt.Fprintf(&sb, "%d", t.Unix())
		case 'S':
			fmt.Fprintf(&sb, "%02d", t.Second())
		case 't':
			sb.WriteByte('\t')
		case 'T', 'X':
			fmt.Fprintf(&sb, "%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
		case 'u':
			fmt.Fprintf(&sb, "%d", wday+1)
		case 'U':
			sunday := (wday + 1) % 7
			fmt.Fprintf(&sb, "%02d", (yday-1+7-sunday)/7)
		case 'V':
			_, w := t.ISOWeek()
			fmt.Fprintf(&sb, "%02d", w)
		case 'w':
			fmt.Fprintf(&sb, "%d", (wday+1)%7)
		case 'W':
			fmt.Fprintf(&sb, "%02d", (yday-1+7-wday)/7)
		case 'x':
			fmt.Fprintf(&sb, "%02d/%02d/%02d", int(t.Month()), t.Day(), t.Year()%100)
		case 'y':
			fmt.Fprintf(&sb, "%02d", t.Year()%100)
		case 'Y':
			fmt.Fprintf(&sb, "%d", t.Year())
		case 'z':
			_, off := t.Zone()
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			fmt.Fprintf(&sb, "%c%02d%02d", sign, off/3600, off/60%60)
		case 'Z':
			name, _ := t.Zone()
			sb.WriteString(name)
		case '%':
			sb.WriteByte('%')
		default:
			sb.WriteByte('%')
			sb.WriteByte(d)
		}
	}
	return sb.String()
}
