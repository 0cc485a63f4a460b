// Package socket implements the name-service part of aio's socket module (gethostname,
// gethostbyname, gethostbyname_ex, getfqdn, getaddrinfo, the address family and socket type
// constants, and the exception classes). Sockets themselves are not provided: aio programs
// use asyncio's streams.
package socket

import (
	"net"
	"os"
	"strings"

	"github.com/aiolang/aio/runtime"
)

// Module is the socket module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "socket", Init: initModule}

// module holds one interpreter's socket exception classes.
type module struct {
	gaierror, herror *runtime.Type
}

func strArg(name string, args []runtime.Value) (string, error) {
	if len(args) < 1 {
		return "", runtime.TypeErrorf("%s() takes exactly 1 argument (0 given)", name)
	}
	s, ok := args[0].(runtime.Str)
	if !ok {
		return "", runtime.TypeErrorf("%s() argument 1 must be str, not %s", name, args[0].Type().Name)
	}
	return string(s), nil
}

func initModule(th *runtime.Thread) (*runtime.Module, error) {
	newErr := func(name string, base *runtime.Type) (*runtime.Type, error) {
		ns := runtime.NewDict()
		ns.SetStr("__module__", runtime.Str("socket"))
		ns.SetStr("__qualname__", runtime.Str(name))
		return runtime.NewClass(th, name, []*runtime.Type{base}, ns, nil)
	}
	gai, err := newErr("gaierror", runtime.OSErrorType)
	if err != nil {
		return nil, err
	}
	herr, err := newErr("herror", runtime.OSErrorType)
	if err != nil {
		return nil, err
	}
	st := &module{gaierror: gai, herror: herr}
	m := runtime.NewModule("socket")
	d := m.Dict
	d.SetStr("error", runtime.OSErrorType)
	d.SetStr("timeout", runtime.TimeoutErrorType)
	d.SetStr("gaierror", gai)
	d.SetStr("herror", herr)
	for name, v := range map[string]int64{
		"AF_UNSPEC": 0, "AF_UNIX": 1, "AF_INET": 2, "AF_INET6": 10,
		"SOCK_STREAM": 1, "SOCK_DGRAM": 2, "SOCK_RAW": 3,
		"IPPROTO_TCP": 6, "IPPROTO_UDP": 17, "SOL_SOCKET": 1, "SO_REUSEADDR": 2,
		"SO_KEEPALIVE": 9, "TCP_NODELAY": 1, "SHUT_RD": 0, "SHUT_WR": 1, "SHUT_RDWR": 2,
		"AI_PASSIVE": 1, "AI_CANONNAME": 2, "AI_NUMERICHOST": 4,
	} {
		d.SetStr(name, runtime.Int(v))
	}
	d.SetStr("has_ipv6", runtime.True)
	m.AddFunc("gethostname", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		h, err := os.Hostname()
		if err != nil {
			return nil, runtime.OSErrorFromGo(err, "")
		}
		return runtime.Str(h), nil
	})
	m.AddFunc("gethostbyname", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		host, err := strArg("gethostbyname", args)
		if err != nil {
			return nil, err
		}
		addrs, err := st.lookup(th, host)
		if err != nil {
			return nil, err
		}
		return runtime.Str(addrs[0]), nil
	})
	m.AddFunc("gethostbyname_ex", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		host, err := strArg("gethostbyname_ex", args)
		if err != nil {
			return nil, err
		}
		addrs, err := st.lookup(th, host)
		if err != nil {
			return nil, err
		}
		list := make([]runtime.Value, len(addrs))
		for i, a := range addrs {
			list[i] = runtime.Str(a)
		}
		return runtime.Tuple{runtime.Str(host), runtime.NewList(nil), runtime.NewList(list)}, nil
	})
	m.AddFunc("getfqdn", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		name := ""
		if len(args) > 0 {
			s, _ := args[0].(runtime.Str)
			name = string(s)
		}
		if name == "" || name == "0.0.0.0" {
			h, err := os.Hostname()
			if err != nil {
				return runtime.Str(name), nil
			}
			name = h
		}
		return runtime.Str(name), nil
	})
	m.AddFunc("getaddrinfo", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		host, err := strArg("getaddrinfo", args)
		if err != nil {
			return nil, err
		}
		var port runtime.Value = runtime.Int(0)
		if len(args) > 1 && args[1] != runtime.None {
			port = args[1]
			if s, ok := port.(runtime.Str); ok {
				port = runtime.Str(s)
			}
		}
		addrs, err := st.lookup(th, host)
		if err != nil {
			return nil, err
		}
		var out []runtime.Value
		for _, a := range addrs {
			family := runtime.Int(2)
			if strings.Contains(a, ":") {
				family = runtime.Int(10)
			}
			for _, typ := range []int64{1, 2} {
				proto := runtime.Int(6)
				if typ == 2 {
					proto = runtime.Int(17)
				}
				out = append(out, runtime.Tuple{family, runtime.Int(typ), proto, runtime.Str(""), runtime.Tuple{runtime.Str(a), port}})
			}
		}
		return runtime.NewList(out), nil
	})
	return m, nil
}

// lookup resolves host (with the interpreter lock released).
func (st *module) lookup(th *runtime.Thread, host string) ([]string, error) {
	if ip := net.ParseIP(host); ip != nil {
		return []string{ip.String()}, nil
	}
	var addrs []string
	var err error
	runtime.BlockingRegion(th, func() { addrs, err = net.LookupHost(host) })
	if err != nil || len(addrs) == 0 {
		e := runtime.NewExceptionArgs(st.gaierror, runtime.Int(-2), runtime.Str("Name or service not known"))
		e.SetAttr("errno", runtime.Int(-2))
		e.SetAttr("strerror", runtime.Str("Name or service not known"))
		return nil, e
	}
	// IPv4 first, as gethostbyname reports.
	var v4, v6 []string
	for _, a := range addrs {
		if strings.Contains(a, ":") {
			v6 = append(v6, a)
		} else {
			v4 = append(v4, a)
		}
	}
	return append(v4, v6...), nil
}
