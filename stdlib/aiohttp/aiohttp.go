// Package aiohttp implements the client side of the aiohttp package for aio:
// ClientSession with get/post/put/delete/patch/head/request, responses with status,
// headers, text(), json(), read() and raise_for_status(), ClientTimeout and the client
// exceptions. The session is written in aio (aiohttp.aio); each request runs in the event
// loop's executor through a Go HTTP client (transport.go), so the loop keeps running.
package aiohttp

import (
	_ "embed"

	"github.com/aiolang/aio/runtime"
	"github.com/aiolang/aio/stdlib/internal/source"
)

//go:embed aiohttp.aio
var src string

// Module is the aiohttp module's definition; register it with Interp.RegisterModule.
var Module = runtime.ModuleDef{Name: "aiohttp", Init: func(th *runtime.Thread) (*runtime.Module, error) {
	return source.LoadWith(th, "aiohttp", src, func(m *runtime.Module) {
		m.AddFunc("_new_transport", newTransport)
		m.AddFunc("_close_transport", closeTransport)
		m.AddFunc("_request", request)
	})
}}
