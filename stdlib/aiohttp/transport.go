package aiohttp

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/aiolang/aio/runtime"
)

// transport is the Go side of a ClientSession: an HTTP client with its connection pool.
type transport struct {
	client *http.Client
}

// transportType is the (opaque) type of transports.
var transportType = runtime.NewBuiltinType("_Transport", "aiohttp", nil, false)

// Type returns aiohttp._Transport.
func (*transport) Type() *runtime.Type { return transportType }

// newTransport implements _new_transport(): a client that does not follow the
// environment's proxies (requests go where the URL says).
func newTransport(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	tr := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConnsPerHost: 100,
		IdleConnTimeout:     90 * time.Second,
	}
	return &transport{client: &http.Client{Transport: tr}}, nil
}

// closeTransport implements _close_transport(t).
func closeTransport(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) == 1 {
		if t, ok := args[0].(*transport); ok {
			t.client.CloseIdleConnections()
		}
	}
	return runtime.None, nil
}

// request implements _request(transport, method, url, headers, body, timeout): it performs
// one HTTP request (blocking, with the interpreter lock released: it runs in the loop's
// executor) and returns (status, reason, headers, body, url) or, on failure,
// (None, kind, message, None, url) with kind "connect", "timeout" or "invalid-url".
func request(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if len(args) != 6 {
		return nil, runtime.TypeErrorf("_request() takes 6 arguments (%d given)", len(args))
	}
	t, ok := args[0].(*transport)
	if !ok {
		return nil, runtime.TypeErrorf("_request(): not a transport")
	}
	method, _ := args[1].(runtime.Str)
	url, _ := args[2].(runtime.Str)
	var headers [][2]string
	if hs, ok := args[3].(*runtime.List); ok {
		for _, h := range hs.Items {
			if pair, ok := h.(runtime.Tuple); ok && len(pair) == 2 {
				k, _ := pair[0].(runtime.Str)
				v, _ := pair[1].(runtime.Str)
				headers = append(headers, [2]string{string(k), string(v)})
			}
		}
	}
	var body []byte
	if b, ok := args[4].(runtime.Bytes); ok {
		body = []byte(b)
	}
	timeout := 0.0
	if f, ok := args[5].(runtime.Float); ok {
		timeout = float64(f)
	} else if i, ok := args[5].(runtime.Int); ok {
		timeout = float64(i)
	}

	var (
		status   int
		reason   string
		respHdrs [][2]string
		respBody []byte
		finalURL = string(url)
		failKind string
		failMsg  string
	)
	runtime.BlockingRegion(th, func() {
		ctx := context.Background()
		if timeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, time.Duration(timeout*float64(time.Second)))
			defer cancel()
		}
		req, err := http.NewRequestWithContext(ctx, string(method), string(url), bytes.NewReader(body))
		if err != nil {
			failKind, failMsg = "invalid-url", string(url)
			return
		}
		if body == nil {
			req.Body = nil
		}
		for _, h := range headers {
			req.Header.Add(h[0], h[1])
		}
		if req.Header.Get("User-Agent") == "" {
			req.Header.Set("User-Agent", "Python/3.11 aiohttp/3.9.1")
		}
		resp, err := t.client.Do(req)
		if err != nil {
			var ne net.Error
			switch {
			case errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()):
				failKind, failMsg = "timeout", err.Error()
			default:
				failKind, failMsg = "connect", err.Error()
			}
			return
		}
		defer resp.Body.Close()
		respBody, err = io.ReadAll(resp.Body)
		if err != nil {
			if errors.Is(err, context.DeadlineExceeded) {
				failKind, failMsg = "timeout", err.Error()
			} else {
				failKind, failMsg = "payload", err.Error()
			}
			return
		}
		status = resp.StatusCode
		reason = http.StatusText(resp.StatusCode)
		if _, text, found := strings.Cut(resp.Status, " "); found {
			reason = text
		}
		for k, vs := range resp.Header {
			for _, v := range vs {
				respHdrs = append(respHdrs, [2]string{k, v})
			}
		}
		finalURL = resp.Request.URL.String()
	})
	if failKind != "" {
		return runtime.Tuple{runtime.None, runtime.Str(failKind), runtime.Str(failMsg), runtime.None, runtime.Str(finalURL)}, nil
	}
	hs := make([]runtime.Value, len(respHdrs))
	for i, h := range respHdrs {
		hs[i] = runtime.Tuple{runtime.Str(h[0]), runtime.Str(h[1])}
	}
	return runtime.Tuple{runtime.Int(status), runtime.Str(reason), runtime.NewList(hs), runtime.Bytes(respBody), runtime.Str(finalURL)}, nil
}
