package runtime

// ShutdownAsyncgens returns the coroutine loop.shutdown_asyncgens(): it closes the async
// generators first iterated on this loop that are still alive, with aclose() gathered.
func (l *Loop) ShutdownAsyncgens(th *Thread) *GoCoroutine {
	var closing []Value
	return NewGoCoroutine("BaseEventLoop.shutdown_asyncgens", GoCoroBodyFunc(func(th *Thread, c *GoCoroutine, sent Value, exc *Exception) (Value, SendStatus, error) {
		if exc != nil {
			return nil, Returned, exc
		}
		switch c.State {
		case 0:
			if len(l.asyncgens) == 0 {
				return None, Returned, nil
			}
			closing = l.asyncgens
			l.asyncgens = nil
			aws := make([]Value, 0, len(closing))
			for _, ag := range closing {
				m, err := GetAttr(th, ag, "aclose")
				if err != nil {
					return nil, Returned, err
				}
				aw, err := Call(th, m, nil, nil)
				if err != nil {
					return nil, Returned, err
				}
				aws = append(aws, aw)
			}
			g, err := Gather(th, aws, true)
			if err != nil {
				return nil, Returned, err
			}
			c.State = 1
			return g, AwaitStatus, nil
		}
		results, _ := sent.(*List)
		if results != nil {
			for i, r := range results.Items {
				if e, ok := r.(*Exception); ok && e.Type().IsSubtype(ExceptionType) && i < len(closing) {
					ar, _ := Repr(th, closing[i])
					l.CallExceptionHandler(th, exceptionContext{
						message: "an error occurred during closing of asynchronous generator " + ar,
						exc:     e,
						keys:    []string{"asyncgen"},
						values:  []Value{closing[i]},
					})
				}
			}
		}
		return None, Returned, nil
	}))
}
