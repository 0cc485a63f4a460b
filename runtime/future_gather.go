package runtime

import "unsafe"

// GatheringFutureType is asyncio.tasks._GatheringFuture, the future gather() returns.
var GatheringFutureType = NewBuiltinType("_GatheringFuture", "asyncio.tasks", FutureType, false)

// gatherState is the shared state of one gather() call: its done callback (registered on
// every child) and the outer future's cancel() override.
type gatherState struct {
	outer            *Future
	children         []*Future
	nfuts, nfinished int
	returnExceptions bool
	cancelRequested  bool
}

// Gather implements asyncio.gather(*aws, return_exceptions=…), ported from CPython 3.11:
// children are wrapped with ensure_future; the outer future's result lists their results
// in argument order.
func Gather(th *Thread, aws []Value, returnExceptions bool) (*Future, error) {
	if len(aws) == 0 {
		l, err := GetEventLoop(th)
		if err != nil {
			return nil, err
		}
		outer := NewFuture(l)
		outer.SetResult(NewList(nil))
		return outer, nil
	}
	g := &gatherState{returnExceptions: returnExceptions, children: make([]*Future, 0, len(aws))}
	// A future given twice is one child: futures already seen carry a mark (gatherSeen,
	// cleared before returning), other awaitables (coroutines) are remembered in a map
	// made only when one is seen.
	multi := len(aws) > 1
	var seen map[unsafe.Pointer]*Future
	var l *Loop
	for _, arg := range aws {
		af := AsFuture(arg)
		var p unsafe.Pointer
		hashable := false
		if multi {
			if af != nil {
				if af.gatherSeen {
					g.children = append(g.children, af)
					continue
				}
			} else if p, hashable = pointerOf(arg); hashable && seen != nil {
				if f, ok := seen[p]; ok {
					g.children = append(g.children, f)
					continue
				}
			}
		}
		fv, err := EnsureFuture(th, arg, l)
		if err != nil {
			g.unmarkChildren()
			return nil, err
		}
		f := AsFuture(fv)
		if l == nil {
			l = f.loop
		}
		if fv != arg {
			if t, ok := fv.(*Task); ok {
				t.logDestroyPending = false
			}
		}
		g.nfuts++
		if multi {
			if af != nil && af == f {
				f.gatherSeen = true
			} else if p, hashable = pointerOf(arg); hashable {
				if seen == nil {
					seen = make(map[unsafe.Pointer]*Future)
				}
				seen[p] = f
			}
		}
		f.addHook(gatherDone, g)
		g.children = append(g.children, f)
	}
	g.unmarkChildren()
	outer := NewFuture(l)
	outer.typ = GatheringFutureType
	outer.SetCanceller(g)
	g.outer = outer
	return outer, nil
}

// unmarkChildren clears the gatherSeen marks Gather set on its children.
func (g *gatherState) unmarkChildren() {
	for _, c := range g.children {
		c.gatherSeen = false
	}
}

// CallbackName names gather's done callback in future reprs.
func (g *gatherState) CallbackName() string {
	return "gather.<locals>._done_callback() at " + asyncioSourceFile("tasks.py") + ":764"
}

// CancelFuture is _GatheringFuture.cancel: it cancels the children.
func (g *gatherState) CancelFuture(f *Future, msg Value) bool {
	if f.state != futPending {
		return false
	}
	ret := false
	for _, c := range g.children {
		if CancelFuture(c.self, msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequested = true
	}
	return ret
}

// gatherDone is gather's _done_callback.
func gatherDone(th *Thread, recv any, arg Value) error {
	g := recv.(*gatherState)
	fut := asFuture(arg)
	g.nfinished++
	outer := g.outer
	if outer == nil || outer.state != futPending {
		if fut.state != futCancelled {
			fut.logTraceback = false
		}
		return nil
	}
	if !g.returnExceptions {
		if fut.state == futCancelled {
			outer.setException(fut.makeCancelledError())
			return nil
		}
		fut.logTraceback = false
		if fut.exc != nil {
			outer.setException(fut.exc)
			return nil
		}
	}
	if g.nfinished == g.nfuts {
		results := make([]Value, len(g.children))
		for i, c := range g.children {
			switch {
			case c.state == futCancelled:
				msg := c.cancelMsg()
				if msg == nil || msg == None {
					msg = Str("")
				}
				results[i] = NewExceptionArgs(CancelledErrorType, msg)
			case c.exc != nil:
				c.logTraceback = false
				results[i] = c.exc
			default:
				results[i] = c.result
			}
		}
		if g.cancelRequested {
			outer.setException(fut.makeCancelledError())
		} else {
			outer.SetResult(NewList(results))
		}
	}
	return nil
}
